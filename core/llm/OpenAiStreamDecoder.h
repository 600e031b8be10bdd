#pragma once

#include "core/llm/SseParser.h"
#include "core/llm/StreamDecoder.h"

namespace st {

/// OpenAI-compatible chat completion chunks over SSE: `choices[0].delta.content`, the
/// usage chunk, `[DONE]`; errors as `data: {"error":…}` and as llama.cpp's `error:` field.
class OpenAiStreamDecoder : public StreamDecoder
{
public:
    explicit OpenAiStreamDecoder(QString secret = {});
    Output feed(const QByteArray& bytes) override;
    Output finish() override;

private:
    void handle(const SseEvent& event, Output& out);

    SseParser m_parser;
};

} // namespace st
