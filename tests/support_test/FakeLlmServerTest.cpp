// FakeLlmServer over real sockets on 127.0.0.1: what a QNetworkAccessManager client (and,
// for the framing, a plain socket) receives, and what the server records.
#include "support/FakeLlmServer.h"

#include "support/QtPrinters.h"
#include "support_test/HttpFetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");
const QString kOllamaChat = QStringLiteral("/api/chat");
const QStringList kHello{QStringLiteral("Hello"), QStringLiteral(" there.")};

QByteArray chatBody(const QString& content, bool stream = true)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("user")},
                        {QStringLiteral("content"), content}};
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("test-model")},
                     {QStringLiteral("stream"), stream},
                     {QStringLiteral("messages"), QJsonArray{message}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// \a pieces framed as HTTP chunks, with the terminating chunk.
QByteArray chunked(const QVector<FakeBodyPiece>& pieces)
{
    QByteArray wire;
    for (const FakeBodyPiece& piece : pieces)
        wire += QByteArray::number(piece.bytes.size(), 16) + "\r\n" + piece.bytes + "\r\n";
    return wire + "0\r\n\r\n";
}

class FakeLlmServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        manager.setProxy(QNetworkProxy::NoProxy);
    }

    HttpFetch get(const QString& path) { return HttpFetch(manager, server.url(path)); }

    HttpFetch post(const QString& path, const QByteArray& body, HttpFetch::Options options = {})
    {
        options.body = body;
        return HttpFetch(manager, server.url(path), options);
    }

    FakeLlmServer server;
    QNetworkAccessManager manager;
};

TEST_F(FakeLlmServerTest, DefaultOpenAiStreamOnTheWire)
{
    EXPECT_EQ(server.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    const QByteArray body = chatBody(QStringLiteral("Tell me a story"));
    const QByteArray wire = HttpFetch::rawExchange(
        server.port(), "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       "Content-Type: application/json\r\nConnection: close\r\n"
                       "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\n\r\n" + body);

    const FakeResponse expected = FakeResponse::openAiStream(kHello, 5, 4);
    EXPECT_EQ(wire, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                    "x-request-id: req_fake1\r\nTransfer-Encoding: chunked\r\n"
                    "Connection: close\r\n\r\n" +
                        chunked(expected.pieces()));
    EXPECT_TRUE(
        wire.contains(R"("usage":{"prompt_tokens":5,"completion_tokens":4,"total_tokens":9}})"));
    EXPECT_TRUE(wire.endsWith("\r\ndata: [DONE]\n\n\r\n0\r\n\r\n"));
}

TEST_F(FakeLlmServerTest, DefaultOpenAiStreamThroughQt)
{
    const HttpFetch stream = post(kChat, chatBody(QStringLiteral("Tell me a story")));
    EXPECT_TRUE(stream.finished);
    EXPECT_EQ(stream.error, QNetworkReply::NoError);
    EXPECT_EQ(stream.status, 200);
    EXPECT_EQ(stream.header("content-type"), QByteArray("text/event-stream"));
    EXPECT_EQ(stream.header("transfer-encoding"), QByteArray("chunked"));
    EXPECT_EQ(stream.body, FakeResponse::openAiStream(kHello, 5, 4).body());

    const HttpFetch plain = post(kChat, chatBody(QStringLiteral("Hi"), false));
    EXPECT_EQ(plain.header("content-type"), QByteArray("application/json"));
    const QJsonObject completion = QJsonDocument::fromJson(plain.body).object();
    EXPECT_EQ(completion.value(QStringLiteral("object")).toString(),
              QStringLiteral("chat.completion"));
    EXPECT_EQ(plain.header("content-length"), QByteArray::number(plain.body.size()));
}

TEST_F(FakeLlmServerTest, OllamaStream)
{
    const QString korean = QStringLiteral("메리 셀레스트호 이야기");
    const HttpFetch fetched = post(kOllamaChat, chatBody(korean));
    EXPECT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.header("content-type"), QByteArray("application/x-ndjson"));
    EXPECT_EQ(fetched.body, FakeResponse::ollamaStream(kHello, 10, 4).body());

    QList<QByteArray> lines = fetched.body.split('\n');
    ASSERT_EQ(lines.takeLast(), QByteArray()); // every line ends with \n
    ASSERT_EQ(lines.size(), 3);
    QString text;
    for (const QByteArray& line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        ASSERT_FALSE(object.isEmpty()) << line.toStdString();
        text += object.value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString();
    }
    EXPECT_EQ(text, QStringLiteral("Hello there."));
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    EXPECT_TRUE(last.value(QStringLiteral("done")).toBool());
    EXPECT_EQ(last.value(QStringLiteral("done_reason")).toString(), QStringLiteral("stop"));
    EXPECT_EQ(last.value(QStringLiteral("prompt_eval_count")).toInt(), 10);
    EXPECT_EQ(last.value(QStringLiteral("eval_count")).toInt(), 4);

    server.enqueue(kOllamaChat, FakeResponse::ollamaMidStreamError({QStringLiteral("The")},
                                                                   QStringLiteral("died")));
    const HttpFetch broken = post(kOllamaChat, chatBody(korean));
    EXPECT_EQ(broken.status, 200);
    EXPECT_TRUE(broken.body.endsWith("{\"error\":\"died\"}\n"));
}

TEST_F(FakeLlmServerTest, DefaultListsAndEmbeddings)
{
    for (const QString& path : {QStringLiteral("/v1/models"), QStringLiteral("/api/tags")}) {
        const HttpFetch fetched = get(path);
        EXPECT_EQ(fetched.status, 200);
        EXPECT_TRUE(fetched.body.contains(R"("test-model")")) << fetched.body.toStdString();
        EXPECT_TRUE(fetched.body.contains(R"("test-embed")"));
    }
    const QByteArray input = R"({"model":"test-embed","input":["one","two","one"]})";
    const QJsonArray data =
        QJsonDocument::fromJson(post(QStringLiteral("/v1/embeddings"), input).body)
            .object()
            .value(QStringLiteral("data"))
            .toArray();
    ASSERT_EQ(data.size(), 3);
    const QJsonArray first = data.at(0).toObject().value(QStringLiteral("embedding")).toArray();
    EXPECT_EQ(first.size(), 3);
    EXPECT_EQ(first, data.at(2).toObject().value(QStringLiteral("embedding")).toArray());
    EXPECT_NE(first, data.at(1).toObject().value(QStringLiteral("embedding")).toArray());

    const QJsonArray ollama =
        QJsonDocument::fromJson(post(QStringLiteral("/api/embed"), input).body)
            .object()
            .value(QStringLiteral("embeddings"))
            .toArray();
    ASSERT_EQ(ollama.size(), 3);
    EXPECT_EQ(ollama.at(0).toArray(), first);
}

TEST_F(FakeLlmServerTest, ErrorBuildersReachTheClient)
{
    const QVector<FakeResponse> errors{FakeResponse::invalidApiKey(),
                                       FakeResponse::modelNotFound(QStringLiteral("nope")),
                                       FakeResponse::contextTooLong(),
                                       FakeResponse::rateLimited(),
                                       FakeResponse::insufficientQuota(),
                                       FakeResponse::serverError(500),
                                       FakeResponse::serverError(503),
                                       FakeResponse::llamaCppContextError(),
                                       FakeResponse::ollamaError(404, QStringLiteral("no model"))};
    for (const FakeResponse& error : errors)
        server.enqueue(kChat, error);
    for (const FakeResponse& error : errors) {
        const HttpFetch fetched = post(kChat, chatBody(QStringLiteral("Hi")));
        EXPECT_TRUE(fetched.finished);
        EXPECT_EQ(fetched.status, error.status());
        EXPECT_EQ(fetched.reason, error.reasonPhrase());
        EXPECT_EQ(fetched.body, error.body());
        EXPECT_NE(fetched.error, QNetworkReply::NoError);
        EXPECT_TRUE(fetched.header("content-type").startsWith("application/json"));
        EXPECT_TRUE(fetched.header("retry-after").isEmpty());
    }
    EXPECT_EQ(server.queuedResponses(kChat), 0);

    server.enqueue(kChat, FakeResponse::rateLimited(3, 2500));
    const HttpFetch limited = post(kChat, chatBody(QStringLiteral("Hi")));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), QByteArray("3"));
    EXPECT_EQ(limited.header("retry-after-ms"), QByteArray("2500"));
    EXPECT_EQ(limited.header("x-ratelimit-remaining-tokens"), QByteArray("0"));
    EXPECT_TRUE(limited.body.contains(R"("code":"rate_limit_exceeded")"));

    const HttpFetch unknown = get(QStringLiteral("/v1/nothing?x=1"));
    EXPECT_EQ(unknown.status, 404);
    EXPECT_TRUE(unknown.body.startsWith(R"({"error":{"message":"Unknown request URL: GET )"
                                        R"(/v1/nothing. )"));
    EXPECT_TRUE(unknown.body.endsWith(R"("code":"unknown_url"}})"));
}

TEST_F(FakeLlmServerTest, DropAfterBytesCutsTheStream)
{
    const FakeResponse stream = FakeResponse::openAiStream(kHello, 5, 4);
    const QByteArray body = chatBody(QStringLiteral("Hi"));
    const QByteArray request =
        "POST /v1/chat/completions HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;

    // On the wire: 100 body bytes (0x64) in one chunk, then the close; no terminating chunk.
    server.enqueue(kChat, FakeResponse(stream).dropAfterBytes(100));
    QSignalSpy closed(&server, &FakeLlmServer::connectionClosed);
    EXPECT_EQ(HttpFetch::rawExchange(server.port(), request),
              "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nx-request-id: req_fake1\r\n"
              "Transfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n64\r\n" +
                  stream.body().left(100) + "\r\n");
    EXPECT_TRUE(closed.size() == 1 || closed.wait(2000));

    // Through Qt: exactly those bytes, then the end of the reply. Qt 6.4 reports
    // RemoteHostClosedError only some of the time, so the test cannot insist on it.
    server.enqueue(kChat, FakeResponse(stream).dropAfterBytes(100));
    const HttpFetch dropped = post(kChat, body);
    EXPECT_TRUE(dropped.finished);
    EXPECT_EQ(dropped.status, 200);
    EXPECT_EQ(dropped.body, stream.body().left(100));
    EXPECT_TRUE(dropped.error == QNetworkReply::NoError ||
                dropped.error == QNetworkReply::RemoteHostClosedError)
        << dropped.error;

    // The whole stream but no terminating chunk.
    server.enqueue(kChat, FakeResponse(stream).dropAfterBytes(1 << 20));
    const QByteArray unterminated = HttpFetch::rawExchange(server.port(), request);
    EXPECT_TRUE(unterminated.endsWith("\r\ndata: [DONE]\n\n\r\n"));
    EXPECT_FALSE(unterminated.contains("\r\n0\r\n\r\n"));

    // Content-Length framing: a short body.
    const FakeResponse models = FakeResponse::openAiModels({QStringLiteral("a-long-model-name")});
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse(models).dropAfterBytes(20));
    const HttpFetch shortBody = get(QStringLiteral("/v1/models"));
    EXPECT_TRUE(shortBody.finished);
    EXPECT_EQ(shortBody.header("content-length"), QByteArray::number(models.body().size()));
    EXPECT_EQ(shortBody.body, models.body().left(20));
}

TEST_F(FakeLlmServerTest, StallAfterBytesGoesSilent)
{
    const FakeResponse stream = FakeResponse::openAiStream(kHello, 5, 4);
    server.enqueue(kChat, FakeResponse(stream).stallAfterBytes(80));
    HttpFetch::Options options;
    options.quietMs = 300;
    const HttpFetch stalled = post(kChat, chatBody(QStringLiteral("Hi")), options);
    EXPECT_FALSE(stalled.finished);
    EXPECT_EQ(stalled.status, 200);
    EXPECT_EQ(stalled.body, stream.body().left(80));
    ASSERT_FALSE(stalled.arrivalsMs.isEmpty());
    EXPECT_GE(stalled.elapsedMs - stalled.arrivalsMs.last(), 300);
    // HttpFetch aborted the reply: the server sees the connection close.
    QSignalSpy closed(&server, &FakeLlmServer::connectionClosed);
    EXPECT_TRUE(server.openConnections() == 0 || closed.wait(2000));
}

TEST_F(FakeLlmServerTest, DelayHeadersHoldsTheWholeAnswer)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kHello, 5, 4).delayHeaders(300));
    const HttpFetch fetched = post(kChat, chatBody(QStringLiteral("Hi")));
    EXPECT_TRUE(fetched.finished);
    EXPECT_GE(fetched.headersMs, 250);
    EXPECT_EQ(fetched.body, FakeResponse::openAiStream(kHello, 5, 4).body());
}

TEST_F(FakeLlmServerTest, SplitEveryOneReassemblesKorean)
{
    const FakeResponse stream = FakeResponse::openAiStream(
        {QStringLiteral("메리 셀레스트호는 "), QStringLiteral("1872년에 발견되었다.")}, 5, 12);
    server.enqueue(kChat, FakeResponse(stream).splitEvery(1));
    const HttpFetch fetched = post(kChat, chatBody(QStringLiteral("Hi")));
    EXPECT_EQ(fetched.error, QNetworkReply::NoError);
    EXPECT_EQ(fetched.body, stream.body());
    EXPECT_TRUE(QString::fromUtf8(fetched.body).contains(QStringLiteral("발견되었다")));

    // On the wire: one chunk per byte, cutting '메' (EB A9 94) in three.
    server.enqueue(kChat, FakeResponse(stream).splitEvery(1));
    const QByteArray body = chatBody(QStringLiteral("Hi"));
    const QByteArray wire = HttpFetch::rawExchange(
        server.port(), "POST /v1/chat/completions HTTP/1.1\r\nConnection: close\r\n"
                       "Content-Length: " +
                           QByteArray::number(body.size()) + "\r\n\r\n" + body);
    EXPECT_TRUE(wire.contains("1\r\n\xEB\r\n1\r\n\xA9\r\n1\r\n\x94\r\n"));
    const QVector<QByteArray> chunks = HttpFetch::chunksOf(wire);
    EXPECT_EQ(chunks.size(), stream.body().size());
    QByteArray joined;
    for (const QByteArray& chunk : chunks) {
        EXPECT_EQ(chunk.size(), 1);
        joined += chunk;
    }
    EXPECT_EQ(joined, stream.body());
}

TEST_F(FakeLlmServerTest, SlowPacesThePieces)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kHello, 5, 4).slow(60));
    const HttpFetch fetched = post(kChat, chatBody(QStringLiteral("Hi")));
    EXPECT_EQ(fetched.body, FakeResponse::openAiStream(kHello, 5, 4).body());
    EXPECT_GE(fetched.elapsedMs, 5 * 60 * 8 / 10); // 6 pieces, 5 gaps
    EXPECT_GE(fetched.arrivalsMs.size(), 3);
}

TEST_F(FakeLlmServerTest, QueuesArePerPathFirstInFirstOut)
{
    const QString models = QStringLiteral("/v1/models");
    server.enqueue(models, FakeResponse::json(200, "[1]"));
    server.enqueue(models, FakeResponse::json(200, "[2]"));
    server.enqueue(QStringLiteral("/api/tags"), FakeResponse::json(200, "[3]"));
    EXPECT_EQ(server.queuedResponses(models), 2);
    EXPECT_EQ(get(models).body, QByteArray("[1]"));
    EXPECT_EQ(get(models).body, QByteArray("[2]"));
    EXPECT_TRUE(get(models).body.contains("test-model"));
    server.setDefaultResponse(models, FakeResponse::json(200, "[4]"));
    EXPECT_EQ(get(models).body, QByteArray("[4]"));
    EXPECT_EQ(get(models).body, QByteArray("[4]"));
    EXPECT_EQ(get(QStringLiteral("/api/tags")).body, QByteArray("[3]"));
    // Keep-alive: one connection served them all.
    EXPECT_EQ(server.openConnections(), 1);
}

TEST_F(FakeLlmServerTest, AnswersWhatIsNotHttpWith400)
{
    EXPECT_EQ(
        HttpFetch::rawExchange(server.port(), "hello\r\n\r\n"),
        QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(FakeLlmServerTest, RecordsEveryRequest)
{
    QSignalSpy received(&server, &FakeLlmServer::requestReceived);
    HttpFetch::Options options;
    options.headers = {{"Authorization", "Bearer sk-test"}, {"X-Trace", "abc"}};
    const QByteArray body = chatBody(QStringLiteral("Hi"));
    post(kChat + QStringLiteral("?api-version=1"), body, options);
    get(QStringLiteral("/v1/models"));

    const QVector<FakeRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(received.size(), 2);
    EXPECT_EQ(received.at(0).at(0).toString(), kChat);
    const FakeRequest& chat = requests.at(0);
    EXPECT_EQ(chat.method, QByteArray("POST"));
    EXPECT_EQ(chat.path, kChat);
    EXPECT_EQ(chat.query, QStringLiteral("api-version=1"));
    EXPECT_EQ(chat.header("Authorization"), QByteArray("Bearer sk-test"));
    EXPECT_EQ(chat.headers.value("authorization"), QByteArray("Bearer sk-test"));
    EXPECT_EQ(chat.headers.value("x-trace"), QByteArray("abc"));
    EXPECT_EQ(chat.header("content-type"), QByteArray("application/json"));
    EXPECT_EQ(chat.body, body);
    EXPECT_EQ(requests.at(1).method, QByteArray("GET"));
    EXPECT_TRUE(requests.at(1).body.isEmpty());
    EXPECT_GE(chat.receivedMs, 0);
    EXPECT_LE(chat.receivedMs, requests.at(1).receivedMs);
    EXPECT_LE(requests.at(1).receivedMs, server.elapsedMs());
    EXPECT_EQ(server.requests(kChat).size(), 1);
    EXPECT_EQ(server.lastRequest().path, QStringLiteral("/v1/models"));

    server.clearRequests();
    EXPECT_TRUE(server.requests().isEmpty());
    EXPECT_EQ(server.promptTokensReceived(), 0);
}

TEST_F(FakeLlmServerTest, CountsPromptTokensReceived)
{
    const QString english = QStringLiteral("The quick brown fox jumps over the lazy dog");
    const QString korean = QStringLiteral("메리 셀레스트호 이야기를 들려줘");
    EXPECT_EQ(FakeLlmServer::estimateTokens(english), 12);
    EXPECT_EQ(FakeLlmServer::estimateTokens(korean), 14);

    post(kChat, chatBody(english));
    EXPECT_EQ(server.promptTokensReceived(), 12);
    post(kOllamaChat, chatBody(korean));
    get(QStringLiteral("/v1/models"));
    EXPECT_EQ(server.promptTokensReceived(), 12 + 14);
    EXPECT_EQ(server.requests().at(1).promptTokens, 14);
}

} // namespace
} // namespace st
