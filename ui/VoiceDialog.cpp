#include "ui/VoiceDialog.h"

#include "core/flow/NarrationController.h"
#include "core/text/Languages.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/VoiceSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {
namespace {

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                             QStringLiteral("es")};

} // namespace

VoiceDialog::VoiceDialog(const VoiceConfig& config, QNetworkAccessManager& network,
                         NarrationController* narration, const QString& language, QWidget* parent)
    : QDialog(parent), m_config(config), m_network(network), m_provider(new QComboBox(this)),
      m_apiKey(new QLineEdit(this)), m_baseUrl(new QLineEdit(this)), m_model(new QLineEdit(this)),
      m_instructions(new QLineEdit(this)), m_stability(new QDoubleSpinBox(this)),
      m_similarity(new QDoubleSpinBox(this)), m_style(new QDoubleSpinBox(this)),
      m_speakerBoost(new QCheckBox(this)), m_speed(new QDoubleSpinBox(this)),
      m_auto(new QCheckBox(this)), m_hint(new QLabel(this)), m_narration(narration),
      m_language(language), m_try(new QPushButton(this)), m_tryResult(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("voiceDialog"));
    m_provider->setObjectName(QStringLiteral("voiceProviderCombo"));
    m_apiKey->setObjectName(QStringLiteral("voiceApiKeyEdit"));
    m_baseUrl->setObjectName(QStringLiteral("voiceBaseUrlEdit"));
    m_model->setObjectName(QStringLiteral("voiceModelEdit"));
    m_instructions->setObjectName(QStringLiteral("voiceInstructionsEdit"));
    m_speed->setObjectName(QStringLiteral("voiceSpeedSpin"));
    m_auto->setObjectName(QStringLiteral("voiceAutoNarrateCheck"));
    m_hint->setObjectName(QStringLiteral("voiceHint"));
    m_try->setObjectName(QStringLiteral("voiceTryButton"));
    m_tryResult->setObjectName(QStringLiteral("voiceTryResult"));
    m_tryResult->setWordWrap(true);
    m_tryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const QString& id : VoiceSettings::providers())
        m_provider->addItem(QString(), id);
    m_apiKey->setEchoMode(QLineEdit::Password);
    for (QDoubleSpinBox* spin : {m_stability, m_similarity, m_style}) {
        spin->setRange(0.0, 1.0);
        spin->setSingleStep(0.05);
    }
    m_speed->setRange(VoiceConfig::kMinSpeed, VoiceConfig::kMaxSpeed);
    m_speed->setSingleStep(0.25);
    m_speed->setSuffix(QStringLiteral("×"));
    m_hint->setWordWrap(true);
    m_hint->setProperty("role", QStringLiteral("hint"));

    auto* form = new QFormLayout;
    const auto addRow = [this, form](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.insert(field, label);
        form->addRow(label, field);
    };
    addRow(m_provider);
    addRow(m_apiKey);
    addRow(m_baseUrl);
    addRow(m_model);
    addRow(m_instructions);
    addRow(m_stability);
    addRow(m_similarity);
    addRow(m_style);
    form->addRow(QString(), m_speakerBoost);
    for (const QString& language : kLanguages) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("voiceEdit_") + language);
        m_voices.insert(language, edit);
        addRow(edit);
    }
    addRow(m_speed);
    form->addRow(QString(), m_auto);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    auto* tryRow = new QHBoxLayout;
    tryRow->addWidget(m_try, 0, Qt::AlignTop);
    tryRow->addWidget(m_tryResult, 1);
    layout->addLayout(tryRow);
    layout->addWidget(m_buttons);
    m_try->setVisible(narration != nullptr);
    if (narration) {
        connect(m_try, &QPushButton::clicked, this, &VoiceDialog::tryVoice);
        connect(narration, &NarrationController::trialFinished, this,
                [this](bool ok, const QString& message) {
                    m_try->setEnabled(true);
                    m_tryResult->setText(ok ? tr("That is how it sounds.") : message);
                });
        connect(this, &QDialog::finished, narration, &NarrationController::stop);
    }
    setMinimumWidth(520);

    m_provider->setCurrentIndex(std::max(0, m_provider->findData(config.provider)));
    m_shownProvider = config.provider;
    m_apiKey->setText(config.apiKey);
    m_baseUrl->setText(config.provider == QLatin1String("elevenlabs")
                           ? config.elevenLabsBaseUrl.toString()
                           : config.openAiBaseUrl.toString());
    m_stability->setValue(config.stability);
    m_similarity->setValue(config.similarityBoost);
    m_style->setValue(config.style);
    m_speakerBoost->setChecked(config.speakerBoost);
    m_speed->setValue(config.speed);
    m_auto->setChecked(config.autoNarrate);
    connect(m_provider, &QComboBox::activated, this, &VoiceDialog::providerChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    providerChanged();
    retranslateUi();
}

void VoiceDialog::tryVoice()
{
    m_try->setEnabled(false);
    m_tryResult->setText(tr("Speaking a sample…"));
    m_narration->tryVoice(config(), m_language);
}

QString VoiceDialog::provider() const
{
    return m_provider->currentData().toString();
}

void VoiceDialog::keepVoices()
{
    // The voices typed for the provider shown so far stay with it.
    VoiceConfig shown = m_config;
    shown.provider = m_shownProvider;
    for (auto it = m_voices.cbegin(); it != m_voices.cend(); ++it)
        shown.setVoice(it.key(), it.value()->text());
    m_config.voices = shown.voices;
    if (m_shownProvider == QLatin1String("openai")) {
        m_config.openAiBaseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        m_config.openAiModel = m_model->text().trimmed();
    } else if (m_shownProvider == QLatin1String("elevenlabs")) {
        m_config.elevenLabsBaseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        m_config.elevenLabsModel = m_model->text().trimmed();
    }
    if (m_shownProvider != QLatin1String("espeak") && m_shownProvider != provider())
        m_apiKey->clear(); // one service's key is no use to another
}

void VoiceDialog::providerChanged()
{
    keepVoices();
    const QString id = provider();
    m_shownProvider = id;
    const bool cloud = id != QLatin1String("espeak");
    const bool openai = id == QLatin1String("openai");
    const bool eleven = id == QLatin1String("elevenlabs");
    const auto show = [this](QWidget* field, bool visible) {
        field->setVisible(visible);
        if (QLabel* label = m_labels.value(field))
            label->setVisible(visible);
    };
    show(m_apiKey, cloud);
    show(m_baseUrl, cloud);
    show(m_model, cloud);
    show(m_instructions, openai);
    show(m_stability, eleven);
    show(m_similarity, eleven);
    show(m_style, eleven);
    m_speakerBoost->setVisible(eleven);
    if (openai) {
        m_baseUrl->setText(m_config.openAiBaseUrl.toString());
        m_model->setText(m_config.openAiModel);
        m_instructions->setText(m_config.openAiInstructions);
    } else if (eleven) {
        m_baseUrl->setText(m_config.elevenLabsBaseUrl.toString());
        m_model->setText(m_config.elevenLabsModel);
    }
    VoiceConfig probe = m_config;
    probe.provider = id;
    const auto voice = VoiceSettings::makeProvider(probe, m_network);
    for (auto it = m_voices.cbegin(); it != m_voices.cend(); ++it) {
        it.value()->setText(probe.voiceFor(it.key()));
        it.value()->setPlaceholderText(voice->defaultVoice(it.key()));
    }
    retranslateUi();
}

VoiceConfig VoiceDialog::config() const
{
    VoiceConfig c = m_config;
    c.provider = provider();
    for (auto it = m_voices.cbegin(); it != m_voices.cend(); ++it)
        c.setVoice(it.key(), it.value()->text());
    if (c.provider == QLatin1String("openai")) {
        c.openAiBaseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        c.openAiModel = m_model->text().trimmed();
        c.openAiInstructions = m_instructions->text().trimmed();
    } else if (c.provider == QLatin1String("elevenlabs")) {
        c.elevenLabsBaseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
        c.elevenLabsModel = m_model->text().trimmed();
    }
    c.apiKey = c.isLocal() ? QString() : m_apiKey->text().trimmed();
    c.stability = m_stability->value();
    c.similarityBoost = m_similarity->value();
    c.style = m_style->value();
    c.speakerBoost = m_speakerBoost->isChecked();
    c.speed = m_speed->value();
    c.autoNarrate = m_auto->isChecked();
    return c;
}

void VoiceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VoiceDialog::retranslateUi()
{
    setWindowTitle(tr("Narration voice"));
    m_provider->setItemText(0, tr("Local voice (espeak-ng, offline)"));
    m_provider->setItemText(1, tr("OpenAI"));
    m_provider->setItemText(2, tr("ElevenLabs"));
    m_labels.value(m_provider)->setText(tr("&Voice service:"));
    m_labels.value(m_apiKey)->setText(tr("API &key:"));
    m_labels.value(m_baseUrl)->setText(tr("&Address:"));
    m_labels.value(m_model)->setText(tr("&Model:"));
    m_labels.value(m_instructions)->setText(tr("&How to speak:"));
    m_labels.value(m_stability)->setText(tr("&Stability:"));
    m_labels.value(m_similarity)->setText(tr("S&imilarity:"));
    m_labels.value(m_style)->setText(tr("St&yle:"));
    m_speakerBoost->setText(tr("Speaker boost"));
    m_try->setText(tr("&Try this voice"));
    m_try->setToolTip(tr("Speak a sample sentence in the story language with these settings"));
    for (auto it = m_voices.cbegin(); it != m_voices.cend(); ++it)
        m_labels.value(it.value())
            ->setText(tr("Voice for %1:").arg(Languages::nativeName(it.key())));
    m_labels.value(m_speed)->setText(tr("S&peed:"));
    m_auto->setText(tr("Read each reply aloud as it is written"));
    m_apiKey->setPlaceholderText(provider() == QLatin1String("openai")
                                     ? tr("Empty: the key of your OpenAI model provider")
                                     : tr("Paste the key from your account page"));
    m_hint->setText(provider() == QLatin1String("espeak")
                        ? tr("The local voice works offline and costs nothing. It sounds "
                             "robotic; Japanese goes through a dictionary first, so kanji, "
                             "numbers and dates are read as words. Leave a voice empty for the "
                             "default shown in grey.")
                        : tr("Sentences are sent to the service as they are written. If it "
                             "fails, the local voice reads on. The key is kept in the system "
                             "keychain (or a private file), never in the settings."));
}

} // namespace st
