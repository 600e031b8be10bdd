#include "core/web/HtmlDecoder.h"

#include "core/web/WebLog.h"

#include <QHash>
#include <QStringDecoder>

namespace st {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithAt(const QByteArray& text, qsizetype at, const char* prefix)
{
    for (qsizetype i = 0; prefix[i]; ++i) {
        if (at + i >= text.size())
            return false;
        const char c = text.at(at + i);
        const char lower = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        if (lower != prefix[i])
            return false;
    }
    return true;
}

/// The value after "charset=" in a Content-Type value or a meta tag's content attribute
/// (WHATWG "extracting a character encoding from a meta element").
QByteArray charsetParameter(const QByteArray& value)
{
    const QByteArray lower = value.toLower();
    qsizetype at = 0;
    while ((at = lower.indexOf("charset", at)) >= 0) {
        at += 7;
        qsizetype i = at;
        while (i < value.size() && isSpace(value.at(i)))
            ++i;
        if (i >= value.size() || value.at(i) != '=')
            continue;
        ++i;
        while (i < value.size() && isSpace(value.at(i)))
            ++i;
        if (i >= value.size())
            return {};
        const char quote = value.at(i);
        if (quote == '"' || quote == '\'') {
            const qsizetype end = value.indexOf(quote, i + 1);
            return end < 0 ? QByteArray() : value.mid(i + 1, end - i - 1).trimmed();
        }
        qsizetype end = i;
        while (end < value.size() && !isSpace(value.at(end)) && value.at(end) != ';')
            ++end;
        return value.mid(i, end - i);
    }
    return {};
}

struct Attribute
{
    QByteArray name; // lowercased
    QByteArray value;
};

/// Reads one attribute of a tag at \a pos (WHATWG "get an attribute"); false at the
/// tag's end ('>' or the end of the bytes), with \a pos after the '>'.
bool nextAttribute(const QByteArray& html, qsizetype& pos, Attribute& attribute)
{
    const qsizetype n = html.size();
    while (pos < n && (isSpace(html.at(pos)) || html.at(pos) == '/'))
        ++pos;
    if (pos >= n || html.at(pos) == '>') {
        ++pos;
        return false;
    }
    attribute = {};
    while (pos < n) {
        const char c = html.at(pos);
        if (isSpace(c) || c == '/' || c == '>' || (c == '=' && !attribute.name.isEmpty()))
            break;
        attribute.name += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        ++pos;
    }
    while (pos < n && isSpace(html.at(pos)))
        ++pos;
    if (pos >= n || html.at(pos) != '=')
        return true;
    ++pos;
    while (pos < n && isSpace(html.at(pos)))
        ++pos;
    if (pos >= n)
        return true;
    const char quote = html.at(pos);
    if (quote == '"' || quote == '\'') {
        const qsizetype end = html.indexOf(quote, pos + 1);
        const qsizetype stop = end < 0 ? n : end;
        attribute.value = html.mid(pos + 1, stop - pos - 1);
        pos = stop + 1;
        return true;
    }
    const qsizetype start = pos;
    while (pos < n && !isSpace(html.at(pos)) && html.at(pos) != '>')
        ++pos;
    attribute.value = html.mid(start, pos - start);
    return true;
}

/// The charset of the meta tag whose attributes start at \a pos, or empty.
QByteArray metaCharset(const QByteArray& html, qsizetype& pos)
{
    QByteArray charset;
    QByteArray content;
    bool httpEquivContentType = false;
    Attribute attribute;
    while (nextAttribute(html, pos, attribute)) {
        if (attribute.name == "charset" && charset.isEmpty())
            charset = attribute.value.trimmed();
        else if (attribute.name == "http-equiv")
            httpEquivContentType = attribute.value.trimmed().toLower() == "content-type";
        else if (attribute.name == "content" && content.isEmpty())
            content = attribute.value;
    }
    if (!charset.isEmpty())
        return charset;
    if (httpEquivContentType)
        return charsetParameter(content);
    return {};
}

const QHash<QByteArray, QByteArray>& labelMap()
{
    // Labels browsers read differently from what their names say (WHATWG Encoding).
    static const QHash<QByteArray, QByteArray> map{
        {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"iso_8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"l1", "windows-1252"},
        {"cp819", "windows-1252"},
        {"ibm819", "windows-1252"},
        {"csisolatin1", "windows-1252"},
        {"iso-ir-100", "windows-1252"},
        {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"},
        {"ansi_x3.4-1968", "windows-1252"},
        {"cp1252", "windows-1252"},
        {"x-cp1252", "windows-1252"},
        {"iso-8859-9", "windows-1254"},
        {"latin5", "windows-1254"},
        {"iso-8859-11", "windows-874"},
        {"tis-620", "windows-874"},
        {"gb2312", "gbk"},
        {"x-gbk", "gbk"},
        {"chinese", "gbk"},
        {"csgb2312", "gbk"},
        {"gb_2312-80", "gbk"},
        {"gb_2312", "gbk"},
        {"euc-kr", "windows-949"},
        {"cseuckr", "windows-949"},
        {"ks_c_5601-1987", "windows-949"},
        {"ks_c_5601-1989", "windows-949"},
        {"ksc5601", "windows-949"},
        {"ksc_5601", "windows-949"},
        {"korean", "windows-949"},
        {"sjis", "shift_jis"},
        {"ms_kanji", "shift_jis"},
        {"x-sjis", "shift_jis"},
        {"csshiftjis", "shift_jis"},
        {"ms932", "shift_jis"},
        {"windows-31j", "shift_jis"},
        {"utf8", "utf-8"},
        {"unicode-1-1-utf-8", "utf-8"},
        {"x-unicode20utf8", "utf-8"},
    };
    return map;
}

bool isUtf16(const QByteArray& label)
{
    return label.startsWith("utf-16") || label == "unicode" || label == "ucs-2" ||
           label == "csunicode" || label == "iso-10646-ucs-2" || label == "unicodefeff" ||
           label == "unicodefffe";
}

} // namespace

QByteArray HtmlDecoder::charsetFromContentType(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return semicolon < 0 ? QByteArray() : charsetParameter(contentType.mid(semicolon + 1));
}

QByteArray HtmlDecoder::charsetFromBom(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QByteArrayLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QByteArrayLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

QByteArray HtmlDecoder::charsetFromMeta(const QByteArray& bytes, qsizetype scanBytes)
{
    const QByteArray html = bytes.left(scanBytes);
    const qsizetype n = html.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (html.at(pos) != '<') {
            ++pos;
            continue;
        }
        if (startsWithAt(html, pos, "<!--")) {
            const qsizetype end = html.indexOf("-->", pos + 4);
            if (end < 0)
                return {};
            pos = end + 3;
        } else if (startsWithAt(html, pos, "<meta") && pos + 5 < n &&
                   (isSpace(html.at(pos + 5)) || html.at(pos + 5) == '/')) {
            pos += 5;
            const QByteArray charset = metaCharset(html, pos);
            if (!charset.isEmpty())
                return charset;
        } else if (pos + 1 < n &&
                   (isAlpha(html.at(pos + 1)) ||
                    (html.at(pos + 1) == '/' && pos + 2 < n && isAlpha(html.at(pos + 2))))) {
            // Any other tag: skip its name and attributes (a quoted '>' does not end it).
            while (pos < n && !isSpace(html.at(pos)) && html.at(pos) != '>')
                ++pos;
            Attribute ignored;
            while (nextAttribute(html, pos, ignored)) {
            }
        } else if (startsWithAt(html, pos, "<!") || startsWithAt(html, pos, "</") ||
                   startsWithAt(html, pos, "<?")) {
            const qsizetype end = html.indexOf('>', pos);
            if (end < 0)
                return {};
            pos = end + 1;
        } else {
            ++pos;
        }
    }
    return {};
}

QByteArray HtmlDecoder::normalizeLabel(const QByteArray& label)
{
    const QByteArray lower = label.trimmed().toLower();
    return labelMap().value(lower, lower);
}

bool HtmlDecoder::isSupported(const QByteArray& label)
{
    const QByteArray name = normalizeLabel(label);
    return !name.isEmpty() && QStringDecoder(name.constData()).isValid();
}

HtmlDecoder::Result HtmlDecoder::decodeWith(const QByteArray& bytes, const QByteArray& label,
                                            Source source)
{
    QStringDecoder decoder(label.constData());
    Result result;
    result.text = decoder.decode(bytes);
    result.encoding = QByteArray(decoder.name());
    result.source = source;
    return result;
}

HtmlDecoder::Result HtmlDecoder::decodeHtml(const QByteArray& bytes, const QByteArray& contentType)
{
    if (const QByteArray bom = charsetFromBom(bytes); !bom.isEmpty())
        return decodeWith(bytes, bom, Source::Bom);
    const QByteArray header = charsetFromContentType(contentType);
    if (!header.isEmpty()) {
        if (isSupported(header))
            return decodeWith(bytes, normalizeLabel(header), Source::Header);
        qCWarning(lcWeb) << "unsupported charset in the Content-Type header:" << header;
    }
    const QByteArray meta = charsetFromMeta(bytes);
    if (!meta.isEmpty()) {
        QByteArray name = normalizeLabel(meta);
        // A page that says UTF-16 in ASCII-compatible bytes cannot be UTF-16 (WHATWG).
        if (isUtf16(name))
            name = QByteArrayLiteral("utf-8");
        if (isSupported(name))
            return decodeWith(bytes, name, Source::Meta);
        qCWarning(lcWeb) << "unsupported charset in a meta tag:" << meta;
    }
    return decodeWith(bytes, QByteArrayLiteral("utf-8"), Source::Default);
}

HtmlDecoder::Result HtmlDecoder::decodeText(const QByteArray& bytes, const QByteArray& contentType)
{
    if (const QByteArray bom = charsetFromBom(bytes); !bom.isEmpty())
        return decodeWith(bytes, bom, Source::Bom);
    const QByteArray header = charsetFromContentType(contentType);
    if (!header.isEmpty()) {
        if (isSupported(header))
            return decodeWith(bytes, normalizeLabel(header), Source::Header);
        qCWarning(lcWeb) << "unsupported charset in the Content-Type header:" << header;
    }
    return decodeWith(bytes, QByteArrayLiteral("utf-8"), Source::Default);
}

} // namespace st
