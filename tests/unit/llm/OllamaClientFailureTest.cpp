// OllamaClient against FakeLlmServer: every way an /api/chat stream can fail.
#include "core/llm/OllamaClient.h"
#include "support/QtPrinters.h"
#include "unit/llm/ClientTestSupport.h"

#include <QTimer>

namespace st {
namespace {

using namespace clienttest;
using Kind = LlmError::Kind;

const QString kChat = QStringLiteral("/api/chat");

class OllamaClientFailureTest : public ClientFixture
{
protected:
    OllamaClientFailureTest() : ClientFixture(ProviderPreset::Api::Ollama) {}
};

TEST_F(OllamaClientFailureTest, MissingModelIsModelNotFound)
{
    server.enqueue(kChat, FakeResponse::ollamaError(
                              404, QStringLiteral("model 'x' not found, try pulling it first")));
    const StreamRun r = expectFailure(Kind::ModelNotFound);
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("try pulling it first")));
}

TEST_F(OllamaClientFailureTest, OtherNotFoundIsEndpointNotFound)
{
    FakeResponse plain = FakeResponse::json(404, "404 page not found");
    plain.setHeader("Content-Type", "text/plain");
    server.enqueue(kChat, plain);
    expectFailure(Kind::EndpointNotFound);
}

TEST_F(OllamaClientFailureTest, RefusedByAProxyIsAuth)
{
    server.enqueue(kChat, FakeResponse::ollamaError(401, QStringLiteral("unauthorized")));
    expectFailure(Kind::Auth);
}

TEST_F(OllamaClientFailureTest, BusyServerIsRetried)
{
    server.enqueue(kChat, FakeResponse::ollamaError(429, QStringLiteral("server busy"))
                              .setHeader("retry-after-ms", "200"));
    server.enqueue(kChat, FakeResponse::ollamaStream(kFour, 5, 4));
    const StreamRun r = chat();
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.text, kFour.join(QString()));
    ASSERT_EQ(r.retrying.size(), 1);
    EXPECT_EQ(r.retrying.at(0), qMakePair(1, 200));
    const auto requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_GE(requests.at(1).receivedMs - requests.at(0).receivedMs, 180);
}

TEST_F(OllamaClientFailureTest, ServerErrorThenSuccess)
{
    server.enqueue(kChat,
                   FakeResponse::ollamaError(500, QStringLiteral("the model failed to generate "
                                                                 "a response"))
                       .setHeader("retry-after-ms", "20"));
    server.enqueue(kChat, FakeResponse::ollamaError(502, QStringLiteral("bad gateway"))
                              .setHeader("retry-after-ms", "20"));
    const StreamRun r = chat();
    EXPECT_EQ(r.finished, 1);
    EXPECT_EQ(r.text, QStringLiteral("Hello there."));
    EXPECT_EQ(server.requests(kChat).size(), 3);
}

TEST_F(OllamaClientFailureTest, ServerErrorThreeTimesIsServer)
{
    for (int i = 0; i < 3; ++i)
        server.enqueue(kChat, FakeResponse::ollamaError(500, QStringLiteral("oops"))
                                  .setHeader("retry-after-ms", "20"));
    const StreamRun r = expectFailure(Kind::Server, 3);
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("oops")));
}

TEST_F(OllamaClientFailureTest, ConnectionRefusedIsNetwork)
{
    ProviderConfig c = config();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    const StreamRun r = chat(c);
    EXPECT_EQ(r.error.kind, Kind::Network);
    EXPECT_EQ(r.failed, 1);
}

TEST_F(OllamaClientFailureTest, NoHeadersInTimeIsConnectTimeout)
{
    server.enqueue(kChat, FakeResponse::ollamaStream(kFour, 1, 1).delayHeaders(3000));
    ProviderConfig c = config();
    c.connectTimeoutMs = 400;
    expectFailure(Kind::ConnectTimeout, 1, c);
}

TEST_F(OllamaClientFailureTest, SilenceMidStreamIsIdleTimeoutAndKeepsTheText)
{
    const FakeResponse response = FakeResponse::ollamaStream(kFour, 1, 1);
    server.enqueue(kChat, FakeResponse(response).stallAfterBytes(bytesOfPieces(response, 2)));
    ProviderConfig c = config();
    c.idleTimeoutMs = 500;
    const StreamRun r = expectFailure(Kind::IdleTimeout, 1, c);
    EXPECT_EQ(r.text, QStringLiteral("One two"));
}

TEST_F(OllamaClientFailureTest, CutConnectionKeepsTheTextAndIsNotRetried)
{
    const FakeResponse response = FakeResponse::ollamaStream(kFour, 1, 1);
    server.enqueue(kChat, FakeResponse(response).dropAfterBytes(bytesOfPieces(response, 2) + 30));
    const StreamRun r = chat();
    EXPECT_EQ(r.error.kind, Kind::MalformedStream);
    EXPECT_EQ(r.text, QStringLiteral("One two"));
    EXPECT_TRUE(r.retrying.isEmpty());
    EXPECT_EQ(server.requests(kChat).size(), 1);
}

TEST_F(OllamaClientFailureTest, CutAfterWholeLinesWithoutDoneIsMalformed)
{
    const FakeResponse response = FakeResponse::ollamaStream(kFour, 1, 1);
    server.enqueue(kChat, FakeResponse(response).dropAfterBytes(bytesOfPieces(response, 4)));
    const StreamRun r = chat();
    // Qt 6.4 may or may not report the closed connection; either way the reply was cut off.
    EXPECT_EQ(r.error.kind, Kind::MalformedStream);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.text, kFour.join(QString()));
}

TEST_F(OllamaClientFailureTest, ConnectionClosedAfterTheDoneLineIsStillASuccess)
{
    const FakeResponse response = FakeResponse::ollamaStream(kFour, 9, 4);
    server.enqueue(kChat, FakeResponse(response).dropAfterBytes(response.body().size()));
    const StreamRun r = chat();
    EXPECT_EQ(r.finished, 1) << r.failMessage.toStdString();
    EXPECT_EQ(r.text, kFour.join(QString()));
    EXPECT_EQ(r.usage.promptTokens, 9);
}

TEST_F(OllamaClientFailureTest, LineThatIsNotJsonIsMalformed)
{
    const FakeResponse good = FakeResponse::ollamaStream({QStringLiteral("Hi")}, 1, 1);
    FakeResponse bad;
    bad.setHeader("Content-Type", "application/x-ndjson").setChunked(true);
    bad.addPiece(good.pieces().at(0).bytes).addPiece("this is not json\n");
    bad.addPiece(good.pieces().at(1).bytes);
    server.enqueue(kChat, bad);
    const StreamRun r = expectFailure(Kind::MalformedStream);
    EXPECT_EQ(r.text, QStringLiteral("Hi"));
}

TEST_F(OllamaClientFailureTest, ErrorLineInsideTheStream)
{
    server.enqueue(kChat, FakeResponse::ollamaMidStreamError(
                              {QStringLiteral("The keeper"), QStringLiteral(" climbed")},
                              QStringLiteral("an error was encountered while running the model")));
    const StreamRun r = expectFailure(Kind::StreamError);
    EXPECT_EQ(r.error.serverMessage,
              QStringLiteral("an error was encountered while running the model"));
    EXPECT_TRUE(r.failMessage.contains(QStringLiteral("while running the model")));
    EXPECT_EQ(r.text, QStringLiteral("The keeper climbed"));
}

TEST_F(OllamaClientFailureTest, WebPageInsteadOfAStreamIsMalformed)
{
    server.enqueue(kChat, FakeResponse::json(200, "<html><body>It works!</body></html>")
                              .setHeader("Content-Type", "text/html"));
    expectFailure(Kind::MalformedStream);
}

TEST_F(OllamaClientFailureTest, CancelMidStreamKeepsTheText)
{
    server.enqueue(kChat, FakeResponse::longOllamaStream(40).slow(40));
    const auto c = client();
    const auto stream = c->chat(userRequest());
    const StreamRun r = run(*stream, 10000, [&stream] {
        QTimer::singleShot(0, stream.get(), [&stream] { stream->cancel(); });
    });
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.cancelled, 1);
    EXPECT_EQ(r.failed, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
    EXPECT_TRUE(r.text.startsWith(QStringLiteral("word")));
    EXPECT_LT(r.text.size(), 4 + 39 * 5);
}

TEST_F(OllamaClientFailureTest, DestroyingTheStreamMidStreamIsSafe)
{
    server.enqueue(kChat, FakeResponse::longOllamaStream(40).slow(30));
    const auto c = client();
    auto stream = c->chat(userRequest());
    QSignalSpy delta(stream.get(), &ReplyStream::delta);
    stream->start();
    ASSERT_TRUE(delta.wait(5000));
    stream.reset();
    EXPECT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 5000));
}

} // namespace
} // namespace st
