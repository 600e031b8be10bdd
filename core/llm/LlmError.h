#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace st {

/// What went wrong talking to a model server, typed so each case gets its own message
/// and retry rule. message() is for the user: what happened and what to do next. It never
/// contains an API key.
struct LlmError
{
    Q_DECLARE_TR_FUNCTIONS(st::LlmError)

public:
    enum class Kind
    {
        None,
        Auth,             // 401, 403
        ModelNotFound,    // 404 naming the model, Ollama's "model … not found"
        EndpointNotFound, // 404 otherwise: the base URL is wrong
        RateLimit,        // 429 (retried)
        QuotaExceeded,    // 429 insufficient_quota (never retried)
        ContextTooLong,   // 400 context_length_exceeded / exceed_context_size_error
        BadRequest,       // other 4xx
        Server,           // 5xx, 408, 409 (retried)
        Network,          // refused, unreachable, reset, TLS
        ConnectTimeout,   // no answer in time
        IdleTimeout,      // the stream went silent
        Cancelled,        // Stop
        MalformedStream,  // not the protocol, or cut off before its end
        StreamError,      // an error event inside a 200 stream
        NotConfigured,    // no base URL or model
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // the server's words (keys redacted)
    QString code;          // the server's error code or type
    int retryAfterMs = -1; // from retry-after-ms / Retry-After, -1 when absent
    bool shouldRetryHeader = false;
    bool hasShouldRetryHeader = false;

    bool isError() const { return kind != Kind::None; }
    /// Worth another try by itself (before any text arrived).
    bool isRetryable() const;
    QString message() const;
    static QString kindName(Kind kind);
    /// \a text with every occurrence of \a secret (and of its long fragments) masked.
    static QString redact(QString text, const QString& secret);
};

} // namespace st

Q_DECLARE_METATYPE(st::LlmError)
