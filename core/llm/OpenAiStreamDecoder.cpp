#include "core/llm/OpenAiStreamDecoder.h"

#include "core/llm/HttpErrorClassifier.h"

#include <limits>

namespace st {

OpenAiStreamDecoder::OpenAiStreamDecoder(QString secret) : StreamDecoder(std::move(secret)) {}

StreamDecoder::Output OpenAiStreamDecoder::feed(const QByteArray& bytes)
{
    Output out;
    for (const SseEvent& event : m_parser.feed(bytes))
        handle(event, out);
    checkOverflow(out, m_parser.overflowed(), QStringLiteral("event"), SseParser::kMaxEventBytes);
    out.done = isDone();
    return out;
}

StreamDecoder::Output OpenAiStreamDecoder::finish()
{
    Output out;
    for (const SseEvent& event : m_parser.finish())
        handle(event, out);
    out.done = isDone();
    return out;
}

void OpenAiStreamDecoder::handle(const SseEvent& event, Output& out)
{
    if (ignores(out))
        return;
    const QByteArray data = event.data.toUtf8();
    if (event.type == QLatin1String("error")) {
        out.error = HttpErrorClassifier::fromStreamError(data, secret());
        return;
    }
    if (data.trimmed() == "[DONE]") {
        setDone();
        return;
    }
    const JsonInput::Parsed parsed = JsonInput::parse(data);
    if (!expectObject(parsed, event.data.left(80), out))
        return;
    const Json& chunk = parsed.value;
    if (const Json* error = JsonInput::member(chunk, "error");
        error && !error->is_null() && !(error->is_boolean() && !error->get<bool>())) {
        out.error = HttpErrorClassifier::fromStreamError(data, secret());
        return;
    }
    constexpr qint64 kMaxIndex = std::numeric_limits<int>::max();
    if (const Json* choices = JsonInput::member(chunk, "choices"); choices && choices->is_array()) {
        for (const Json& choice : *choices) {
            if (!choice.is_object())
                continue;
            // The first choice only (we ask for one); an index we cannot read is not it.
            if (const Json* index = JsonInput::member(choice, "index");
                index && JsonInput::integer(*index, 0, kMaxIndex) != 0)
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
        out.usage.promptTokens = tokens(*usage, "prompt_tokens");
        out.usage.completionTokens = tokens(*usage, "completion_tokens");
    }
}

} // namespace st
