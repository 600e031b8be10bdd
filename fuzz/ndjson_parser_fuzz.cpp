// NdjsonParser (core/llm): Ollama's newline-delimited JSON, split into lines. The lines
// cannot depend on how the bytes were cut into reads.
#include "core/llm/NdjsonParser.h"
#include "fuzz/FuzzSupport.h"

#include <cstdlib>

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);

    st::NdjsonParser whole;
    QVector<QByteArray> wholeLines = whole.feed(input);
    const QByteArray wholeRest = whole.finish();

    st::NdjsonParser pieces;
    QVector<QByteArray> pieceLines;
    st::fuzz::inPieces(input, [&](const QByteArray& piece) { pieceLines += pieces.feed(piece); });
    const QByteArray pieceRest = pieces.finish();

    if (wholeLines != pieceLines || wholeRest != pieceRest)
        std::abort(); // the cut changed the lines
    return 0;
}
