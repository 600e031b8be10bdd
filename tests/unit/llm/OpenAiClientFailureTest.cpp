// OpenAiClient against FakeLlmServer: every way a chat can fail, with what is retried,
// what is kept, and which error the user sees.
#include "core/llm/OpenAiClient.h"
#include "support/QtPrinters.h"
#include "unit/llm/ClientTestSupport.h"

#include <QElapsedTimer>
#include <QTimer>

namespace st {
namespace {

using namespace clienttest;
using Kind = LlmError::Kind;
using ErrorForm = FakeResponse::ErrorForm;

const QString kChat = QStringLiteral("/v1/chat/completions");

class OpenAiClientFailureTest : public ClientFixture
{
protected:
    OpenAiClientFailureTest() : ClientFixture(ProviderPreset::Api::OpenAi) {}

    /// The ms between the arrival of request \a i and of the one before it.
    qint64 gapBefore(int i) const
    {
        const auto requests = server.requests(kChat);
        return requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
    }
};

TEST_F(OpenAiClientFailureTest, RefusedKeyIsAuth)
{
    server.enqueue(kChat, FakeResponse::invalidApiKey());
    const StreamRun r = expectFailure(Kind::Auth);
    EXPECT_EQ(r.error.httpStatus, 401);
    EXPECT_TRUE(r.text.isEmpty());
}

TEST_F(OpenAiClientFailureTest, MissingModelIsModelNotFound)
{
    server.enqueue(kChat, FakeResponse::modelNotFound(QStringLiteral("test-model")));
    expectFailure(Kind::ModelNotFound);
}

TEST_F(OpenAiClientFailureTest, WrongBaseUrlIsEndpointNotFound)
{
    ProviderConfig c = config();
    c.baseUrl = server.url(QStringLiteral("/api/v2"));
    const StreamRun r = chat(c);
    EXPECT_EQ(r.error.kind, Kind::EndpointNotFound);
    EXPECT_EQ(server.requests(QStringLiteral("/api/v2/chat/completions")).size(), 1);
}

TEST_F(OpenAiClientFailureTest, RateLimitIsRetriedAfterTheHeadersDelay)
{
    server.enqueue(kChat, FakeResponse::rateLimited(-1, 200));
    server.enqueue(kChat, FakeResponse::openAiStream(kFour, 10, 4));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.text, kFour.join(QString()));
    ASSERT_EQ(r.retrying.size(), 1);
    EXPECT_EQ(r.retrying.at(0), qMakePair(1, 200));
    ASSERT_EQ(server.requests(kChat).size(), 2);
    EXPECT_GE(gapBefore(1), 180);
}

TEST_F(OpenAiClientFailureTest, RateLimitThreeTimesGivesUp)
{
    for (int i = 0; i < 3; ++i)
        server.enqueue(kChat, FakeResponse::rateLimited(-1, 30));
    const StreamRun r = expectFailure(Kind::RateLimit, 3);
    EXPECT_EQ(r.retrying.size(), 2);
    EXPECT_EQ(r.error.httpStatus, 429);
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("Rate limit reached")));
}

TEST_F(OpenAiClientFailureTest, RetryAfterSecondsIsHonoured)
{
    server.enqueue(kChat, FakeResponse::rateLimited(1));
    const StreamRun r = chat();
    EXPECT_EQ(r.finished, 1);
    ASSERT_EQ(r.retrying.size(), 1);
    EXPECT_EQ(r.retrying.at(0).second, 1000);
    ASSERT_EQ(server.requests(kChat).size(), 2);
    EXPECT_GE(gapBefore(1), 950);
}

TEST_F(OpenAiClientFailureTest, InsufficientQuotaIsNeverRetried)
{
    server.enqueue(kChat, FakeResponse::insufficientQuota().setHeader("retry-after-ms", "10"));
    const StreamRun r = expectFailure(Kind::QuotaExceeded, 1);
    EXPECT_TRUE(r.retrying.isEmpty());
}

TEST_F(OpenAiClientFailureTest, ContextTooLong)
{
    server.enqueue(kChat, FakeResponse::contextTooLong());
    expectFailure(Kind::ContextTooLong);
    server.clearRequests();
    server.enqueue(kChat, FakeResponse::llamaCppContextError());
    const StreamRun r = expectFailure(Kind::ContextTooLong);
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("13392")));
}

TEST_F(OpenAiClientFailureTest, ServerErrorsAreRetriedWithBackoff)
{
    server.enqueue(kChat, FakeResponse::serverError(500));
    server.enqueue(kChat, FakeResponse::serverError(503));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.text, QStringLiteral("Hello there."));
    ASSERT_EQ(server.requests(kChat).size(), 3);
    ASSERT_EQ(r.retrying.size(), 2);
    // 500 ms, then 1000 ms, each less up to 25 % jitter (and a coarse timer's 5 %).
    EXPECT_GE(r.retrying.at(0).second, 375);
    EXPECT_LE(r.retrying.at(0).second, 500);
    EXPECT_GE(r.retrying.at(1).second, 750);
    EXPECT_LE(r.retrying.at(1).second, 1000);
    EXPECT_GE(gapBefore(1), r.retrying.at(0).second * 95 / 100);
    EXPECT_GE(gapBefore(2), r.retrying.at(1).second * 95 / 100);
}

TEST_F(OpenAiClientFailureTest, ServerErrorThreeTimesIsServer)
{
    for (int i = 0; i < 3; ++i)
        server.enqueue(kChat, FakeResponse::serverError(500).setHeader("retry-after-ms", "20"));
    const StreamRun r = expectFailure(Kind::Server, 3);
    EXPECT_EQ(r.error.httpStatus, 500);
}

TEST_F(OpenAiClientFailureTest, ShouldRetryFalseStopsAtTheFirstAnswer)
{
    server.enqueue(kChat, FakeResponse::serverError(503).setHeader("x-should-retry", "false"));
    expectFailure(Kind::Server, 1);
}

TEST_F(OpenAiClientFailureTest, ConnectionRefusedIsNetwork)
{
    ProviderConfig c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
    const StreamRun r = chat(c);
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.error.kind, Kind::Network);
    EXPECT_EQ(r.failed, 1);
    EXPECT_TRUE(r.retrying.isEmpty());
}

TEST_F(OpenAiClientFailureTest, NoHeadersInTimeIsConnectTimeout)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kFour, 1, 1).delayHeaders(3000));
    ProviderConfig c = config();
    c.connectTimeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    const StreamRun r = expectFailure(Kind::ConnectTimeout, 1, c);
    EXPECT_LT(clock.elapsed(), 2900);
    EXPECT_TRUE(r.text.isEmpty());
}

TEST_F(OpenAiClientFailureTest, SilenceMidStreamIsIdleTimeoutAndKeepsTheText)
{
    const FakeResponse response = FakeResponse::openAiStream(kFour, 1, 1);
    server.enqueue(kChat, FakeResponse(response).stallAfterBytes(bytesOfPieces(response, 3)));
    ProviderConfig c = config();
    c.idleTimeoutMs = 500;
    const StreamRun r = expectFailure(Kind::IdleTimeout, 1, c);
    EXPECT_EQ(r.text, QStringLiteral("One two"));
}

TEST_F(OpenAiClientFailureTest, CutConnectionKeepsTheTextAndIsNotRetried)
{
    const FakeResponse response = FakeResponse::openAiStream(kFour, 1, 1);
    // In the middle of the fourth piece (" three").
    server.enqueue(kChat, FakeResponse(response).dropAfterBytes(bytesOfPieces(response, 3) + 20));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    // Whether or not Qt reports the closed connection, the reply was cut off (not "could not
    // reach the server": it did answer).
    EXPECT_EQ(r.error.kind, Kind::MalformedStream);
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("cut off"))) << r.failMessage.toStdString();
    EXPECT_EQ(r.text, QStringLiteral("One two"));
    EXPECT_EQ(r.failed, 1);
    EXPECT_TRUE(r.retrying.isEmpty());
    EXPECT_EQ(server.requests(kChat).size(), 1);
}

TEST_F(OpenAiClientFailureTest, ConnectionClosedAfterDoneIsStillASuccess)
{
    // Everything up to `data: [DONE]` arrives, but not the terminating chunk.
    const FakeResponse response = FakeResponse::openAiStream(kFour, 9, 4);
    server.enqueue(kChat, FakeResponse(response).dropAfterBytes(response.body().size()));
    const StreamRun r = chat();
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.finished, 1) << r.failMessage.toStdString();
    EXPECT_EQ(r.error.kind, Kind::None);
    EXPECT_EQ(r.text, kFour.join(QString()));
    EXPECT_EQ(r.usage.completionTokens, 4);
}

TEST_F(OpenAiClientFailureTest, StreamWithoutDoneIsMalformed)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kFour, 1, 1, true, false));
    const StreamRun r = expectFailure(Kind::MalformedStream);
    EXPECT_EQ(r.text, kFour.join(QString()));
}

TEST_F(OpenAiClientFailureTest, DataLineThatIsNotJsonIsMalformed)
{
    const FakeResponse good = FakeResponse::openAiStream({QStringLiteral("Hi")}, 1, 1);
    FakeResponse bad;
    bad.setHeader("Content-Type", "text/event-stream").setChunked(true);
    bad.addPiece(good.pieces().at(0).bytes).addPiece(good.pieces().at(1).bytes);
    bad.addPiece("data: this is not json\n\n").addPiece("data: [DONE]\n\n");
    server.enqueue(kChat, bad);
    const StreamRun r = expectFailure(Kind::MalformedStream);
    EXPECT_EQ(r.text, QStringLiteral("Hi"));
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("this is not json")));
}

TEST_F(OpenAiClientFailureTest, ErrorInsideTheStreamInBothForms)
{
    for (ErrorForm form : {ErrorForm::DataError, ErrorForm::LlamaCppErrorField}) {
        SCOPED_TRACE(static_cast<int>(form));
        server.clearRequests();
        server.enqueue(kChat, FakeResponse::openAiMidStreamError(
                                  {QStringLiteral("The keeper"), QStringLiteral(" climbed")},
                                  QStringLiteral("The slot crashed"),
                                  QStringLiteral("server_error"), form));
        const StreamRun r = expectFailure(Kind::StreamError);
        EXPECT_EQ(r.error.serverMessage, QStringLiteral("The slot crashed"));
        EXPECT_TRUE(r.failMessage.contains(QStringLiteral("The slot crashed")));
        EXPECT_EQ(r.text, QStringLiteral("The keeper climbed"));
    }
}

TEST_F(OpenAiClientFailureTest, WebPageInsteadOfAStreamIsMalformed)
{
    server.enqueue(kChat, FakeResponse::json(200, "<!DOCTYPE html><html><body>Login to the "
                                                  "captive portal</body></html>")
                              .setHeader("Content-Type", "text/html; charset=utf-8"));
    const StreamRun r = expectFailure(Kind::MalformedStream);
    EXPECT_TRUE(r.text.isEmpty());
}

TEST_F(OpenAiClientFailureTest, CancelMidStreamKeepsTheText)
{
    server.enqueue(kChat, FakeResponse::longOpenAiStream(40).slow(40));
    const auto c = client();
    const auto stream = c->chat(userRequest());
    const StreamRun r = run(*stream, 10000, [&stream] {
        QTimer::singleShot(0, stream.get(), [&stream] { stream->cancel(); });
    });
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.cancelled, 1);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
    EXPECT_TRUE(r.text.startsWith(QStringLiteral("word")));
    EXPECT_LT(r.text.size(), 4 + 39 * 5); // not the whole reply
    EXPECT_EQ(r.text, r.deltas.join(QString()));
    // A second cancel, and the rest of the stream, change nothing.
    stream->cancel();
    QTest::qWait(100);
    EXPECT_EQ(stream->text(), r.text);
}

TEST_F(OpenAiClientFailureTest, CancelFromInsideADeltaHandler)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kFour, 1, 1));
    const auto c = client();
    const auto stream = c->chat(userRequest());
    const StreamRun r = run(*stream, 10000, [&stream] { stream->cancel(); });
    EXPECT_EQ(r.cancelled, 1);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
    EXPECT_EQ(r.text, QStringLiteral("One"));
}

TEST_F(OpenAiClientFailureTest, DestroyingTheStreamMidStreamIsSafe)
{
    server.enqueue(kChat, FakeResponse::longOpenAiStream(40).slow(30));
    const auto c = client();
    auto stream = c->chat(userRequest());
    QSignalSpy delta(stream.get(), &ReplyStream::delta);
    stream->start();
    ASSERT_TRUE(delta.wait(5000));
    stream.reset();
    QTest::qWait(200);
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 5000));

    // Also while it waits to retry.
    server.enqueue(kChat, FakeResponse::serverError(503).setHeader("retry-after-ms", "300"));
    auto waiting = c->chat(userRequest());
    QSignalSpy retrying(waiting.get(), &ReplyStream::retrying);
    waiting->start();
    ASSERT_TRUE(retrying.wait(5000));
    waiting.reset();
    QTest::qWait(500);
    EXPECT_EQ(server.requests(kChat).size(), 2);
}

} // namespace
} // namespace st
