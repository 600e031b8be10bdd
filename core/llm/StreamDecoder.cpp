#include "core/llm/StreamDecoder.h"

#include <limits>

namespace st {

bool StreamDecoder::expectObject(const JsonInput::Parsed& parsed, const QString& sample,
                                 Output& out)
{
    if (parsed.ok() && parsed.value.is_object())
        return true;
    out.error.kind = LlmError::Kind::MalformedStream;
    // What it was and what arrived, for the detail of the message.
    out.error.serverMessage =
        (parsed.ok() ? QStringLiteral("not a JSON object") : parsed.message()) +
        QStringLiteral(": ") + sample;
    return false;
}

void StreamDecoder::checkOverflow(Output& out, bool overflowed, const QString& unit,
                                  qint64 maxBytes) const
{
    if (overflowed && !ignores(out)) {
        out.error.kind = LlmError::Kind::MalformedStream;
        out.error.serverMessage =
            QStringLiteral("more than %1 MB in one %2").arg(maxBytes / (1024 * 1024)).arg(unit);
    }
}

int StreamDecoder::tokens(const Json& object, const char* key)
{
    constexpr qint64 kMaxTokens = std::numeric_limits<int>::max();
    return int(JsonInput::integer(object, key, 0, kMaxTokens).value_or(-1));
}

} // namespace st
