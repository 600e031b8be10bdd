// OpenAiTts against FakeLlmServer: the exact request, real MP3 / WAV / PCM answers made
// with espeak-ng and lame, and every way a request fails.
#include "core/tts/OpenAiTts.h"

#include "core/tts/NetworkTtsJob.h"
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

const QString kPath = QStringLiteral("/v1/audio/speech");
const QString kKey = QStringLiteral("sk-test-tts-0123456789abcdef");

FakeResponse audioResponse(const QByteArray& bytes, const QByteArray& type)
{
    FakeResponse r;
    r.setHeader("Content-Type", type);
    r.setChunked(true);
    r.setBody(bytes);
    r.splitEvery(4096);
    return r;
}

class OpenAiTtsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        network.setProxy(QNetworkProxy::NoProxy);
    }

    OpenAiTts::Config config() const
    {
        OpenAiTts::Config c;
        c.baseUrl = server.url(QStringLiteral("/v1"));
        c.apiKey = kKey;
        return c;
    }

    JobRun say(const TtsRequest& r, const OpenAiTts::Config& c)
    {
        OpenAiTts tts(c, network);
        return speak(tts, r);
    }
    JobRun say(const QString& text = QStringLiteral("Hello there."))
    {
        return say(request(text), config());
    }

    /// A failure of \a kind after exactly one request.
    JobRun expectFailure(const FakeResponse& response, Kind kind)
    {
        server.enqueue(kPath, response);
        const JobRun r = say();
        EXPECT_TRUE(r.ended);
        EXPECT_EQ(r.failed, 1);
        EXPECT_EQ(r.finished, 0);
        EXPECT_EQ(r.error.kind, kind) << TtsError::kindName(r.error.kind).toStdString() << ": "
                                      << r.error.message().toStdString();
        EXPECT_EQ(r.error.providerId, QStringLiteral("openai"));
        EXPECT_FALSE(r.error.message().isEmpty());
        EXPECT_FALSE(r.error.message().contains(kKey));
        EXPECT_FALSE(r.error.serverMessage.contains(kKey.mid(5, 10)));
        EXPECT_EQ(server.requests(kPath).size(), 1);
        return r;
    }

    FakeLlmServer server;
    QNetworkAccessManager network;
};

TEST_F(OpenAiTtsTest, SendsTheExactRequestAndReturnsMp3)
{
    const QByteArray mp3 = lameMp3();
    if (mp3.isEmpty())
        GTEST_SKIP() << "lame or espeak-ng is not installed";
    server.enqueue(kPath, audioResponse(mp3, "audio/mpeg"));
    const JobRun r =
        say(request(QStringLiteral("The ship was found adrift."), QStringLiteral("en")), config());
    ASSERT_EQ(r.finished, 1) << r.error.message().toStdString();
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.audio.bytes, mp3);
    EXPECT_EQ(r.audio.format, QStringLiteral("mp3"));
    const qint64 wavMs = TtsAudio::wavDurationMs(espeakWav());
    EXPECT_NEAR(double(r.audio.durationMs), double(wavMs), 300.0);

    ASSERT_EQ(server.requests().size(), 1);
    const FakeRequest req = server.lastRequest();
    EXPECT_EQ(req.method, QByteArray("POST"));
    EXPECT_EQ(req.path, kPath);
    EXPECT_EQ(req.query, QString());
    EXPECT_EQ(req.header("authorization"), "Bearer " + kKey.toUtf8());
    EXPECT_EQ(req.header("content-type"), QByteArray("application/json"));
    EXPECT_FALSE(req.hasHeader("xi-api-key"));
    const QJsonObject json = req.json();
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("input"), QStringLiteral("model"),
                                        QStringLiteral("response_format"), QStringLiteral("speed"),
                                        QStringLiteral("voice")}));
    EXPECT_EQ(json.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini-tts"));
    EXPECT_EQ(json.value(QLatin1String("input")).toString(),
              QStringLiteral("The ship was found adrift."));
    EXPECT_EQ(json.value(QLatin1String("voice")).toString(), QStringLiteral("alloy"));
    EXPECT_EQ(json.value(QLatin1String("response_format")).toString(), QStringLiteral("mp3"));
    EXPECT_EQ(json.value(QLatin1String("speed")).toDouble(), 1.0);
}

TEST_F(OpenAiTtsTest, WavWithVoiceSpeedAndInstructions)
{
    const QByteArray wav = espeakWav();
    ASSERT_FALSE(wav.isEmpty());
    server.enqueue(kPath, audioResponse(wav, "audio/wav"));
    OpenAiTts::Config c = config();
    c.format = OpenAiTts::Format::Wav;
    c.model = QStringLiteral("gpt-4o-mini-tts");
    c.instructions = QStringLiteral("Calm, like a storyteller.");
    TtsRequest r = request(QStringLiteral("배는 표류하고 있었다."), QStringLiteral("ko"));
    r.voice = QStringLiteral("coral");
    r.speed = 1.5;
    const JobRun run = say(r, c);
    ASSERT_EQ(run.finished, 1) << run.error.message().toStdString();
    EXPECT_EQ(run.audio.format, QStringLiteral("wav"));
    EXPECT_TRUE(run.audio.bytes.startsWith("RIFF"));
    EXPECT_EQ(run.audio.bytes.size(), wav.size());
    EXPECT_GT(run.audio.durationMs, 500);
    const QJsonObject json = server.lastRequest().json();
    EXPECT_EQ(json.value(QLatin1String("input")).toString(), r.text);
    EXPECT_EQ(json.value(QLatin1String("voice")).toString(), QStringLiteral("coral"));
    EXPECT_EQ(json.value(QLatin1String("response_format")).toString(), QStringLiteral("wav"));
    EXPECT_EQ(json.value(QLatin1String("speed")).toDouble(), 1.5);
    EXPECT_EQ(json.value(QLatin1String("instructions")).toString(), c.instructions);
}

TEST_F(OpenAiTtsTest, PcmIsRaw24kHz)
{
    const QByteArray pcm = espeakWav().mid(44);
    server.enqueue(kPath, audioResponse(pcm, "application/octet-stream"));
    OpenAiTts::Config c = config();
    c.format = OpenAiTts::Format::Pcm;
    c.model = QStringLiteral("tts-1");
    c.instructions = QStringLiteral("not for tts-1");
    TtsRequest r = request(QStringLiteral("Hello."));
    r.speed = 9.0;
    const JobRun run = say(r, c);
    ASSERT_EQ(run.finished, 1) << run.error.message().toStdString();
    EXPECT_EQ(run.audio.format, QStringLiteral("pcm_s16le@24000"));
    EXPECT_EQ(run.audio.durationMs, pcm.size() / 2 * 1000 / 24000);
    const QJsonObject json = server.lastRequest().json();
    EXPECT_EQ(json.value(QLatin1String("response_format")).toString(), QStringLiteral("pcm"));
    EXPECT_EQ(json.value(QLatin1String("model")).toString(), QStringLiteral("tts-1"));
    EXPECT_EQ(json.value(QLatin1String("speed")).toDouble(), 4.0);
    EXPECT_FALSE(json.contains(QLatin1String("instructions")));
}

TEST_F(OpenAiTtsTest, BaseUrlWithoutV1GetsIt)
{
    OpenAiTts::Config c = config();
    c.baseUrl = server.baseUrl();
    EXPECT_EQ(OpenAiTts(c, network).endpoint(), server.url(kPath));
    c.baseUrl = server.url(QStringLiteral("/v1/"));
    EXPECT_EQ(OpenAiTts(c, network).endpoint(), server.url(kPath));
    EXPECT_EQ(OpenAiTts(c, network).maxInputChars(), 4096);
}

// A clip is read whole: past 32 MB the answer is dropped as it arrives and reported, not
// kept growing in memory.
TEST_F(OpenAiTtsTest, AClipOverTheCapIsRefused)
{
    const JobRun r = expectFailure(
        audioResponse(QByteArray(NetworkTtsJob::kMaxAudioBytes + 4096, 'a'), "audio/mpeg"),
        Kind::Network);
    EXPECT_TRUE(r.error.serverMessage.contains(QStringLiteral("more than 32 MB")))
        << r.error.serverMessage.toStdString();
}

TEST_F(OpenAiTtsTest, RefusedKeyIsAuth)
{
    const JobRun r = expectFailure(FakeResponse::invalidApiKey(), Kind::Auth);
    EXPECT_EQ(r.error.httpStatus, 401);
    EXPECT_TRUE(r.error.suggestsLocalVoice());
    EXPECT_FALSE(r.error.isRetryable());
}

TEST_F(OpenAiTtsTest, EchoedKeyIsRedacted)
{
    const JobRun r = expectFailure(
        FakeResponse::openAiError(401, QStringLiteral("invalid_request_error"),
                                  QStringLiteral("invalid_api_key"),
                                  QStringLiteral("Incorrect API key provided: ") + kKey),
        Kind::Auth);
    EXPECT_FALSE(r.error.serverMessage.contains(kKey));
}

TEST_F(OpenAiTtsTest, InsufficientQuotaIsQuota)
{
    const JobRun r = expectFailure(FakeResponse::insufficientQuota(), Kind::Quota);
    EXPECT_EQ(r.error.httpStatus, 429);
    EXPECT_FALSE(r.error.isRetryable());
}

TEST_F(OpenAiTtsTest, RateLimitCarriesRetryAfter)
{
    const JobRun r = expectFailure(FakeResponse::rateLimited(7), Kind::RateLimited);
    EXPECT_EQ(r.error.retryAfterMs, 7000);
    EXPECT_TRUE(r.error.isRetryable());
}

TEST_F(OpenAiTtsTest, ServerErrorIsServer)
{
    const JobRun r = expectFailure(FakeResponse::serverError(500), Kind::Server);
    EXPECT_EQ(r.error.httpStatus, 500);
    EXPECT_TRUE(r.error.message().contains(QStringLiteral("500")));
}

TEST_F(OpenAiTtsTest, UnknownVoiceIsRejected)
{
    expectFailure(FakeResponse::openAiError(400, QStringLiteral("invalid_request_error"), QString(),
                                            QStringLiteral("Invalid voice 'x'.")),
                  Kind::Rejected);
}

TEST_F(OpenAiTtsTest, JsonInsteadOfAudioIsBadAudio)
{
    const JobRun r =
        expectFailure(FakeResponse::json(200, R"({"object":"speech","ok":true})"), Kind::BadAudio);
    EXPECT_TRUE(r.error.serverMessage.contains(QStringLiteral("application/json")));
}

TEST_F(OpenAiTtsTest, EmptyBodyIsBadAudio)
{
    FakeResponse empty;
    empty.setHeader("Content-Type", "audio/mpeg");
    expectFailure(empty, Kind::BadAudio);
}

TEST_F(OpenAiTtsTest, NonAudioBytesAreBadAudio)
{
    expectFailure(audioResponse("<html>gateway</html>", "audio/mpeg"), Kind::BadAudio);
}

TEST_F(OpenAiTtsTest, CutOffBodyIsNetwork)
{
    const QByteArray wav = espeakWav();
    FakeResponse r;
    r.setHeader("Content-Type", "audio/wav");
    r.setBody(wav);
    r.dropAfterBytes(wav.size() / 2);
    OpenAiTts::Config c = config();
    c.format = OpenAiTts::Format::Wav;
    server.enqueue(kPath, r);
    const JobRun run = say(request(QStringLiteral("Hello.")), c);
    EXPECT_EQ(run.failed, 1);
    EXPECT_EQ(run.error.kind, Kind::Network);
}

TEST_F(OpenAiTtsTest, TooLongInputMakesNoRequest)
{
    OpenAiTts tts(config(), network);
    TtsJob* job = tts.synthesize(request(QString(OpenAiTts::kMaxInputChars + 1, u'a')));
    QSignalSpy failed(job, &TtsJob::failed);
    EXPECT_EQ(failed.count(), 0);
    const JobRun r = waitFor(job);
    EXPECT_EQ(r.error.kind, Kind::InputTooLong);
    EXPECT_TRUE(server.requests().isEmpty());
    // Exactly the limit is sent.
    server.enqueue(kPath, audioResponse(espeakWav(), "audio/wav"));
    OpenAiTts::Config c = config();
    c.format = OpenAiTts::Format::Wav;
    EXPECT_EQ(say(request(QString(OpenAiTts::kMaxInputChars, u'a')), c).finished, 1);
}

TEST_F(OpenAiTtsTest, UnreachableServerIsNetwork)
{
    OpenAiTts::Config c = config();
    server.close();
    const JobRun r = say(request(QStringLiteral("Hello.")), c);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::Network);
}

TEST_F(OpenAiTtsTest, SilentServerTimesOut)
{
    server.enqueue(kPath, audioResponse(espeakWav(), "audio/wav").delayHeaders(3000));
    OpenAiTts::Config c = config();
    c.timeoutMs = 300;
    const JobRun r = say(request(QStringLiteral("Hello.")), c);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::Timeout);
}

TEST_F(OpenAiTtsTest, CancelAbortsTheRequest)
{
    server.enqueue(kPath, audioResponse(espeakWav(), "audio/wav").stallAfterBytes(1000));
    OpenAiTts tts(config(), network);
    TtsJob* job = tts.synthesize(request(QStringLiteral("Hello.")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requests().size() == 1; }, 5000));
    QTest::qWait(50);
    job->cancel();
    const JobRun r = waitFor(job);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
    EXPECT_FALSE(r.error.suggestsLocalVoice());
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 3000));
}

} // namespace
} // namespace st
