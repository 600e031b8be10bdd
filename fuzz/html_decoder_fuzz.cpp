// HtmlDecoder (core/web): a fetched page's or a dropped file's bytes to text (BOM, the
// Content-Type charset, <meta charset> sniffing, the fallback). A first line that starts
// with "Content-Type:" is used as the header; the rest is the body.
#include "core/web/HtmlDecoder.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray body = st::fuzz::bytes(data, size);
    QByteArray contentType;
    if (body.startsWith("Content-Type:")) {
        const qsizetype end = body.indexOf('\n');
        contentType = body.mid(13, end < 0 ? -1 : end - 13).trimmed();
        body = end < 0 ? QByteArray() : body.mid(end + 1);
    }
    st::HtmlDecoder::decodeHtml(body, contentType);
    st::HtmlDecoder::decodeText(body, contentType);
    st::HtmlDecoder::charsetFromContentType(contentType);
    st::HtmlDecoder::isSupported(st::HtmlDecoder::normalizeLabel(contentType));
    return 0;
}
