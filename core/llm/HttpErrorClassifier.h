#pragma once

#include "core/llm/LlmError.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace st {

/// Turns an HTTP error answer or an error object inside a stream into an LlmError, for
/// OpenAI-style bodies ({"error":{"message","type","code"}}), llama.cpp's (integer
/// code), Ollama's ({"error":"…"}) and plain text; reads retry-after-ms and Retry-After
/// (seconds or an HTTP date) and x-should-retry.
class HttpErrorClassifier
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static LlmError fromHttp(int status, const QByteArray& body, const Headers& headers,
                             const QString& secret = {}, qint64 nowMs = -1);
    /// An error inside a 200 stream: the JSON of a `data: {"error":…}` event, of llama.cpp's
    /// `error:` field, or of Ollama's final `{"error":"…"}` line.
    static LlmError fromStreamError(const QByteArray& json, const QString& secret = {});
    static int retryAfterMs(const Headers& headers, qint64 nowMs);
};

} // namespace st
