// ScriptMarkdownParser (core/script): a script written in Markdown (a model's answer or a
// user's file), in each of the app's languages (the hash of the input picks one).
#include "core/script/ScriptMarkdownParser.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    static const QString languages[] = {QStringLiteral("en"), QStringLiteral("ko"),
                                        QStringLiteral("ja"), QStringLiteral("es")};
    const QString& language = languages[st::fuzz::hashOf(input) % 4];
    st::ScriptMarkdownParser::parse(QString::fromUtf8(input), language);
    return 0;
}
