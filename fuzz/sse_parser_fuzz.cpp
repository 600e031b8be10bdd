// SseParser (core/llm): a model server's text/event-stream, byte by byte. The WHATWG rules
// are a stream grammar, so the events cannot depend on how the bytes were cut into reads:
// the input fed whole and fed in pieces must give the same events, id and retry.
#include "core/llm/SseParser.h"
#include "fuzz/FuzzSupport.h"

#include <cstdlib>

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);

    st::SseParser whole;
    QVector<st::SseEvent> wholeEvents = whole.feed(input);
    wholeEvents += whole.finish();

    st::SseParser pieces;
    QVector<st::SseEvent> pieceEvents;
    st::fuzz::inPieces(input, [&](const QByteArray& piece) { pieceEvents += pieces.feed(piece); });
    pieceEvents += pieces.finish();

    if (wholeEvents != pieceEvents || whole.lastEventId() != pieces.lastEventId() ||
        whole.retryMs() != pieces.retryMs())
        std::abort(); // the cut changed what was parsed
    return 0;
}
