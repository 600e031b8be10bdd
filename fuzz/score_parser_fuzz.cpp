// ScoreParser (core/match): the score a model gives a request, read from its free answer.
#include "core/match/ScoreParser.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    st::ScoreParser::parse(QString::fromUtf8(st::fuzz::bytes(data, size)));
    return 0;
}
