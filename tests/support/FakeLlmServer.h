#pragma once

#include "support/FakeRequest.h"
#include "support/FakeResponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>
#include <QVector>

class QTcpServer;

namespace st {

class FakeLlmConnection;

/// A real HTTP/1.1 server on 127.0.0.1 that answers like an OpenAI-compatible API and
/// like Ollama's native API, for tests. It runs on the caller's event loop (no threads):
/// a test must spin the loop (QSignalSpy::wait, QTRY_…, a QEventLoop) while a client
/// talks to it.
///
/// Answers are scripted per path with enqueue() (first in, first out). A path with no
/// scripted answer left gets its default response (setDefaultResponse()), or else:
/// - POST /v1/chat/completions: "Hello there." as an OpenAI SSE stream (role chunk, the
///   deltas "Hello" and " there.", finish chunk, usage chunk, [DONE]); a non-streamed
///   chat.completion when the body says `"stream":false`.
/// - POST /api/chat: the same as Ollama NDJSON (a single object for `"stream":false`).
///   Usage / counts: the request's estimated prompt tokens, and 4 completion tokens.
/// - GET /v1/models: "test-model" and "test-embed"; GET /api/tags: the same names.
/// - POST /v1/embeddings, /api/embed: one 3-dimensional unit vector per input, the same
///   for the same text (derived from its hash).
/// - any other path: 404 with an OpenAI error body (code "unknown_url").
/// The server adds `x-request-id: req_fake<N>` to every answer that has none.
class FakeLlmServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeLlmServer(QObject* parent = nullptr);
    ~FakeLlmServer() override;

    /// Listens on 127.0.0.1:\a port (0: any free port); false when it cannot.
    bool listen(quint16 port = 0);
    bool isListening() const;
    /// Stops listening and closes every connection.
    void close();
    quint16 port() const;
    /// "http://127.0.0.1:PORT"
    QUrl baseUrl() const;
    /// baseUrl() with \a path, e.g. url("/v1/models").
    QUrl url(const QString& path) const;

    /// Answers the next request to \a path (without query) with \a response, after those
    /// enqueued before it.
    void enqueue(const QString& path, const FakeResponse& response);
    /// Answers every request to \a path with \a response once its queue is empty.
    void setDefaultResponse(const QString& path, const FakeResponse& response);
    /// Removes every enqueued and default response.
    void clearResponses();
    /// Responses still enqueued for \a path.
    int queuedResponses(const QString& path) const;

    /// Every request received, oldest first.
    QVector<FakeRequest> requests() const { return m_requests; }
    /// The requests to \a path.
    QVector<FakeRequest> requests(const QString& path) const;
    /// The newest request (an empty one when there is none).
    FakeRequest lastRequest() const;
    void clearRequests();
    /// The sum of FakeRequest::promptTokens over the recorded requests: the estimated
    /// prompt tokens of the chat, completion and embedding requests (FakeTokenizer).
    qint64 promptTokensReceived() const;
    /// FakeTokenizer::estimateTokens: 1 per Han/Hangul/kana character, ceil(n / 4) per other
    /// run of n letters and digits, 0 for spaces and punctuation.
    static int estimateTokens(const QString& text);

    /// Connections currently open.
    int openConnections() const { return int(m_connections.size()); }
    /// Milliseconds since listen() (the clock of FakeRequest::receivedMs).
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    /// The answer the server gives \a request when nothing is scripted for its path.
    static FakeResponse builtInResponse(const FakeRequest& request);
    /// The built-in embedding of \a text: 3 floats, unit length.
    static QVector<float> embeddingFor(const QString& text);

Q_SIGNALS:
    /// A complete request to \a path was recorded and its answer chosen (not yet written).
    void requestReceived(const QString& path);
    /// A client connection was closed, by either side.
    void connectionClosed();

private:
    void onNewConnection();
    FakeResponse respond(FakeRequest& request);

    QTcpServer* m_server;
    QElapsedTimer m_clock;
    QHash<QString, QQueue<FakeResponse>> m_queues;
    QHash<QString, FakeResponse> m_defaults;
    QVector<FakeRequest> m_requests;
    QVector<FakeLlmConnection*> m_connections;
    int m_responseCount = 0;
};

} // namespace st
