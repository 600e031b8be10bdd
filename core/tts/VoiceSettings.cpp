#include "core/tts/VoiceSettings.h"

#include "core/llm/ProviderSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/tts/ElevenLabsTts.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/OpenAiTts.h"

#include <algorithm>

namespace st {

using Key = Settings::Key;

VoiceSettings::VoiceSettings(Settings& settings, SecretStore& secrets)
    : m_settings(settings), m_secrets(secrets)
{}

QStringList VoiceSettings::providers()
{
    return {QStringLiteral("espeak"), QStringLiteral("openai"), QStringLiteral("elevenlabs")};
}

QString VoiceSettings::apiKeyName(const QString& provider)
{
    return QStringLiteral("tts-") + provider;
}

VoiceConfig VoiceSettings::load(KeyLookup lookup) const
{
    VoiceConfig c;
    c.provider = m_settings.value(Key::VoiceProvider).toString();
    if (!providers().contains(c.provider))
        c.provider = QStringLiteral("espeak");
    c.autoNarrate = m_settings.value(Key::VoiceAutoNarrate).toBool();
    bool ok = false;
    const double speed = m_settings.value(Key::VoiceSpeed).toDouble(&ok);
    c.speed = ok ? std::clamp(speed, VoiceConfig::kMinSpeed, VoiceConfig::kMaxSpeed) : 1.0;
    c.voices = m_settings.value(Key::VoiceNames).toMap();
    c.openAiBaseUrl = QUrl(m_settings.value(Key::VoiceOpenAiBaseUrl).toString());
    c.openAiModel = m_settings.value(Key::VoiceOpenAiModel).toString();
    c.openAiInstructions = m_settings.value(Key::VoiceOpenAiInstructions).toString();
    c.elevenLabsBaseUrl = QUrl(m_settings.value(Key::VoiceElevenLabsBaseUrl).toString());
    c.elevenLabsModel = m_settings.value(Key::VoiceElevenLabsModel).toString();
    c.stability = std::clamp(m_settings.value(Key::VoiceElevenLabsStability).toDouble(), 0.0, 1.0);
    c.similarityBoost =
        std::clamp(m_settings.value(Key::VoiceElevenLabsSimilarity).toDouble(), 0.0, 1.0);
    c.style = std::clamp(m_settings.value(Key::VoiceElevenLabsStyle).toDouble(), 0.0, 1.0);
    c.speakerBoost = m_settings.value(Key::VoiceElevenLabsSpeakerBoost).toBool();
    if (!c.isLocal() && lookup == KeyLookup::Read) {
        c.apiKey = m_secrets.read(apiKeyName(c.provider));
        if (c.apiKey.isEmpty() && c.provider == QLatin1String("openai"))
            c.apiKey = m_secrets.read(ProviderSettings::apiKeyName(QStringLiteral("openai")));
    }
    return c;
}

bool VoiceSettings::save(const VoiceConfig& c)
{
    m_settings.setValue(Key::VoiceProvider, c.provider);
    m_settings.setValue(Key::VoiceAutoNarrate, c.autoNarrate);
    m_settings.setValue(Key::VoiceSpeed,
                        std::clamp(c.speed, VoiceConfig::kMinSpeed, VoiceConfig::kMaxSpeed));
    m_settings.setValue(Key::VoiceNames, c.voices);
    m_settings.setValue(Key::VoiceOpenAiBaseUrl, c.openAiBaseUrl.toString());
    m_settings.setValue(Key::VoiceOpenAiModel, c.openAiModel);
    m_settings.setValue(Key::VoiceOpenAiInstructions, c.openAiInstructions);
    m_settings.setValue(Key::VoiceElevenLabsBaseUrl, c.elevenLabsBaseUrl.toString());
    m_settings.setValue(Key::VoiceElevenLabsModel, c.elevenLabsModel);
    m_settings.setValue(Key::VoiceElevenLabsStability, c.stability);
    m_settings.setValue(Key::VoiceElevenLabsSimilarity, c.similarityBoost);
    m_settings.setValue(Key::VoiceElevenLabsStyle, c.style);
    m_settings.setValue(Key::VoiceElevenLabsSpeakerBoost, c.speakerBoost);
    m_settings.sync();
    if (c.isLocal() || c.apiKey.isEmpty())
        return true; // a key saved before stays, for when that voice is chosen again
    return m_secrets.write(apiKeyName(c.provider), c.apiKey);
}

std::unique_ptr<TtsProvider> VoiceSettings::makeProvider(const VoiceConfig& c,
                                                         QNetworkAccessManager& network)
{
    if (c.provider == QLatin1String("openai")) {
        OpenAiTts::Config config;
        if (c.openAiBaseUrl.isValid() && !c.openAiBaseUrl.isEmpty())
            config.baseUrl = c.openAiBaseUrl;
        config.apiKey = c.apiKey;
        if (!c.openAiModel.trimmed().isEmpty())
            config.model = c.openAiModel.trimmed();
        // tts-1 and tts-1-hd refuse instructions.
        if (!config.model.startsWith(QLatin1String("tts-1")))
            config.instructions = c.openAiInstructions.trimmed();
        return std::make_unique<OpenAiTts>(config, network);
    }
    if (c.provider == QLatin1String("elevenlabs")) {
        ElevenLabsTts::Config config;
        if (c.elevenLabsBaseUrl.isValid() && !c.elevenLabsBaseUrl.isEmpty())
            config.baseUrl = c.elevenLabsBaseUrl;
        config.apiKey = c.apiKey;
        if (!c.elevenLabsModel.trimmed().isEmpty())
            config.modelId = c.elevenLabsModel.trimmed();
        config.stability = c.stability;
        config.similarityBoost = c.similarityBoost;
        config.style = c.style;
        config.useSpeakerBoost = c.speakerBoost;
        return std::make_unique<ElevenLabsTts>(config, network);
    }
    return std::make_unique<EspeakTts>();
}

} // namespace st
