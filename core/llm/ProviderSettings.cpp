#include "core/llm/ProviderSettings.h"

#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"

namespace st {

ProviderSettings::ProviderSettings(Settings& settings, SecretStore& secrets, Environment env)
    : m_settings(settings), m_secrets(secrets), m_env(std::move(env))
{
    if (!m_env)
        m_env = [](const char* name) { return qEnvironmentVariable(name); };
}

QString ProviderSettings::apiKeyName(const QString& presetId)
{
    return QStringLiteral("api-key-") + presetId;
}

ProviderConfig ProviderSettings::load(KeyLookup lookup) const
{
    using Key = Settings::Key;
    ProviderConfig c;
    c.presetId = m_settings.value(Key::ProviderPreset).toString();
    const ProviderPreset preset = ProviderPreset::byId(c.presetId);
    c.presetId = preset.id;
    c.api = preset.api;
    const QString base = m_settings.value(Key::ProviderBaseUrl).toString();
    c.baseUrl = QUrl(base.isEmpty() ? preset.defaultBaseUrl : base);
    c.model = m_settings.value(Key::ProviderModel).toString();
    c.embeddingModel = m_settings.value(Key::ProviderEmbeddingModel).toString();
    c.temperature = std::clamp(m_settings.value(Key::ProviderTemperature).toDouble(), 0.0, 2.0);
    c.maxTokens = std::clamp(m_settings.value(Key::ProviderMaxTokens).toInt(), 16, 32768);
    c.contextBudget =
        std::clamp(m_settings.value(Key::ProviderContextBudget).toInt(), 512, 1 << 20);
    c.connectTimeoutMs =
        std::clamp(m_settings.value(Key::ProviderConnectTimeoutMs).toInt(), 500, 600000);
    c.idleTimeoutMs = std::clamp(m_settings.value(Key::ProviderIdleTimeoutMs).toInt(), 500, 600000);
    if (!c.isOffline() && lookup == KeyLookup::Read)
        c.apiKey = m_secrets.read(apiKeyName(c.presetId));

    // The environment wins, for scripting.
    const QString provider = m_env("STORYTELLER_PROVIDER").trimmed().toLower();
    if (provider == QLatin1String("openai") || provider == QLatin1String("ollama")) {
        c.api = provider == QLatin1String("ollama") ? ProviderPreset::Api::Ollama
                                                    : ProviderPreset::Api::OpenAi;
        if (c.isOffline() || ProviderPreset::byId(c.presetId).api != c.api) {
            c.presetId = provider == QLatin1String("ollama") ? QStringLiteral("ollama")
                                                             : QStringLiteral("custom");
            // Any saved address is a server of the other API's; Ollama's usual one is better.
            const QString usual = ProviderPreset::byId(c.presetId).defaultBaseUrl;
            if (!usual.isEmpty())
                c.baseUrl = QUrl(usual);
        }
        c.overridden << QStringLiteral("provider");
    }
    const QString url = m_env("STORYTELLER_BASE_URL").trimmed();
    if (!url.isEmpty()) {
        c.baseUrl = QUrl(url);
        if (c.isOffline())
            c.presetId = QStringLiteral("custom");
        c.overridden << QStringLiteral("baseUrl");
    }
    const QString key = m_env("STORYTELLER_API_KEY");
    if (!key.isEmpty()) {
        c.apiKey = key;
        c.overridden << QStringLiteral("apiKey");
    }
    const QString model = m_env("STORYTELLER_MODEL").trimmed();
    if (!model.isEmpty()) {
        c.model = model;
        c.overridden << QStringLiteral("model");
    }
    const QString embedding = m_env("STORYTELLER_EMBEDDING_MODEL").trimmed();
    if (!embedding.isEmpty()) {
        c.embeddingModel = embedding;
        c.overridden << QStringLiteral("embeddingModel");
    }
    return c;
}

bool ProviderSettings::save(const ProviderConfig& c)
{
    using Key = Settings::Key;
    m_settings.setValue(Key::ProviderPreset, c.presetId);
    m_settings.setValue(Key::ProviderBaseUrl, c.baseUrl.toString());
    m_settings.setValue(Key::ProviderModel, c.model);
    m_settings.setValue(Key::ProviderEmbeddingModel, c.embeddingModel);
    m_settings.setValue(Key::ProviderTemperature, c.temperature);
    m_settings.setValue(Key::ProviderMaxTokens, c.maxTokens);
    m_settings.setValue(Key::ProviderContextBudget, c.contextBudget);
    m_settings.setValue(Key::ProviderConnectTimeoutMs, c.connectTimeoutMs);
    m_settings.setValue(Key::ProviderIdleTimeoutMs, c.idleTimeoutMs);
    m_settings.sync();
    if (c.isOffline() || c.overridden.contains(QStringLiteral("apiKey")))
        return true;
    return m_secrets.write(apiKeyName(c.presetId), c.apiKey);
}

} // namespace st
