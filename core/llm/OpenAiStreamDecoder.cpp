#include "core/llm/OpenAiStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"

#include <nlohmann/json.hpp>

namespace st {

OpenAiStreamDecoder::OpenAiStreamDecoder(QString secret) : m_secret(std::move(secret)) {}

StreamDecoder::Output OpenAiStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const SseEvent& event : m_parser.feed(bytes))
        handle(event, out);
    out.done = m_done;
    return out;
}

StreamDecoder::Output OpenAiStreamDecoder::finish()
{
    Output out;
    for (const SseEvent& event : m_parser.finish())
        handle(event, out);
    out.done = m_done;
    return out;
}

void OpenAiStreamDecoder::handle(const SseEvent& event, Output& out)
{
    if (out.error.isError() || m_done)
        return;
    const QByteArray data = event.data.toUtf8();
    if (event.type == QLatin1String("error")) {
        out.error = HttpErrorClassifier::fromStreamError(data, m_secret);
        return;
    }
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return;
    }
    using nlohmann::json;
    const json chunk = json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
    if (chunk.is_discarded() || !chunk.is_object()) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage = QStringLiteral("not JSON: ") + event.data.left(80);
        return;
    }
    if (const auto error = chunk.find("error"); error != chunk.end() && !error->is_null() &&
                                                !(error->is_boolean() && !error->get<bool>())) {
        out.error = HttpErrorClassifier::fromStreamError(data, m_secret);
        return;
    }
    if (const auto choices = chunk.find("choices"); choices != chunk.end() && choices->is_array()) {
        for (const json& choice : *choices) {
            if (choice.value("index", 0) != 0)
                continue;
            const auto delta = choice.find("delta");
            if (delta != choice.end() && delta->is_object()) {
                const auto content = delta->find("content");
                if (content != delta->end() && content->is_string()) {
                    const QString piece = QString::fromStdString(content->get<std::string>());
                    if (!piece.isEmpty())
                        out.deltas.append(piece);
                }
            }
            const auto reason = choice.find("finish_reason");
            if (reason != choice.end() && reason->is_string())
                out.finishReason = QString::fromStdString(reason->get<std::string>());
        }
    }
    if (const auto usage = chunk.find("usage"); usage != chunk.end() && usage->is_object()) {
        out.usage.promptTokens = usage->value("prompt_tokens", -1);
        out.usage.completionTokens = usage->value("completion_tokens", -1);
    }
}

} // namespace st
