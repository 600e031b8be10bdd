#pragma once

#include "core/llm/NdjsonParser.h"
#include "core/llm/StreamDecoder.h"

namespace st {

/// Ollama's /api/chat NDJSON: `message.content` per line, `done: true` with
/// prompt_eval_count / eval_count at the end, `{"error":"…"}` as a last line.
class OllamaStreamDecoder : public StreamDecoder
{
public:
    explicit OllamaStreamDecoder(QString secret = {});
    Output feed(const QByteArray& bytes) override;
    Output finish() override;

private:
    void handle(const QByteArray& line, Output& out);

    NdjsonParser m_parser;
};

} // namespace st
