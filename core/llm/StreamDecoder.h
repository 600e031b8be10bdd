#pragma once

#include "core/llm/LlmError.h"
#include "core/llm/TokenUsage.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace st {

/// Turns the body bytes of a streaming chat reply into text pieces, usage and the end
/// marker, for one API's wire format.
class StreamDecoder
{
public:
    struct Output
    {
        QStringList deltas;
        bool done = false;     // the server said the reply is complete
        TokenUsage usage;      // set when reported
        LlmError error;        // an error inside the stream, or a malformed one
        QString finishReason;  // stop, length, …
    };

    virtual ~StreamDecoder() = default;
    virtual Output feed(const QByteArray& bytes) = 0;
    virtual Output finish() = 0;
};

} // namespace st
