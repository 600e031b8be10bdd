#pragma once

#include "core/llm/ProviderConfig.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace st {

class AppController;
class ModelClient;

/// Model provider settings: preset, server, key, model (from the server's list), sampling
/// and limits, with a Test connection button that says exactly what is wrong.
class ProviderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderDialog(AppController& controller, QWidget* parent = nullptr);
    ~ProviderDialog() override;

    /// The configuration the fields describe.
    ProviderConfig config() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load(const ProviderConfig& config);
    void presetChanged();
    void refreshModels();
    void testConnection();
    void save();
    void setBusy(bool busy, const QString& message);

    AppController& m_controller;
    ProviderConfig m_loaded;
    std::unique_ptr<ModelClient> m_client;
    QComboBox* m_preset;
    QLineEdit* m_baseUrl;
    QLineEdit* m_apiKey;
    QComboBox* m_model;
    QPushButton* m_refresh;
    QLineEdit* m_embeddingModel;
    QDoubleSpinBox* m_temperature;
    QSpinBox* m_maxTokens;
    QSpinBox* m_contextBudget;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_idleTimeout;
    QLabel* m_overrides;
    QPushButton* m_test;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QList<QLabel*> m_labels;
};

} // namespace st
