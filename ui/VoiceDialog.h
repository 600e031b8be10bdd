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
class QPushButton;

namespace st {

class NarrationController;

/// The narration voice: local (espeak-ng) or a cloud service with its key, model and
/// settings; a voice per story language; speed; auto-narrate.
class VoiceDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a network is used only to ask providers for their default voices (no request).
    /// With \a narration, a Try button speaks a sample in \a language with the fields' voice.
    VoiceDialog(const VoiceConfig& config, QNetworkAccessManager& network,
                NarrationController* narration = nullptr,
                const QString& language = QStringLiteral("en"), QWidget* parent = nullptr);

    /// The configuration the fields describe.
    VoiceConfig config() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void providerChanged();
    void keepVoices();
    QString provider() const;
    void tryVoice();

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
    NarrationController* m_narration;
    QString m_language;
    QPushButton* m_try;
    QLabel* m_tryResult;
    QDialogButtonBox* m_buttons;
    QHash<QWidget*, QLabel*> m_labels;
    QString m_shownProvider;
};

} // namespace st
