// The page reader's whole pipeline (core/web) on a page's bytes: HtmlDecoder, then
// PageReader::fromHtml (HtmlExtractor: gumbo, the DOM and its nesting guard, PageMetadata
// with JSON-LD, cleaning, scoring, the text, and the verdict on it).
#include "core/web/HtmlDecoder.h"
#include "core/web/PageReader.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString html = st::HtmlDecoder::decodeHtml(st::fuzz::bytes(data, size)).text;
    st::PageReader::fromHtml(html, QStringLiteral("fallback title"));
    return 0;
}
