// What the queue does when a voice or the player fails: a cloud failure falls back to the
// local voice (real espeak-ng behind an OpenAiTts that the loopback server refuses), a local
// failure or an unplayable sound stops narration with a message.
#include "core/tts/EspeakTts.h"
#include "core/tts/NarrationQueue.h"
#include "core/tts/OpenAiTts.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeLlmServer.h"
#include "support/FakeTtsProvider.h"
#include "unit/tts/TtsTestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Kind = TtsError::Kind;
using State = NarrationQueue::State;
const QString kPath = QStringLiteral("/v1/audio/speech");

class NarrationQueueFailureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        network.setProxy(QNetworkProxy::NoProxy);
    }

    std::unique_ptr<OpenAiTts> cloud()
    {
        OpenAiTts::Config c;
        c.baseUrl = server.url(QStringLiteral("/v1"));
        c.apiKey = QStringLiteral("sk-test");
        return std::make_unique<OpenAiTts>(c, network);
    }

    bool waitIdle(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return queue.state() == State::Idle; }, ms);
    }

    /// The cloud voice answers \a response; everything is read by espeak-ng instead.
    void expectFallback(const FakeResponse& response, Kind kind)
    {
        if (!ttstest::hasProgram(QStringLiteral("espeak-ng")))
            GTEST_SKIP() << "espeak-ng is not installed";
        server.setDefaultResponse(kPath, response);
        auto openai = cloud();
        EspeakTts local;
        queue.setProvider(openai.get());
        queue.setFallback(&local);
        QSignalSpy fellBack(&queue, &NarrationQueue::fellBack);
        QSignalSpy failed(&queue, &NarrationQueue::failed);
        QSignalSpy finished(&queue, &NarrationQueue::messageFinished);
        queue.speak(1, QStringLiteral("The ship was found. Nobody was aboard."), {});
        ASSERT_TRUE(waitIdle());
        ASSERT_EQ(fellBack.count(), 1);
        const auto error = fellBack.at(0).at(0).value<TtsError>();
        EXPECT_EQ(error.kind, kind) << TtsError::kindName(error.kind).toStdString();
        EXPECT_FALSE(error.message().isEmpty());
        EXPECT_EQ(failed.count(), 0);
        EXPECT_EQ(finished.count(), 1);
        ASSERT_EQ(player.played.size(), 2); // both sentences, in the local voice
        for (const TtsAudio& audio : player.played)
            EXPECT_TRUE(TtsAudio::looksLikeWav(audio.bytes));
        EXPECT_EQ(queue.activeProvider(), &local);
        queue.setProvider(nullptr);
        queue.setFallback(nullptr);
    }

    FakeLlmServer server;
    QNetworkAccessManager network;
    FakeAudioPlayer player;
    NarrationQueue queue{player};
};

TEST_F(NarrationQueueFailureTest, RefusedKeyFallsBackToTheLocalVoice)
{
    expectFallback(FakeResponse::invalidApiKey(), Kind::Auth);
}

TEST_F(NarrationQueueFailureTest, NoQuotaFallsBackToTheLocalVoice)
{
    expectFallback(FakeResponse::openAiError(429, QStringLiteral("insufficient_quota"),
                                             QStringLiteral("insufficient_quota"),
                                             QStringLiteral("You exceeded your current quota.")),
                   Kind::Quota);
}

TEST_F(NarrationQueueFailureTest, RateLimitFallsBackToTheLocalVoice)
{
    expectFallback(FakeResponse::openAiError(429, QStringLiteral("requests"),
                                             QStringLiteral("rate_limit_exceeded"),
                                             QStringLiteral("Rate limit reached.")),
                   Kind::RateLimited);
}

TEST_F(NarrationQueueFailureTest, ServerErrorFallsBackToTheLocalVoice)
{
    expectFallback(FakeResponse::openAiError(503, QStringLiteral("server_error"), QString(),
                                             QStringLiteral("Overloaded")),
                   Kind::Server);
}

TEST_F(NarrationQueueFailureTest, UndecodableAudioFallsBackToTheLocalVoice)
{
    FakeResponse notAudio;
    notAudio.setHeader("Content-Type", "audio/mpeg");
    notAudio.setBody("this is not audio at all, just text");
    expectFallback(notAudio, Kind::BadAudio);
}

TEST_F(NarrationQueueFailureTest, MissingEspeakStopsNarrationWithAMessage)
{
    EspeakTts missing(QStringLiteral("/nonexistent/espeak-ng"));
    queue.setProvider(&missing);
    QSignalSpy failed(&queue, &NarrationQueue::failed);
    queue.speak(1, QStringLiteral("One. Two."), {});
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<TtsError>();
    EXPECT_EQ(error.kind, Kind::EngineMissing);
    EXPECT_TRUE(error.message().contains(QStringLiteral("espeak-ng")));
    EXPECT_TRUE(player.played.isEmpty());
    queue.setProvider(nullptr);
}

TEST_F(NarrationQueueFailureTest, FallbackFailingToStopsNarration)
{
    FakeTtsProvider broken(QStringLiteral("openai"));
    broken.failAll = Kind::Auth;
    EspeakTts missing(QStringLiteral("/nonexistent/espeak-ng"));
    queue.setProvider(&broken);
    queue.setFallback(&missing);
    QSignalSpy fellBack(&queue, &NarrationQueue::fellBack);
    QSignalSpy failed(&queue, &NarrationQueue::failed);
    queue.speak(1, QStringLiteral("One. Two."), {});
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(fellBack.count(), 1);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<TtsError>().kind, Kind::EngineMissing);
    queue.setProvider(nullptr);
    queue.setFallback(nullptr);
}

TEST_F(NarrationQueueFailureTest, NoAudioDeviceStopsNarrationWithAMessage)
{
    FakeTtsProvider voice;
    FakeTtsProvider local(QStringLiteral("espeak"));
    queue.setProvider(&voice);
    queue.setFallback(&local);
    player.failWith = Kind::NoAudioDevice;
    QSignalSpy failed(&queue, &NarrationQueue::failed);
    QSignalSpy fellBack(&queue, &NarrationQueue::fellBack);
    queue.speak(1, QStringLiteral("One. Two."), {});
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<TtsError>();
    EXPECT_EQ(error.kind, Kind::NoAudioDevice);
    EXPECT_TRUE(error.isPlayback());
    EXPECT_FALSE(error.suggestsLocalVoice());
    EXPECT_FALSE(error.message().isEmpty());
    EXPECT_EQ(fellBack.count(), 0); // another voice would not help
    EXPECT_EQ(player.played.size(), 1);
    queue.setProvider(nullptr);
    queue.setFallback(nullptr);
}

} // namespace
} // namespace st
