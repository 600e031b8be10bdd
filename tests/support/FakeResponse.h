#pragma once

#include "support/FakeBodyPiece.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace st {

/// What FakeLlmServer answers to one request: status, headers, a body in pieces written
/// with delays, and how the answer fails, if it does.
///
/// The builders write the bytes of shared/protocols.md. Every OpenAI stream uses
/// id "chatcmpl-fake0001", created 1721631035, model "test-model" and system_fingerprint
/// "fp_fake"; every Ollama line uses model "test-model" and created_at
/// "2024-07-22T06:50:35.123456789Z". One SSE event (or one NDJSON line) is one piece.
///
/// The modifiers return *this, so they chain on a builder:
/// \code
/// server.enqueue(QStringLiteral("/v1/chat/completions"),
///                FakeResponse::openAiStream({QStringLiteral("Hi")}, 5, 1).dropAfterBytes(40));
/// \endcode
class FakeResponse
{
public:
    /// The two ways an OpenAI-compatible server reports an error inside a stream.
    enum class ErrorForm
    {
        DataError,         ///< `data: {"error":{…}}` and the stream ends (OpenAI, new llama.cpp)
        LlamaCppErrorField ///< `error: {…}` then `data: [DONE]` (older llama.cpp)
    };

    /// 200 OK, no body, Content-Length framing.
    FakeResponse() = default;

    // ---- What it is

    int status() const { return m_status; }
    /// The reason phrase given, or the standard one for status().
    QByteArray reasonPhrase() const;
    /// The headers in the order they are written (the server adds Content-Length or
    /// Transfer-Encoding, and Connection, unless they are here).
    const QVector<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    /// The value of header \a name (any case), or an empty array.
    QByteArray header(const QByteArray& name) const;
    /// The pieces as scripted.
    const QVector<FakeBodyPiece>& pieces() const { return m_pieces; }
    /// The pieces as written: re-cut by splitEvery() and paced by slow().
    QVector<FakeBodyPiece> piecesToSend() const;
    /// All body bytes.
    QByteArray body() const;
    bool isChunked() const { return m_chunked; }
    qint64 dropAfter() const { return m_dropAfter; }
    qint64 stallAfter() const { return m_stallAfter; }
    int headerDelayMs() const { return m_headerDelayMs; }
    bool closesConnection() const { return m_close; }

    // ---- Changing it

    FakeResponse& setStatus(int status, const QByteArray& reasonPhrase = QByteArray());
    /// Sets header \a name, replacing one of the same name (any case).
    FakeResponse& setHeader(const QByteArray& name, const QByteArray& value);
    /// Appends a piece written \a delayMs after the previous one (or after the headers).
    FakeResponse& addPiece(const QByteArray& bytes, int delayMs = 0);
    /// Replaces the body with one piece.
    FakeResponse& setBody(const QByteArray& bytes);
    /// `Transfer-Encoding: chunked` (true, streams) or `Content-Length` (false).
    FakeResponse& setChunked(bool chunked);
    /// After \a n body bytes (or the whole body, when shorter) the server closes the
    /// connection: no terminating chunk; with Content-Length the body is short.
    /// Beware: Qt 6.4's QNetworkReply often finishes such a reply with NoError (it reports
    /// RemoteHostClosedError only now and then), so a client must notice the cut itself: no
    /// `data: [DONE]` / `"done":true`, or fewer bytes than Content-Length.
    FakeResponse& dropAfterBytes(qint64 n);
    /// After \a n body bytes (or the whole body, when shorter) the server writes nothing
    /// more and keeps the connection open until the client closes it.
    FakeResponse& stallAfterBytes(qint64 n);
    /// The server accepts the connection and reads the request, then writes nothing for
    /// \a ms before the status line.
    FakeResponse& delayHeaders(int ms);
    /// Re-cuts the body into pieces of \a n bytes (the last may be shorter), cutting
    /// through UTF-8 characters and SSE events alike. A new piece keeps the delay of the
    /// scripted piece it starts in, when it starts exactly there; 0 otherwise.
    FakeResponse& splitEvery(int n);
    /// \a ms before every piece but the first (which follows the headers at once, or after
    /// its own delay).
    FakeResponse& slow(int msPerPiece);
    /// `Connection: close`, and the server closes the connection after this response.
    FakeResponse& closeAfterResponse();

    // ---- Plain responses

    /// \a body as application/json with Content-Length.
    static FakeResponse json(int status, const QByteArray& body);
    /// 404 with an OpenAI error body naming \a method and \a path (unknown_url).
    static FakeResponse notFound(const QByteArray& method, const QString& path);

    // ---- OpenAI-compatible (FakeResponseOpenAi.cpp)

    /// A chat completion stream: role chunk, one chunk per delta, finish chunk ("stop"),
    /// the usage chunk (when \a includeUsage), and `data: [DONE]` (when \a done).
    static FakeResponse openAiStream(const QStringList& deltas, int promptTokens,
                                     int completionTokens, bool includeUsage = true,
                                     bool done = true);
    /// `tokens` deltas "word", " word", " word", … (usage: 12 prompt, \a tokens completion).
    static FakeResponse longOpenAiStream(int tokens);
    /// A non-streamed chat.completion object.
    static FakeResponse openAiCompletion(const QString& content, int promptTokens,
                                         int completionTokens);
    /// Role chunk and \a deltasBefore, then the error in \a form (status 200, chunked).
    /// DataError: `data: {"error":{"message":…,"type":"server_error","param":null,"code":…}}`
    /// and the stream ends. LlamaCppErrorField: `error: {"code":500,"message":…,
    /// "type":"server_error"}` then `data: [DONE]` (\a code unused).
    static FakeResponse openAiMidStreamError(const QStringList& deltasBefore,
                                             const QString& message, const QString& code,
                                             ErrorForm form = ErrorForm::DataError);
    /// `{"error":{"message":…,"type":…,"param":null,"code":…}}`, code null when empty.
    static FakeResponse openAiError(int status, const QString& type, const QString& code,
                                    const QString& message);
    static FakeResponse invalidApiKey();                     ///< 401 invalid_api_key
    static FakeResponse modelNotFound(const QString& model); ///< 404 model_not_found
    static FakeResponse contextTooLong();                    ///< 400 context_length_exceeded
    /// 429 rate_limit_exceeded (type "tokens"), with `Retry-After: <s>` when
    /// \a retryAfterSeconds >= 0 and `retry-after-ms: <ms>` when \a retryAfterMs >= 0, and
    /// the x-ratelimit-* headers.
    static FakeResponse rateLimited(int retryAfterSeconds = -1, int retryAfterMs = -1);
    static FakeResponse insufficientQuota(); ///< 429 insufficient_quota (not to be retried)
    /// 500 ("The server had an error…") or 503 ("That model is currently overloaded…"),
    /// type server_error, code null; other statuses get the 500 message.
    static FakeResponse serverError(int status = 500);
    /// llama-server's 400 with an integer code: exceed_context_size_error.
    static FakeResponse llamaCppContextError(int promptTokens = 13392, int contextSize = 8192);
    /// `{"object":"list","data":[{"id":…,"object":"model","created":…,"owned_by":…}]}`
    static FakeResponse openAiModels(const QStringList& ids);
    /// One `embedding` object per vector, model "test-embed".
    static FakeResponse openAiEmbeddings(const QVector<QVector<float>>& vectors,
                                         int promptTokens = 0);

    // ---- Ollama native (FakeResponseOllama.cpp)

    /// application/x-ndjson: one line per delta (done:false), then done:true with
    /// done_reason "stop", the durations and the counts.
    static FakeResponse ollamaStream(const QStringList& deltas, int promptEvalCount, int evalCount);
    /// `tokens` deltas like longOpenAiStream().
    static FakeResponse longOllamaStream(int tokens);
    /// The single object of a `"stream":false` chat.
    static FakeResponse ollamaChat(const QString& content, int promptEvalCount, int evalCount);
    /// Lines for \a deltasBefore, then `{"error":"…"}` (status 200).
    static FakeResponse ollamaMidStreamError(const QStringList& deltasBefore,
                                             const QString& message);
    /// `{"error":"…"}` with \a status.
    static FakeResponse ollamaError(int status, const QString& message);
    /// /api/tags with one model per name.
    static FakeResponse ollamaTags(const QStringList& names);
    /// /api/embed: `{"model":"test-embed","embeddings":[[…]],…}`.
    static FakeResponse ollamaEmbed(const QVector<QVector<float>>& vectors,
                                    int promptEvalCount = 0);

private:
    static FakeResponse stream(const QByteArray& contentType, const QVector<QByteArray>& pieces);

    int m_status = 200;
    QByteArray m_reason;
    QVector<QPair<QByteArray, QByteArray>> m_headers;
    QVector<FakeBodyPiece> m_pieces;
    bool m_chunked = false;
    qint64 m_dropAfter = -1;
    qint64 m_stallAfter = -1;
    int m_headerDelayMs = 0;
    int m_splitEvery = 0;
    int m_msPerPiece = -1;
    bool m_close = false;
};

} // namespace st
