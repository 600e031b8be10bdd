#include "core/llm/OllamaStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"

#include <nlohmann/json.hpp>

namespace st {

OllamaStreamDecoder::OllamaStreamDecoder(QString secret) : m_secret(std::move(secret)) {}

StreamDecoder::Output OllamaStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const QByteArray& line : m_parser.feed(bytes))
        handle(line, out);
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
    using nlohmann::json;
    const json chunk = json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
    if (chunk.is_discarded() || !chunk.is_object()) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage = QStringLiteral("not JSON: ") + QString::fromUtf8(line.left(80));
        return;
    }
    if (chunk.contains("error")) {
        out.error = HttpErrorClassifier::fromStreamError(line, m_secret);
        return;
    }
    if (const auto message = chunk.find("message"); message != chunk.end() && message->is_object()) {
        const auto content = message->find("content");
        if (content != message->end() && content->is_string()) {
            const QString piece = QString::fromStdString(content->get<std::string>());
            if (!piece.isEmpty())
                out.deltas.append(piece);
        }
    }
    if (chunk.value("done", false)) {
        m_done = true;
        out.finishReason = QString::fromStdString(chunk.value("done_reason", std::string("stop")));
        out.usage.promptTokens = chunk.value("prompt_eval_count", -1);
        out.usage.completionTokens = chunk.value("eval_count", -1);
    }
}

} // namespace st
