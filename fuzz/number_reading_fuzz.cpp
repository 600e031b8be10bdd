// The number readers (core/reading): Japanese, Korean and Spanish text with its numbers,
// dates, counters and units written out before it goes to the local voice. The first byte
// picks the language; the rest is the text (a sentence of a reply, so anything).
#include "core/reading/JapaneseNumbers.h"
#include "core/reading/KoreanNumbers.h"
#include "core/reading/SpanishNumbers.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(st::fuzz::bytes(data + 1, size - 1));
    switch (data[0] % 3) {
    case 0:
        st::JapaneseNumbers::read(text);
        break;
    case 1:
        st::KoreanNumbers::read(text);
        break;
    default:
        st::SpanishNumbers::read(text);
        break;
    }
    return 0;
}
