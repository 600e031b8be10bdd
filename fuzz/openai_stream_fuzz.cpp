// OpenAiStreamDecoder (core/llm): an OpenAI-compatible server's streamed chat reply (SSE
// carrying JSON chunks, `[DONE]`, error objects), read in pieces as the network delivers it.
#include "core/llm/OpenAiStreamDecoder.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    // A key, so the redaction of server messages runs too.
    st::OpenAiStreamDecoder decoder(QStringLiteral("sk-fuzz-0123456789abcdef"));
    st::fuzz::inPieces(input, [&](const QByteArray& piece) { decoder.feed(piece); });
    decoder.finish();
    return 0;
}
