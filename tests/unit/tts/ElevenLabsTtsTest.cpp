// ElevenLabsTts against FakeLlmServer: the exact request (path, query, xi-api-key, JSON),
// real streamed MP3 / PCM made with espeak-ng and lame, and ElevenLabs' error bodies
// (shared/protocols.md §4).
#include "core/tts/ElevenLabsTts.h"

#include "support/FakeLlmServer.h"
#include "unit/tts/TtsTestSupport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using namespace ttstest;
using Kind = TtsError::Kind;

const QString kVoice = QStringLiteral("JBFqnCBsd6RMkjVDRZzb");
const QString kPath = QStringLiteral("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb/stream");
const QString kKey = QStringLiteral("xi-test-key-0123456789abcdef");

FakeResponse audioResponse(const QByteArray& bytes, const QByteArray& type)
{
    FakeResponse r;
    r.setHeader("Content-Type", type);
    r.setChunked(true);
    r.setBody(bytes);
    r.splitEvery(2048);
    return r;
}

FakeResponse detail(int status, const char* statusCode, const char* message)
{
    return FakeResponse::json(status, QByteArray(R"({"detail":{"status":")") + statusCode +
                                          R"(","message":")" + message + R"("}})");
}

class ElevenLabsTtsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        network.setProxy(QNetworkProxy::NoProxy);
    }

    ElevenLabsTts::Config config() const
    {
        ElevenLabsTts::Config c;
        c.baseUrl = server.baseUrl();
        c.apiKey = kKey;
        return c;
    }

    JobRun say(const TtsRequest& r, const ElevenLabsTts::Config& c)
    {
        ElevenLabsTts tts(c, network);
        return speak(tts, r);
    }

    JobRun expectFailure(const FakeResponse& response, Kind kind)
    {
        server.enqueue(kPath, response);
        const JobRun r = say(request(QStringLiteral("Hello there.")), config());
        EXPECT_TRUE(r.ended);
        EXPECT_EQ(r.failed, 1);
        EXPECT_EQ(r.finished, 0);
        EXPECT_EQ(r.error.kind, kind) << TtsError::kindName(r.error.kind).toStdString() << ": "
                                      << r.error.message().toStdString();
        EXPECT_EQ(r.error.providerId, QStringLiteral("elevenlabs"));
        EXPECT_FALSE(r.error.message().contains(kKey));
        EXPECT_EQ(server.requests(kPath).size(), 1);
        return r;
    }

    FakeLlmServer server;
    QNetworkAccessManager network;
};

TEST_F(ElevenLabsTtsTest, SendsTheExactRequestAndStreamsMp3)
{
    const QByteArray mp3 = lameMp3();
    if (mp3.isEmpty())
        GTEST_SKIP() << "lame or espeak-ng is not installed";
    server.enqueue(kPath, audioResponse(mp3, "audio/mpeg").slow(5));
    const JobRun r =
        say(request(QStringLiteral("El barco fue hallado a la deriva."), QStringLiteral("es")),
            config());
    ASSERT_EQ(r.finished, 1) << r.error.message().toStdString();
    EXPECT_EQ(r.audio.bytes, mp3);
    EXPECT_EQ(r.audio.format, QStringLiteral("mp3"));
    EXPECT_GT(r.audio.durationMs, 500);

    const FakeRequest req = server.lastRequest();
    EXPECT_EQ(req.method, QByteArray("POST"));
    EXPECT_EQ(req.path, kPath);
    EXPECT_EQ(req.query, QStringLiteral("output_format=mp3_44100_128"));
    EXPECT_EQ(req.header("xi-api-key"), kKey.toUtf8());
    EXPECT_FALSE(req.hasHeader("authorization"));
    EXPECT_EQ(req.header("content-type"), QByteArray("application/json"));
    const QJsonObject json = req.json();
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("model_id"), QStringLiteral("text"),
                                        QStringLiteral("voice_settings")}));
    EXPECT_EQ(json.value(QLatin1String("text")).toString(),
              QStringLiteral("El barco fue hallado a la deriva."));
    EXPECT_EQ(json.value(QLatin1String("model_id")).toString(),
              QStringLiteral("eleven_multilingual_v2"));
    const QJsonObject settings = json.value(QLatin1String("voice_settings")).toObject();
    EXPECT_EQ(settings.value(QLatin1String("stability")).toDouble(), 0.5);
    EXPECT_EQ(settings.value(QLatin1String("similarity_boost")).toDouble(), 0.75);
    EXPECT_EQ(settings.value(QLatin1String("style")).toDouble(), 0.0);
    EXPECT_EQ(settings.value(QLatin1String("use_speaker_boost")).toBool(), true);
    EXPECT_EQ(settings.value(QLatin1String("speed")).toDouble(), 1.0);
}

TEST_F(ElevenLabsTtsTest, PcmVoiceLanguageAndSpeed)
{
    const QByteArray pcm = espeakWav().mid(44);
    const QString path = QStringLiteral("/v1/text-to-speech/voice%20x/stream");
    server.enqueue(path, audioResponse(pcm, "application/octet-stream"));
    ElevenLabsTts::Config c = config();
    c.outputFormat = QStringLiteral("pcm_22050");
    c.modelId = QStringLiteral("eleven_flash_v2_5");
    c.sendLanguageCode = true;
    TtsRequest r = request(QStringLiteral("ふねは ただよって いました。"), QStringLiteral("ja"));
    r.voice = QStringLiteral("voice x");
    r.speed = 3.0;
    const JobRun run = say(r, c);
    ASSERT_EQ(run.finished, 1) << run.error.message().toStdString();
    EXPECT_EQ(run.audio.format, QStringLiteral("pcm_s16le@22050"));
    EXPECT_EQ(run.audio.bytes, pcm);
    EXPECT_EQ(run.audio.durationMs, pcm.size() / 2 * 1000 / 22050);
    ASSERT_EQ(server.requests(path).size(), 1);
    const FakeRequest req = server.lastRequest();
    EXPECT_EQ(req.query, QStringLiteral("output_format=pcm_22050"));
    const QJsonObject json = req.json();
    EXPECT_EQ(json.value(QLatin1String("language_code")).toString(), QStringLiteral("ja"));
    EXPECT_EQ(json.value(QLatin1String("model_id")).toString(),
              QStringLiteral("eleven_flash_v2_5"));
    EXPECT_EQ(json.value(QLatin1String("voice_settings"))
                  .toObject()
                  .value(QLatin1String("speed"))
                  .toDouble(),
              1.2);
}

TEST_F(ElevenLabsTtsTest, LimitsAndFormats)
{
    ElevenLabsTts::Config c = config();
    EXPECT_EQ(ElevenLabsTts(c, network).maxInputChars(), 10000);
    c.modelId = QStringLiteral("eleven_turbo_v2_5");
    EXPECT_EQ(ElevenLabsTts(c, network).maxInputChars(), 40000);
    c.modelId = QStringLiteral("eleven_flash_v2");
    EXPECT_EQ(ElevenLabsTts(c, network).maxInputChars(), 30000);
    c.outputFormat = QStringLiteral("ulaw_8000");
    EXPECT_EQ(ElevenLabsTts(c, network).outputFormat(), QStringLiteral("mp3_44100_128"));
    EXPECT_EQ(ElevenLabsTts(c, network).audioFormat(), QStringLiteral("mp3"));
}

TEST_F(ElevenLabsTtsTest, InvalidKeyIsAuth)
{
    const JobRun r = expectFailure(detail(401, "invalid_api_key", "Invalid API key"), Kind::Auth);
    EXPECT_EQ(r.error.httpStatus, 401);
    EXPECT_EQ(r.error.code, QStringLiteral("invalid_api_key"));
}

TEST_F(ElevenLabsTtsTest, QuotaExceededIsQuotaThoughSentWith401)
{
    const JobRun r = expectFailure(
        detail(401, "quota_exceeded",
               "This request exceeds your quota of 10000. You have 0 credits remaining, while 91 "
               "credits are required for this request."),
        Kind::Quota);
    EXPECT_FALSE(r.error.isRetryable());
    EXPECT_TRUE(r.error.suggestsLocalVoice());
}

TEST_F(ElevenLabsTtsTest, TooManyRequestsIsRateLimited)
{
    FakeResponse busy =
        detail(429, "too_many_concurrent_requests", "Too many concurrent requests.");
    busy.setHeader("Retry-After", "2");
    const JobRun r = expectFailure(busy, Kind::RateLimited);
    EXPECT_EQ(r.error.retryAfterMs, 2000);
}

TEST_F(ElevenLabsTtsTest, ServerErrorIsServer)
{
    expectFailure(FakeResponse::json(503, R"({"detail":"Service temporarily unavailable"})"),
                  Kind::Server);
}

TEST_F(ElevenLabsTtsTest, ValidationErrorIsRejectedWithItsMessage)
{
    const JobRun r = expectFailure(
        FakeResponse::json(
            422,
            R"({"detail":[{"loc":["body","text"],"msg":"field required","type":"value_error.missing"}]})"),
        Kind::Rejected);
    EXPECT_EQ(r.error.httpStatus, 422);
    EXPECT_EQ(r.error.serverMessage, QStringLiteral("body.text: field required"));
    EXPECT_TRUE(r.error.message().contains(QStringLiteral("field required")));
}

TEST_F(ElevenLabsTtsTest, JsonInsteadOfAudioIsBadAudio)
{
    expectFailure(FakeResponse::json(200, R"({"detail":"nothing"})"), Kind::BadAudio);
}

TEST_F(ElevenLabsTtsTest, EmptyStreamIsBadAudio)
{
    FakeResponse empty;
    empty.setHeader("Content-Type", "audio/mpeg");
    empty.setChunked(true);
    expectFailure(empty, Kind::BadAudio);
}

TEST_F(ElevenLabsTtsTest, TooLongInputMakesNoRequest)
{
    const JobRun r = say(request(QString(10001, u'a')), config());
    EXPECT_EQ(r.error.kind, Kind::InputTooLong);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(ElevenLabsTtsTest, CancelMidStream)
{
    server.enqueue(kPath, audioResponse(espeakWav().mid(44), "audio/mpeg").stallAfterBytes(4096));
    ElevenLabsTts tts(config(), network);
    TtsJob* job = tts.synthesize(request(QStringLiteral("Hello.")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requests().size() == 1; }, 5000));
    QTest::qWait(50);
    job->cancel();
    const JobRun r = waitFor(job);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
}

} // namespace
} // namespace st
