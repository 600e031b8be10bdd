#pragma once

#include "core/llm/LlmError.h"
#include "core/llm/TokenUsage.h"
#include "core/util/JsonInput.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace st {

/// Turns the body bytes of a streaming chat reply into text pieces, usage and the end
/// marker, for one API's wire format (OpenAiStreamDecoder, OllamaStreamDecoder). What the
/// two share is here: the key to redact, the end marker, and the errors of a malformed
/// stream.
class StreamDecoder
{
public:
    struct Output
    {
        QStringList deltas;
        bool done = false;    // the server said the reply is complete
        TokenUsage usage;     // set when reported
        LlmError error;       // an error inside the stream, or a malformed one
        QString finishReason; // stop, length, …
    };

    virtual ~StreamDecoder() = default;
    virtual Output feed(const QByteArray& bytes) = 0;
    virtual Output finish() = 0;

protected:
    using Json = JsonInput::Json;

    /// \a secret (the API key) is redacted from the server's error messages.
    explicit StreamDecoder(QString secret = {}) : m_secret(std::move(secret)) {}

    const QString& secret() const { return m_secret; }
    bool isDone() const { return m_done; }
    void setDone() { m_done = true; }
    /// Whether what comes next is ignored: after the end marker or an error.
    bool ignores(const Output& out) const { return m_done || out.error.isError(); }

    /// True when \a parsed is a JSON object; otherwise sets a MalformedStream error in \a out
    /// that says what it was and shows \a sample (the start of what arrived).
    static bool expectObject(const JsonInput::Parsed& parsed, const QString& sample, Output& out);
    /// A MalformedStream error in \a out when the parser \a overflowed (one \a unit, an event
    /// or a line, of more than \a maxBytes) and nothing else went wrong.
    void checkOverflow(Output& out, bool overflowed, const QString& unit, qint64 maxBytes) const;
    /// A token count member of \a object (0 to INT_MAX), or -1.
    static int tokens(const Json& object, const char* key);

private:
    QString m_secret;
    bool m_done = false;
};

} // namespace st
