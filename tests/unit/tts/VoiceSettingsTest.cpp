#include "core/tts/VoiceSettings.h"

#include "core/llm/ProviderSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/tts/ElevenLabsTts.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/OpenAiTts.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <gtest/gtest.h>

namespace st {
namespace {

class VoiceSettingsTest : public ::testing::Test
{
protected:
    TempDataDir dir;
    Settings settings{dir.settingsPath()};
    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    VoiceSettings voices{settings, secrets};
    QNetworkAccessManager network;
};

TEST_F(VoiceSettingsTest, DefaultsAreTheLocalVoiceReadingAloud)
{
    const VoiceConfig c = voices.load();
    EXPECT_EQ(c.provider, QStringLiteral("espeak"));
    EXPECT_TRUE(c.isLocal());
    EXPECT_TRUE(c.autoNarrate);
    EXPECT_DOUBLE_EQ(c.speed, 1.0);
    EXPECT_TRUE(c.voiceFor(QStringLiteral("ko")).isEmpty());
    auto provider = VoiceSettings::makeProvider(c, network);
    EXPECT_EQ(provider->id(), QStringLiteral("espeak"));
}

TEST_F(VoiceSettingsTest, RoundTripKeepsTheKeyOutOfTheSettingsFile)
{
    VoiceConfig c;
    c.provider = QStringLiteral("elevenlabs");
    c.autoNarrate = false;
    c.speed = 1.25;
    c.apiKey = QStringLiteral("xi-secret-key-123");
    c.setVoice(QStringLiteral("ko"), QStringLiteral("voice-ko"));
    c.setVoice(QStringLiteral("ja"), QStringLiteral("  "));
    c.stability = 0.3;
    ASSERT_TRUE(voices.save(c));
    const VoiceConfig back = voices.load();
    EXPECT_EQ(back.provider, QStringLiteral("elevenlabs"));
    EXPECT_FALSE(back.autoNarrate);
    EXPECT_DOUBLE_EQ(back.speed, 1.25);
    EXPECT_EQ(back.apiKey, QStringLiteral("xi-secret-key-123"));
    EXPECT_EQ(back.voiceFor(QStringLiteral("ko")), QStringLiteral("voice-ko"));
    EXPECT_TRUE(back.voiceFor(QStringLiteral("ja")).isEmpty());
    EXPECT_DOUBLE_EQ(back.stability, 0.3);
    QFile ini(dir.settingsPath());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains("xi-secret-key-123"));
    EXPECT_EQ(secrets.read(VoiceSettings::apiKeyName(QStringLiteral("elevenlabs"))),
              QStringLiteral("xi-secret-key-123"));
    // Voices are per provider: the local voice has its own.
    VoiceConfig local = back;
    local.provider = QStringLiteral("espeak");
    EXPECT_TRUE(local.voiceFor(QStringLiteral("ko")).isEmpty());
}

TEST_F(VoiceSettingsTest, OutOfRangeValuesAreClamped)
{
    settings.setValue(Settings::Key::VoiceSpeed, 9.0);
    settings.setValue(Settings::Key::VoiceProvider, QStringLiteral("nonsense"));
    const VoiceConfig c = voices.load();
    EXPECT_DOUBLE_EQ(c.speed, VoiceConfig::kMaxSpeed);
    EXPECT_EQ(c.provider, QStringLiteral("espeak"));
}

TEST_F(VoiceSettingsTest, OpenAiVoiceUsesTheModelKeyWhenItHasNone)
{
    ASSERT_TRUE(secrets.write(ProviderSettings::apiKeyName(QStringLiteral("openai")),
                              QStringLiteral("sk-model-key")));
    settings.setValue(Settings::Key::VoiceProvider, QStringLiteral("openai"));
    EXPECT_EQ(voices.load().apiKey, QStringLiteral("sk-model-key"));
    EXPECT_TRUE(voices.load(VoiceSettings::KeyLookup::Skip).apiKey.isEmpty());
    ASSERT_TRUE(secrets.write(VoiceSettings::apiKeyName(QStringLiteral("openai")),
                              QStringLiteral("sk-voice-key")));
    EXPECT_EQ(voices.load().apiKey, QStringLiteral("sk-voice-key"));
}

TEST_F(VoiceSettingsTest, MakesTheConfiguredCloudVoices)
{
    VoiceConfig c;
    c.provider = QStringLiteral("openai");
    c.apiKey = QStringLiteral("sk-1");
    c.openAiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    c.openAiModel = QStringLiteral("tts-1");
    c.openAiInstructions = QStringLiteral("Calm.");
    auto openai = VoiceSettings::makeProvider(c, network);
    ASSERT_EQ(openai->id(), QStringLiteral("openai"));
    const auto& oc = static_cast<OpenAiTts*>(openai.get())->config();
    EXPECT_EQ(oc.apiKey, QStringLiteral("sk-1"));
    EXPECT_EQ(oc.model, QStringLiteral("tts-1"));
    EXPECT_TRUE(oc.instructions.isEmpty()); // tts-1 refuses instructions
    EXPECT_EQ(oc.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));

    c.provider = QStringLiteral("elevenlabs");
    c.elevenLabsModel = QStringLiteral("eleven_flash_v2_5");
    c.style = 0.4;
    auto eleven = VoiceSettings::makeProvider(c, network);
    ASSERT_EQ(eleven->id(), QStringLiteral("elevenlabs"));
    const auto& ec = static_cast<ElevenLabsTts*>(eleven.get())->config();
    EXPECT_EQ(ec.modelId, QStringLiteral("eleven_flash_v2_5"));
    EXPECT_DOUBLE_EQ(ec.style, 0.4);
    EXPECT_NE(openai->cacheTag(), eleven->cacheTag());
}

} // namespace
} // namespace st
