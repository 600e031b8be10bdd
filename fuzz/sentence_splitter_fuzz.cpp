// SentenceSplitter (core/text): a model's streamed reply cut into sentences for the voice.
// The text arrives in pieces as deltas do; the hash of the input picks the longest sentence
// the splitter may hold. (What is done to each sentence is speech_text_fuzz.)
#include "core/text/SentenceSplitter.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    static const int maxChars[] = {4096, 300, 40, 8};
    st::SentenceSplitter splitter(maxChars[st::fuzz::hashOf(input) % 4]);
    st::fuzz::inPieces(input, [&](const QByteArray& piece) {
        splitter.feed(QString::fromUtf8(piece)); // a split character decodes as U+FFFD
    });
    splitter.finish();
    return 0;
}
