#pragma once

#include "core/tts/VoiceConfig.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;

namespace st {

/// The narration voice: local (espeak-ng) or a cloud service with its key, model and
/// settings; a voice per story language; speed; auto-narrate.
class VoiceDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a network is used only to ask providers for their default voices (no request).
    VoiceDialog(const VoiceConfig& config, QNetworkAccessManager& network,
                QWidget* parent = nullptr);

    /// The configuration the fields describe.
    VoiceConfig config() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void providerChanged();
    void keepVoices();
    QString provider() const;

    VoiceConfig m_config;
    QNetworkAccessManager& m_network;
    QComboBox* m_provider;
    QLineEdit* m_apiKey;
    QLineEdit* m_baseUrl;
    QLineEdit* m_model;
    QLineEdit* m_instructions;
    QDoubleSpinBox* m_stability;
    QDoubleSpinBox* m_similarity;
    QDoubleSpinBox* m_style;
    QCheckBox* m_speakerBoost;
    QHash<QString, QLineEdit*> m_voices; // by language
    QDoubleSpinBox* m_speed;
    QCheckBox* m_auto;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QHash<QWidget*, QLabel*> m_labels;
    QString m_shownProvider;
};

} // namespace st
