// SessionJsonReader (core/store): an exported session file being imported.
#include "core/store/SessionJsonReader.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    st::SessionJsonReader().read(input);
    return 0;
}
