#pragma once

#include <QByteArray>
#include <QString>

namespace st {

/// Turns the bytes of a web page (or of a local file) into text, in the encoding the page
/// declares. Where the encoding comes from, first found wins:
/// 1. a byte order mark (UTF-8, UTF-16LE/BE) — it cannot be wrong, and browsers let it
///    override the header too;
/// 2. the charset parameter of the Content-Type header;
/// 3. (HTML only) `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…;
///    charset=…">` in the first 4 KB, outside comments;
/// 4. UTF-8, invalid sequences replaced by U+FFFD.
/// Labels are read as browsers read them (WHATWG Encoding): iso-8859-1, latin1 and us-ascii
/// mean windows-1252; gb2312 means GBK; euc-kr means windows-949; a meta tag saying
/// UTF-16 means UTF-8. A label Qt's ICU does not know falls back to UTF-8 (logged on
/// lcWeb). The BOM is never part of the text.
class HtmlDecoder
{
public:
    enum class Source
    {
        Bom,
        Header,
        Meta,
        Default
    };

    struct Result
    {
        QString text;
        QByteArray encoding; ///< the name the text was decoded with, e.g. "Shift_JIS"
        Source source = Source::Default;
    };

    /// An HTML document served with the Content-Type header \a contentType (may be empty).
    static Result decodeHtml(const QByteArray& bytes, const QByteArray& contentType = {});
    /// A plain-text document: like decodeHtml() without looking for meta tags.
    static Result decodeText(const QByteArray& bytes, const QByteArray& contentType = {});
    /// decodeHtml(bytes).text: an HTML file read from disk (no header).
    static QString decode(const QByteArray& bytes, const QByteArray& contentType = {})
    {
        return decodeHtml(bytes, contentType).text;
    }
    /// An HTML file read from disk: BOM, meta tag, else UTF-8.
    static QString decodeFile(const QByteArray& bytes) { return decodeHtml(bytes).text; }

    /// The charset parameter of a Content-Type value (unquoted, as written), or empty.
    static QByteArray charsetFromContentType(const QByteArray& contentType);
    /// The charset a `<meta>` tag declares within the first \a scanBytes of \a html.
    static QByteArray charsetFromMeta(const QByteArray& html, qsizetype scanBytes = 4096);
    /// "UTF-8", "UTF-16LE" or "UTF-16BE" when \a bytes start with that BOM; else empty.
    static QByteArray charsetFromBom(const QByteArray& bytes);
    /// \a label as a browser reads it (see the class comment), trimmed and lowercased.
    static QByteArray normalizeLabel(const QByteArray& label);
    /// Whether Qt can decode \a label (after normalizeLabel()).
    static bool isSupported(const QByteArray& label);

private:
    static Result decodeWith(const QByteArray& bytes, const QByteArray& label, Source source);
};

} // namespace st
