// OllamaStreamDecoder (core/llm): Ollama's streamed chat reply (NDJSON objects with
// message.content, done, done_reason, counts, errors), read in pieces.
#include "core/llm/OllamaStreamDecoder.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    st::OllamaStreamDecoder decoder(QStringLiteral("ollama-fuzz-secret"));
    st::fuzz::inPieces(input, [&](const QByteArray& piece) { decoder.feed(piece); });
    decoder.finish();
    return 0;
}
