// ImportFile (core/create): a library import file (one script, a list, or an object with
// a list of scripts in JSON or Markdown) dropped on the app.
#include "core/create/ImportFile.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    st::ImportFile::parse(input, QStringLiteral("en"));
    return 0;
}
