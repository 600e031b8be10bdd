#include "core/llm/OpenAiStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"
#include "core/util/JsonInput.h"

#include <limits>

namespace st {

OpenAiStreamDecoder::OpenAiStreamDecoder(QString secret) : m_secret(std::move(secret)) {}

StreamDecoder::Output OpenAiStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const SseEvent& event : m_parser.feed(bytes))
        handle(event, out);
    if (m_parser.overflowed() && !out.error.isError() && !m_done) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage = QStringLiteral("more than %1 MB in one event")
                                      .arg(SseParser::kMaxEventBytes / (1024 * 1024));
    }
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
    using Json = JsonInput::Json;
    const JsonInput::Parsed parsed = JsonInput::parse(data);
    if (!parsed.ok() || !parsed.value.is_object()) {
        out.error.kind = LlmError::Kind::MalformedStream;
        // What it was and what arrived, for the detail of the message.
        out.error.serverMessage =
            (parsed.ok() ? QStringLiteral("not a JSON object") : parsed.message()) +
            QStringLiteral(": ") + event.data.left(80);
        return;
    }
    const Json& chunk = parsed.value;
    if (const Json* error = JsonInput::member(chunk, "error");
        error && !error->is_null() && !(error->is_boolean() && !error->get<bool>())) {
        out.error = HttpErrorClassifier::fromStreamError(data, m_secret);
        return;
    }
    constexpr qint64 kMaxTokens = std::numeric_limits<int>::max();
    if (const Json* choices = JsonInput::member(chunk, "choices"); choices && choices->is_array()) {
        for (const Json& choice : *choices) {
            if (!choice.is_object())
                continue;
            // The first choice only (we ask for one); an index we cannot read is not it.
            if (const Json* index = JsonInput::member(choice, "index");
                index && JsonInput::integer(*index, 0, kMaxTokens) != 0)
                continue;
            if (const Json* delta = JsonInput::member(choice, "delta")) {
                const QString piece = JsonInput::string(*delta, "content").value_or(QString());
                if (!piece.isEmpty())
                    out.deltas.append(piece);
            }
            if (const auto reason = JsonInput::string(choice, "finish_reason"))
                out.finishReason = *reason;
        }
    }
    if (const Json* usage = JsonInput::member(chunk, "usage"); usage && usage->is_object()) {
        out.usage.promptTokens =
            int(JsonInput::integer(*usage, "prompt_tokens", 0, kMaxTokens).value_or(-1));
        out.usage.completionTokens =
            int(JsonInput::integer(*usage, "completion_tokens", 0, kMaxTokens).value_or(-1));
    }
}

} // namespace st
