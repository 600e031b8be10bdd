#include "core/llm/OllamaStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"
#include "core/util/JsonInput.h"

#include <limits>

namespace st {

OllamaStreamDecoder::OllamaStreamDecoder(QString secret) : m_secret(std::move(secret)) {}

StreamDecoder::Output OllamaStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const QByteArray& line : m_parser.feed(bytes))
        handle(line, out);
    if (m_parser.overflowed() && !out.error.isError() && !m_done) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage = QStringLiteral("more than %1 MB in one line")
                                      .arg(NdjsonParser::kMaxLineBytes / (1024 * 1024));
    }
    out.done = m_done;
    return out;
}

StreamDecoder::Output OllamaStreamDecoder::finish()
{
    Output out;
    const QByteArray last = m_parser.finish();
    if (!last.trimmed().isEmpty())
        handle(last, out);
    out.done = m_done;
    return out;
}

void OllamaStreamDecoder::handle(const QByteArray& line, Output& out)
{
    if (out.error.isError() || m_done)
        return;
    using Json = JsonInput::Json;
    const JsonInput::Parsed parsed = JsonInput::parse(line);
    if (!parsed.ok() || !parsed.value.is_object()) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage =
            (parsed.ok() ? QStringLiteral("not a JSON object") : parsed.message()) +
            QStringLiteral(": ") + QString::fromUtf8(line.left(80));
        return;
    }
    const Json& chunk = parsed.value;
    if (chunk.contains("error")) {
        out.error = HttpErrorClassifier::fromStreamError(line, m_secret);
        return;
    }
    if (const Json* message = JsonInput::member(chunk, "message")) {
        const QString piece = JsonInput::string(*message, "content").value_or(QString());
        if (!piece.isEmpty())
            out.deltas.append(piece);
    }
    if (JsonInput::boolean(chunk, "done").value_or(false)) {
        constexpr qint64 kMaxTokens = std::numeric_limits<int>::max();
        m_done = true;
        out.finishReason = JsonInput::string(chunk, "done_reason").value_or(QStringLiteral("stop"));
        out.usage.promptTokens =
            int(JsonInput::integer(chunk, "prompt_eval_count", 0, kMaxTokens).value_or(-1));
        out.usage.completionTokens =
            int(JsonInput::integer(chunk, "eval_count", 0, kMaxTokens).value_or(-1));
    }
}

} // namespace st
