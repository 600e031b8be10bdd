// ProviderSettings over a temporary INI file and a file-only secret store, with the
// environment injected; ProviderPreset's defaults; ProviderConfig::endpoint.
#include "core/llm/ProviderSettings.h"

#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"
#include "unit/llm/LlmTestPrinters.h"

#include <QHash>
#include <gtest/gtest.h>

namespace st {
namespace {

using Api = ProviderPreset::Api;

class ProviderSettingsTest : public ::testing::Test
{
protected:
    ProviderSettings provider() { return ProviderSettings(settings, secrets, environment()); }

    ProviderSettings::Environment environment()
    {
        return [this](const char* name) { return env.value(QString::fromLatin1(name)); };
    }

    TempDataDir dir;
    Settings settings{dir.settingsPath()};
    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    QHash<QString, QString> env;
};

TEST_F(ProviderSettingsTest, DefaultsAreOffline)
{
    const ProviderConfig c = provider().load();
    EXPECT_EQ(c.presetId, QStringLiteral("offline"));
    EXPECT_TRUE(c.isOffline());
    EXPECT_FALSE(c.isConfigured());
    EXPECT_TRUE(c.baseUrl.isEmpty());
    EXPECT_TRUE(c.model.isEmpty());
    EXPECT_TRUE(c.apiKey.isEmpty());
    EXPECT_DOUBLE_EQ(c.temperature, 0.8);
    EXPECT_EQ(c.maxTokens, 1024);
    EXPECT_EQ(c.contextBudget, 8192);
    EXPECT_EQ(c.connectTimeoutMs, 15000);
    EXPECT_EQ(c.idleTimeoutMs, 60000);
    EXPECT_EQ(c.maxRetries, 2);
    EXPECT_TRUE(c.overridden.isEmpty());
}

TEST_F(ProviderSettingsTest, SaveAndLoadRoundTrip)
{
    ProviderConfig c;
    c.presetId = QStringLiteral("lmstudio");
    c.api = Api::OpenAi;
    c.baseUrl = QUrl(QStringLiteral("http://192.168.1.20:1234/v1"));
    c.model = QStringLiteral("qwen2.5-7b-instruct");
    c.embeddingModel = QStringLiteral("nomic-embed-text");
    c.apiKey = QStringLiteral("lm-studio-key-123456");
    c.temperature = 0.3;
    c.maxTokens = 2048;
    c.contextBudget = 16384;
    c.connectTimeoutMs = 5000;
    c.idleTimeoutMs = 30000;
    ASSERT_TRUE(provider().save(c));

    // A fresh Settings over the same file sees what was saved.
    Settings reread(dir.settingsPath());
    const ProviderConfig loaded = ProviderSettings(reread, secrets, environment()).load();
    EXPECT_EQ(loaded.presetId, c.presetId);
    EXPECT_EQ(loaded.api, Api::OpenAi);
    EXPECT_EQ(loaded.baseUrl, c.baseUrl);
    EXPECT_EQ(loaded.model, c.model);
    EXPECT_EQ(loaded.embeddingModel, c.embeddingModel);
    EXPECT_EQ(loaded.apiKey, c.apiKey);
    EXPECT_DOUBLE_EQ(loaded.temperature, 0.3);
    EXPECT_EQ(loaded.maxTokens, 2048);
    EXPECT_EQ(loaded.contextBudget, 16384);
    EXPECT_EQ(loaded.connectTimeoutMs, 5000);
    EXPECT_EQ(loaded.idleTimeoutMs, 30000);
    EXPECT_TRUE(loaded.isConfigured());
    EXPECT_TRUE(loaded.overridden.isEmpty());

    // The key went to the secret store, never to the settings file.
    EXPECT_EQ(secrets.read(ProviderSettings::apiKeyName(QStringLiteral("lmstudio"))), c.apiKey);
    EXPECT_FALSE(dir.readFile(QStringLiteral("storyteller.ini")).contains("lm-studio-key"));

    // Clearing the key removes it.
    c.apiKey.clear();
    EXPECT_TRUE(provider().save(c));
    EXPECT_TRUE(provider().load().apiKey.isEmpty());
}

TEST_F(ProviderSettingsTest, OutOfRangeValuesAreClamped)
{
    settings.setValue(Settings::Key::ProviderPreset, QStringLiteral("ollama"));
    settings.setValue(Settings::Key::ProviderTemperature, 9.0);
    settings.setValue(Settings::Key::ProviderMaxTokens, 1);
    settings.setValue(Settings::Key::ProviderContextBudget, 10);
    settings.setValue(Settings::Key::ProviderConnectTimeoutMs, 0);
    settings.setValue(Settings::Key::ProviderIdleTimeoutMs, 999'999'999);
    const ProviderConfig c = provider().load();
    EXPECT_DOUBLE_EQ(c.temperature, 2.0);
    EXPECT_EQ(c.maxTokens, 16);
    EXPECT_EQ(c.contextBudget, 512);
    EXPECT_EQ(c.connectTimeoutMs, 500);
    EXPECT_EQ(c.idleTimeoutMs, 600000);
}

TEST_F(ProviderSettingsTest, PresetsHaveTheirDefaultBaseUrls)
{
    const QHash<QString, QString> expected{
        {QStringLiteral("offline"), QString()},
        {QStringLiteral("openai"), QStringLiteral("https://api.openai.com/v1")},
        {QStringLiteral("ollama"), QStringLiteral("http://localhost:11434")},
        {QStringLiteral("lmstudio"), QStringLiteral("http://localhost:1234/v1")},
        {QStringLiteral("llamacpp"), QStringLiteral("http://localhost:8080/v1")},
        {QStringLiteral("vllm"), QStringLiteral("http://localhost:8000/v1")},
        {QStringLiteral("openrouter"), QStringLiteral("https://openrouter.ai/api/v1")},
        {QStringLiteral("custom"), QString()},
    };
    EXPECT_EQ(ProviderPreset::all().size(), expected.size());
    for (const ProviderPreset& preset : ProviderPreset::all()) {
        SCOPED_TRACE(preset.id.toStdString());
        ASSERT_TRUE(expected.contains(preset.id));
        EXPECT_EQ(preset.defaultBaseUrl, expected.value(preset.id));
        EXPECT_EQ(preset.api, preset.id == QLatin1String("ollama") ? Api::Ollama : Api::OpenAi);

        // Saved with no base URL of its own, the preset's default is used.
        settings.setValue(Settings::Key::ProviderPreset, preset.id);
        const ProviderConfig c = provider().load();
        EXPECT_EQ(c.presetId, preset.id);
        EXPECT_EQ(c.api, preset.api);
        EXPECT_EQ(c.baseUrl.toString(), preset.defaultBaseUrl);
    }
    EXPECT_TRUE(ProviderPreset::byId(QStringLiteral("openai")).needsKey);
    EXPECT_FALSE(ProviderPreset::byId(QStringLiteral("ollama")).needsKey);
    EXPECT_EQ(ProviderPreset::byId(QStringLiteral("no-such")).id, QStringLiteral("custom"));
    EXPECT_EQ(ProviderPreset::apiName(Api::Ollama), QStringLiteral("ollama"));
    EXPECT_EQ(ProviderPreset::apiName(Api::OpenAi), QStringLiteral("openai"));
}

TEST_F(ProviderSettingsTest, EnvironmentOverridesEveryVariable)
{
    settings.setValue(Settings::Key::ProviderPreset, QStringLiteral("lmstudio"));
    settings.setValue(Settings::Key::ProviderModel, QStringLiteral("saved-model"));
    secrets.write(ProviderSettings::apiKeyName(QStringLiteral("lmstudio")),
                  QStringLiteral("saved-key"));
    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral(" OpenAI "));
    env.insert(QStringLiteral("STORYTELLER_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    env.insert(QStringLiteral("STORYTELLER_API_KEY"), QStringLiteral("env-key"));
    env.insert(QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("env-model"));
    env.insert(QStringLiteral("STORYTELLER_EMBEDDING_MODEL"), QStringLiteral("env-embed"));
    const ProviderConfig c = provider().load();
    EXPECT_EQ(c.presetId, QStringLiteral("lmstudio")); // already speaks the OpenAI API
    EXPECT_EQ(c.api, Api::OpenAi);
    EXPECT_EQ(c.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    EXPECT_EQ(c.apiKey, QStringLiteral("env-key"));
    EXPECT_EQ(c.model, QStringLiteral("env-model"));
    EXPECT_EQ(c.embeddingModel, QStringLiteral("env-embed"));
    EXPECT_EQ(c.overridden, (QStringList{QStringLiteral("provider"), QStringLiteral("baseUrl"),
                                         QStringLiteral("apiKey"), QStringLiteral("model"),
                                         QStringLiteral("embeddingModel")}));
}

TEST_F(ProviderSettingsTest, EachVariableAloneOverridesOnlyItself)
{
    settings.setValue(Settings::Key::ProviderPreset, QStringLiteral("vllm"));
    settings.setValue(Settings::Key::ProviderModel, QStringLiteral("saved-model"));
    const QHash<QString, QString> names{
        {QStringLiteral("STORYTELLER_BASE_URL"), QStringLiteral("baseUrl")},
        {QStringLiteral("STORYTELLER_API_KEY"), QStringLiteral("apiKey")},
        {QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("model")},
        {QStringLiteral("STORYTELLER_EMBEDDING_MODEL"), QStringLiteral("embeddingModel")},
    };
    for (auto it = names.begin(); it != names.end(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        env.clear();
        env.insert(it.key(), QStringLiteral("http://example.invalid:1/v1"));
        EXPECT_EQ(provider().load().overridden, QStringList{it.value()});
    }
    // Empty and blank values override nothing.
    env.clear();
    env.insert(QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("   "));
    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("gemini"));
    const ProviderConfig c = provider().load();
    EXPECT_TRUE(c.overridden.isEmpty());
    EXPECT_EQ(c.model, QStringLiteral("saved-model"));
    EXPECT_EQ(c.presetId, QStringLiteral("vllm"));
}

TEST_F(ProviderSettingsTest, EnvironmentAloneConfiguresAFreshInstall)
{
    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("openai"));
    env.insert(QStringLiteral("STORYTELLER_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    env.insert(QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("m"));
    const ProviderConfig openAi = provider().load();
    EXPECT_EQ(openAi.presetId, QStringLiteral("custom"));
    EXPECT_TRUE(openAi.isConfigured());

    env.clear();
    env.insert(QStringLiteral("STORYTELLER_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1"));
    env.insert(QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("m"));
    EXPECT_EQ(provider().load().presetId, QStringLiteral("custom"));

    // Only the provider: Ollama has a usual address; a custom server has none.
    env.clear();
    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("ollama"));
    env.insert(QStringLiteral("STORYTELLER_MODEL"), QStringLiteral("llama3.2"));
    const ProviderConfig ollama = provider().load();
    EXPECT_EQ(ollama.presetId, QStringLiteral("ollama"));
    EXPECT_EQ(ollama.api, Api::Ollama);
    EXPECT_EQ(ollama.baseUrl, QUrl(QStringLiteral("http://localhost:11434")));
    EXPECT_TRUE(ollama.isConfigured());

    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("openai"));
    EXPECT_FALSE(provider().load().isConfigured());
}

TEST_F(ProviderSettingsTest, SwitchingTheApiByEnvironmentLeavesTheOtherPresetsAddress)
{
    settings.setValue(Settings::Key::ProviderPreset, QStringLiteral("lmstudio"));
    settings.setValue(Settings::Key::ProviderModel, QStringLiteral("llama3.2"));
    env.insert(QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("ollama"));
    const ProviderConfig c = provider().load();
    EXPECT_EQ(c.presetId, QStringLiteral("ollama"));
    EXPECT_EQ(c.api, Api::Ollama);
    // LM Studio's address does not speak Ollama's API.
    EXPECT_EQ(c.baseUrl, QUrl(QStringLiteral("http://localhost:11434")));
}

TEST_F(ProviderSettingsTest, KeyFromTheEnvironmentIsNotSaved)
{
    settings.setValue(Settings::Key::ProviderPreset, QStringLiteral("openai"));
    secrets.write(ProviderSettings::apiKeyName(QStringLiteral("openai")),
                  QStringLiteral("stored-key"));
    env.insert(QStringLiteral("STORYTELLER_API_KEY"), QStringLiteral("env-only-key"));
    ProviderConfig c = provider().load();
    EXPECT_EQ(c.apiKey, QStringLiteral("env-only-key"));
    c.model = QStringLiteral("gpt-4o-mini");
    ASSERT_TRUE(provider().save(c));
    EXPECT_EQ(secrets.read(ProviderSettings::apiKeyName(QStringLiteral("openai"))),
              QStringLiteral("stored-key"));
    env.clear();
    EXPECT_EQ(provider().load().apiKey, QStringLiteral("stored-key"));
    EXPECT_EQ(provider().load().model, QStringLiteral("gpt-4o-mini"));
}

TEST(ProviderConfigTest, EndpointJoinsTheBaseAndThePath)
{
    ProviderConfig c;
    c.api = Api::OpenAi;
    const auto endpoint = [&c](const char* base) {
        c.baseUrl = QUrl(QString::fromLatin1(base));
        return c.endpoint(QStringLiteral("/chat/completions")).toString();
    };
    EXPECT_EQ(endpoint("http://h:1234"), QStringLiteral("http://h:1234/v1/chat/completions"));
    EXPECT_EQ(endpoint("http://h:1234/"), QStringLiteral("http://h:1234/v1/chat/completions"));
    EXPECT_EQ(endpoint("http://h:1234/v1"), QStringLiteral("http://h:1234/v1/chat/completions"));
    EXPECT_EQ(endpoint("http://h:1234/v1/"), QStringLiteral("http://h:1234/v1/chat/completions"));
    EXPECT_EQ(endpoint("https://openrouter.ai/api/v1"),
              QStringLiteral("https://openrouter.ai/api/v1/chat/completions"));
    c.baseUrl = QUrl(QStringLiteral("http://h:1234/v1"));
    EXPECT_EQ(c.endpoint(QStringLiteral("models")).toString(),
              QStringLiteral("http://h:1234/v1/models"));

    c.api = Api::Ollama;
    c.baseUrl = QUrl(QStringLiteral("http://localhost:11434"));
    EXPECT_EQ(c.endpoint(QStringLiteral("/api/chat")).toString(),
              QStringLiteral("http://localhost:11434/api/chat"));
    c.baseUrl = QUrl(QStringLiteral("http://localhost:11434/"));
    EXPECT_EQ(c.endpoint(QStringLiteral("/api/tags")).toString(),
              QStringLiteral("http://localhost:11434/api/tags"));
}

TEST(ProviderConfigTest, ConfiguredNeedsAServerAndAModel)
{
    ProviderConfig c;
    EXPECT_FALSE(c.isConfigured());
    c.presetId = QStringLiteral("custom");
    c.baseUrl = QUrl(QStringLiteral("http://h:1/v1"));
    EXPECT_FALSE(c.isConfigured());
    c.model = QStringLiteral("m");
    EXPECT_TRUE(c.isConfigured());
    c.presetId = QStringLiteral("offline");
    EXPECT_FALSE(c.isConfigured());
}

} // namespace
} // namespace st
