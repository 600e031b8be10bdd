#include "ui/ProviderDialog.h"

#include "core/flow/AppController.h"
#include "core/llm/ModelClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace st {

ProviderDialog::ProviderDialog(AppController& controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_preset(new QComboBox(this)),
      m_baseUrl(new QLineEdit(this)), m_apiKey(new QLineEdit(this)), m_model(new QComboBox(this)),
      m_refresh(new QPushButton(this)), m_embeddingModel(new QLineEdit(this)),
      m_temperature(new QDoubleSpinBox(this)), m_maxTokens(new QSpinBox(this)),
      m_contextBudget(new QSpinBox(this)), m_connectTimeout(new QSpinBox(this)),
      m_idleTimeout(new QSpinBox(this)), m_overrides(new QLabel(this)),
      m_test(new QPushButton(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("providerDialog"));
    m_preset->setObjectName(QStringLiteral("providerPresetCombo"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_refresh->setObjectName(QStringLiteral("refreshModelsButton"));
    m_embeddingModel->setObjectName(QStringLiteral("embeddingModelEdit"));
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_maxTokens->setObjectName(QStringLiteral("maxTokensSpin"));
    m_contextBudget->setObjectName(QStringLiteral("contextBudgetSpin"));
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeoutSpin"));
    m_idleTimeout->setObjectName(QStringLiteral("idleTimeoutSpin"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_overrides->setObjectName(QStringLiteral("environmentOverrides"));

    for (const ProviderPreset& p : ProviderPreset::all())
        m_preset->addItem(p.name, p.id);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_model->setEditable(true);
    m_model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_maxTokens->setRange(16, 32768);
    m_contextBudget->setRange(512, 1 << 20);
    m_contextBudget->setSingleStep(1024);
    m_connectTimeout->setRange(1, 600);
    m_idleTimeout->setRange(1, 600);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overrides->setWordWrap(true);
    m_overrides->setProperty("role", QStringLiteral("hint"));

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refresh);
    auto* form = new QFormLayout;
    auto addRow = [this, form](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    addRow(m_preset);
    addRow(m_baseUrl);
    addRow(m_apiKey);
    auto* modelHolder = new QWidget(this);
    modelHolder->setLayout(modelRow);
    modelRow->setContentsMargins(0, 0, 0, 0);
    addRow(modelHolder);
    addRow(m_embeddingModel);
    addRow(m_temperature);
    addRow(m_maxTokens);
    addRow(m_contextBudget);
    addRow(m_connectTimeout);
    addRow(m_idleTimeout);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_overrides);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_preset, &QComboBox::activated, this, &ProviderDialog::presetChanged);
    connect(m_refresh, &QPushButton::clicked, this, &ProviderDialog::refreshModels);
    connect(m_test, &QPushButton::clicked, this, &ProviderDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(controller.providerConfig());
    retranslateUi();
}

ProviderDialog::~ProviderDialog() = default;

void ProviderDialog::load(const ProviderConfig& c)
{
    m_loaded = c;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(c.presetId)));
    m_baseUrl->setText(c.baseUrl.toString());
    m_apiKey->setText(c.apiKey);
    m_model->setCurrentText(c.model);
    m_embeddingModel->setText(c.embeddingModel);
    m_temperature->setValue(c.temperature);
    m_maxTokens->setValue(c.maxTokens);
    m_contextBudget->setValue(c.contextBudget);
    m_connectTimeout->setValue(c.connectTimeoutMs / 1000);
    m_idleTimeout->setValue(c.idleTimeoutMs / 1000);
    presetChanged();
    m_baseUrl->setText(c.baseUrl.toString());
}

void ProviderDialog::presetChanged()
{
    const ProviderPreset preset = ProviderPreset::byId(m_preset->currentData().toString());
    const bool offline = preset.id == QLatin1String("offline");
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_baseUrl, m_apiKey, m_model, m_refresh, m_embeddingModel, m_temperature, m_maxTokens,
             m_contextBudget, m_connectTimeout, m_idleTimeout, m_test})
        w->setEnabled(!offline);
    if (!preset.defaultBaseUrl.isEmpty())
        m_baseUrl->setText(preset.defaultBaseUrl);
    m_baseUrl->setEnabled(!offline && !m_loaded.overridden.contains(QStringLiteral("baseUrl")));
    m_apiKey->setEnabled(!offline && !m_loaded.overridden.contains(QStringLiteral("apiKey")));
    m_result->clear();
}

ProviderConfig ProviderDialog::config() const
{
    ProviderConfig c = m_loaded;
    const ProviderPreset preset = ProviderPreset::byId(m_preset->currentData().toString());
    c.presetId = preset.id;
    c.api = preset.api;
    c.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    c.apiKey = m_apiKey->text().trimmed();
    c.model = m_model->currentText().trimmed();
    c.embeddingModel = m_embeddingModel->text().trimmed();
    c.temperature = m_temperature->value();
    c.maxTokens = m_maxTokens->value();
    c.contextBudget = m_contextBudget->value();
    c.connectTimeoutMs = m_connectTimeout->value() * 1000;
    c.idleTimeoutMs = m_idleTimeout->value() * 1000;
    return c;
}

void ProviderDialog::setBusy(bool busy, const QString& message)
{
    m_test->setEnabled(!busy);
    m_refresh->setEnabled(!busy);
    m_result->setText(message);
}

void ProviderDialog::refreshModels()
{
    ProviderConfig c = config();
    if (!c.baseUrl.isValid() || c.baseUrl.isEmpty()) {
        m_result->setText(tr("Enter the server's base URL first."));
        return;
    }
    setBusy(true, tr("Asking the server for its models…"));
    m_client = m_controller.makeClient(c);
    m_client->listModels([this](const QStringList& models, const LlmError& error) {
        setBusy(false, error.isError()
                           ? error.message()
                           : tr("The server offers %n model(s).", nullptr, int(models.size())));
        if (error.isError())
            return;
        const QString current = m_model->currentText();
        m_model->clear();
        m_model->addItems(models);
        m_model->setCurrentText(current.isEmpty() && !models.isEmpty() ? models.first() : current);
    });
}

void ProviderDialog::testConnection()
{
    setBusy(true, tr("Testing the connection…"));
    m_client = m_controller.makeClient(config());
    m_client->checkHealth([this](const HealthReport& report) {
        setBusy(false, report.message());
        m_result->setProperty("role", report.ok ? QString() : QStringLiteral("error"));
        if (!report.models.isEmpty() && m_model->count() == 0)
            m_model->addItems(report.models);
    });
}

void ProviderDialog::save()
{
    const ProviderConfig c = config();
    if (!c.isOffline() && (c.model.isEmpty() || !c.baseUrl.isValid())) {
        m_result->setText(tr("Choose a base URL and a model, or pick the offline narrator."));
        return;
    }
    if (m_controller.saveProviderConfig(c))
        accept();
}

void ProviderDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProviderDialog::retranslateUi()
{
    setWindowTitle(tr("Model provider"));
    const QStringList labels{tr("&Provider"),   tr("&Base URL"),        tr("API &key"),
                             tr("&Model"),      tr("&Embedding model"), tr("&Temperature"),
                             tr("Max &tokens"), tr("&Context budget"),  tr("Connect timeout"),
                             tr("Idle timeout")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    // The editable combo box and its line edit are not named by their label's buddy.
    m_model->setAccessibleName(tr("Model"));
    if (m_model->lineEdit())
        m_model->lineEdit()->setAccessibleName(tr("Model"));
    m_baseUrl->setPlaceholderText(tr("e.g. http://localhost:11434 or https://api.openai.com/v1"));
    m_apiKey->setPlaceholderText(tr("Only if the server needs one; kept in the system keychain"));
    m_embeddingModel->setPlaceholderText(tr("Optional, for finding stories by meaning"));
    m_refresh->setText(tr("Refresh list"));
    m_connectTimeout->setSuffix(tr(" s"));
    m_idleTimeout->setSuffix(tr(" s"));
    m_contextBudget->setSuffix(tr(" tokens"));
    m_test->setText(tr("Test connection"));
    m_overrides->setText(m_loaded.overridden.isEmpty()
                             ? QString()
                             : tr("Set by environment variables (these win over the fields): %1")
                                   .arg(m_loaded.overridden.join(QStringLiteral(", "))));
    m_overrides->setVisible(!m_loaded.overridden.isEmpty());
}

} // namespace st
