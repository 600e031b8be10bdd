#include "core/llm/OllamaStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"

namespace st {

OllamaStreamDecoder::OllamaStreamDecoder(QString secret) : StreamDecoder(std::move(secret)) {}

StreamDecoder::Output OllamaStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const QByteArray& line : m_parser.feed(bytes))
        handle(line, out);
    checkOverflow(out, m_parser.overflowed(), QStringLiteral("line"), NdjsonParser::kMaxLineBytes);
    out.done = isDone();
    return out;
}

StreamDecoder::Output OllamaStreamDecoder::finish()
{
    Output out;
    const QByteArray last = m_parser.finish();
    if (!last.trimmed().isEmpty())
        handle(last, out);
    out.done = isDone();
    return out;
}

void OllamaStreamDecoder::handle(const QByteArray& line, Output& out)
{
    if (ignores(out))
        return;
    const JsonInput::Parsed parsed = JsonInput::parse(line);
    if (!expectObject(parsed, QString::fromUtf8(line.left(80)), out))
        return;
    const Json& chunk = parsed.value;
    if (chunk.contains("error")) {
        out.error = HttpErrorClassifier::fromStreamError(line, secret());
        return;
    }
    if (const Json* message = JsonInput::member(chunk, "message")) {
        const QString piece = JsonInput::string(*message, "content").value_or(QString());
        if (!piece.isEmpty())
            out.deltas.append(piece);
    }
    if (JsonInput::boolean(chunk, "done").value_or(false)) {
        setDone();
        out.finishReason = JsonInput::string(chunk, "done_reason").value_or(QStringLiteral("stop"));
        out.usage.promptTokens = tokens(chunk, "prompt_eval_count");
        out.usage.completionTokens = tokens(chunk, "eval_count");
    }
}

} // namespace st
