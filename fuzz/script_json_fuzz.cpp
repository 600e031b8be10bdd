// ScriptJson (core/script): a script in the app's JSON format, as pasted, imported or read
// back from a session. A script it accepts is written out again and re-read.
#include "core/script/ScriptJson.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    const st::ScriptParseResult result = st::ScriptJson::read(input, QStringLiteral("en"));
    if (result.ok())
        st::ScriptJson::read(st::ScriptJson::write(result.script), QStringLiteral("en"));
    return 0;
}
