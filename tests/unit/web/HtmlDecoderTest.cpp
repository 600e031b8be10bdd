// HtmlDecoder: where the charset comes from (BOM, header, meta, default) and that the
// common legacy encodings really decode (Qt's ICU converters).
#include "core/web/HtmlDecoder.h"

#include "support/QtPrinters.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

namespace st {
namespace {

QByteArray encode(const char* encoding, const QString& text)
{
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    const QByteArray bytes = encoder.encode(text);
    return bytes;
}

QByteArray page(const QByteArray& head, const QByteArray& body)
{
    return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body><p>" + body +
           "</p></body></html>";
}

const QString kJapanese = QStringLiteral("吾輩は猫である。名前はまだ無い。");
const QString kKorean = QStringLiteral("옛날 옛적에 호랑이가 살았어요.");
const QString kChinese = QStringLiteral("从前有一座山，山里有一座庙。");
const QString kFrench = QStringLiteral("Café – “déjà vu” naïve €5");

TEST(HtmlDecoderTest, ReadsTheCharsetParameterOfContentType)
{
    EXPECT_EQ(HtmlDecoder::charsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
    EXPECT_EQ(HtmlDecoder::charsetFromContentType("text/html;charset=\"Shift_JIS\""), "Shift_JIS");
    EXPECT_EQ(HtmlDecoder::charsetFromContentType("text/html; Charset = euc-kr ; x=y"), "euc-kr");
    EXPECT_EQ(HtmlDecoder::charsetFromContentType("text/html; format=flowed"), "");
    EXPECT_EQ(HtmlDecoder::charsetFromContentType("text/html"), "");
    EXPECT_EQ(HtmlDecoder::charsetFromContentType(""), "");
}

TEST(HtmlDecoderTest, FindsMetaCharsetAndHttpEquivInAnyForm)
{
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page("<meta charset=\"utf-8\">", "x")), "utf-8");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page("<META CHARSET=Shift_JIS>", "x")), "Shift_JIS");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page("<meta charset='gbk'/>", "x")), "gbk");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page(
                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">", "x")),
              "euc-kr");
    EXPECT_EQ(
        HtmlDecoder::charsetFromMeta(
            page("<meta content='text/html;charset=windows-1252' http-equiv='content-type'>", "x")),
        "windows-1252");
}

TEST(HtmlDecoderTest, IgnoresMetaTagsThatDoNotCount)
{
    // In a comment, inside another tag's attribute, a content without http-equiv, too late.
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page("<!-- <meta charset=gbk> -->", "x")), "");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(page("<div title=\"<meta charset=gbk>\"></div>", "x")),
              "");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(
                  page("<meta name=\"description\" content=\"charset=gbk\">", "x")),
              "");
    const QByteArray late = "<html><head>" + QByteArray(5000, ' ') + "<meta charset=gbk></head>";
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(late), "");
    EXPECT_EQ(HtmlDecoder::charsetFromMeta(late, 8192), "gbk");
}

TEST(HtmlDecoderTest, HeaderCharsetDecodesLegacyEncodings)
{
    const struct
    {
        const char* encoding;
        QString text;
    } cases[] = {{"Shift_JIS", kJapanese},
                 {"EUC-KR", kKorean},
                 {"GBK", kChinese},
                 {"windows-1252", kFrench}};
    for (const auto& c : cases) {
        const QByteArray bytes = page("", encode(c.encoding, c.text));
        const HtmlDecoder::Result result =
            HtmlDecoder::decodeHtml(bytes, QByteArray("text/html; charset=") + c.encoding);
        EXPECT_TRUE(result.text.contains(c.text)) << c.encoding;
        EXPECT_EQ(result.source, HtmlDecoder::Source::Header) << c.encoding;
    }
}

TEST(HtmlDecoderTest, MetaCharsetDecodesLegacyEncodings)
{
    const struct
    {
        const char* label;
        const char* encoding;
        QString text;
    } cases[] = {{"shift_jis", "Shift_JIS", kJapanese},
                 {"euc-kr", "EUC-KR", kKorean},
                 {"gb2312", "GBK", kChinese},
                 {"gbk", "GBK", kChinese},
                 {"windows-1252", "windows-1252", kFrench}};
    for (const auto& c : cases) {
        const QByteArray bytes =
            page("<meta charset=\"" + QByteArray(c.label) + "\">", encode(c.encoding, c.text));
        const HtmlDecoder::Result result = HtmlDecoder::decodeHtml(bytes, "text/html");
        EXPECT_TRUE(result.text.contains(c.text)) << c.label;
        EXPECT_EQ(result.source, HtmlDecoder::Source::Meta) << c.label;
    }
    const QByteArray equiv =
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
             encode("Shift_JIS", kJapanese));
    EXPECT_TRUE(HtmlDecoder::decodeFile(equiv).contains(kJapanese));
}

TEST(HtmlDecoderTest, LiteralShiftJisAndEucKrBytes)
{
    // "あい" in Shift_JIS, "한국" in EUC-KR, "中文" in GBK, "é" in windows-1252.
    EXPECT_TRUE(HtmlDecoder::decode(page("", "\x82\xa0\x82\xa2"), "text/html; charset=shift_jis")
                    .contains(QStringLiteral("あい")));
    EXPECT_TRUE(HtmlDecoder::decode(page("", "\xc7\xd1\xb1\xb9"), "text/html; charset=euc-kr")
                    .contains(QStringLiteral("한국")));
    EXPECT_TRUE(HtmlDecoder::decode(page("", "\xd6\xd0\xce\xc4"), "text/html; charset=gbk")
                    .contains(QStringLiteral("中文")));
    EXPECT_TRUE(HtmlDecoder::decode(page("", "caf\xe9"), "text/html; charset=windows-1252")
                    .contains(QStringLiteral("café")));
}

TEST(HtmlDecoderTest, Latin1LabelMeansWindows1252AsInBrowsers)
{
    // 0x93 / 0x94 are curly quotes in windows-1252, control characters in ISO-8859-1.
    const QByteArray bytes = page("", "\x93quoted\x94 caf\xe9");
    const QString text = HtmlDecoder::decode(bytes, "text/html; charset=ISO-8859-1");
    EXPECT_TRUE(text.contains(QStringLiteral("“quoted” café")));
    EXPECT_EQ(HtmlDecoder::normalizeLabel(" US-ASCII "), "windows-1252");
    EXPECT_EQ(HtmlDecoder::normalizeLabel("GB2312"), "gbk");
    EXPECT_EQ(HtmlDecoder::normalizeLabel("utf8"), "utf-8");
}

TEST(HtmlDecoderTest, HeaderWinsOverMeta)
{
    const QByteArray bytes = page("<meta charset=\"shift_jis\">", kFrench.toUtf8());
    const HtmlDecoder::Result result = HtmlDecoder::decodeHtml(bytes, "text/html; charset=utf-8");
    EXPECT_TRUE(result.text.contains(kFrench));
    EXPECT_EQ(result.source, HtmlDecoder::Source::Header);
}

TEST(HtmlDecoderTest, ByteOrderMarkWinsAndIsDropped)
{
    const QByteArray utf8 = "\xEF\xBB\xBF" + page("", kKorean.toUtf8());
    const HtmlDecoder::Result result = HtmlDecoder::decodeHtml(utf8, "text/html; charset=gbk");
    EXPECT_EQ(result.source, HtmlDecoder::Source::Bom);
    EXPECT_TRUE(result.text.contains(kKorean));
    EXPECT_TRUE(result.text.startsWith(QStringLiteral("<!DOCTYPE")));

    const QString html = QStringLiteral("<p>") + kJapanese + QStringLiteral("</p>");
    QByteArray utf16 = "\xFF\xFE";
    utf16 += QByteArray(reinterpret_cast<const char*>(html.utf16()), html.size() * 2);
    EXPECT_EQ(HtmlDecoder::decodeFile(utf16), html);
    EXPECT_EQ(HtmlDecoder::charsetFromBom(utf16), "UTF-16LE");
}

TEST(HtmlDecoderTest, FallsBackToUtf8WithInvalidBytesReplaced)
{
    const HtmlDecoder::Result result = HtmlDecoder::decodeHtml(page("", "ok \xff\xfe end"));
    EXPECT_EQ(result.source, HtmlDecoder::Source::Default);
    EXPECT_EQ(result.encoding, "UTF-8");
    EXPECT_TRUE(result.text.contains(QStringLiteral("ok \uFFFD\uFFFD end")));
}

TEST(HtmlDecoderTest, UnknownLabelsFallBackToTheNextSource)
{
    EXPECT_FALSE(HtmlDecoder::isSupported("x-no-such-charset"));
    // An unknown header label: the meta tag decides.
    const QByteArray sjis = page("<meta charset=shift_jis>", encode("Shift_JIS", kJapanese));
    const HtmlDecoder::Result meta =
        HtmlDecoder::decodeHtml(sjis, "text/html; charset=x-no-such-charset");
    EXPECT_EQ(meta.source, HtmlDecoder::Source::Meta);
    EXPECT_TRUE(meta.text.contains(kJapanese));
    // An unknown meta label: UTF-8.
    const QByteArray utf8 = page("<meta charset=x-user-defined>", kKorean.toUtf8());
    const HtmlDecoder::Result fallback = HtmlDecoder::decodeHtml(utf8);
    EXPECT_EQ(fallback.source, HtmlDecoder::Source::Default);
    EXPECT_TRUE(fallback.text.contains(kKorean));
}

TEST(HtmlDecoderTest, MetaSayingUtf16MeansUtf8)
{
    const QByteArray bytes = page("<meta charset=\"utf-16\">", kKorean.toUtf8());
    EXPECT_TRUE(HtmlDecoder::decodeFile(bytes).contains(kKorean));
}

TEST(HtmlDecoderTest, PlainTextIgnoresMetaLookalikes)
{
    const QByteArray text = "This text mentions <meta charset=shift_jis> and " + kFrench.toUtf8();
    EXPECT_TRUE(HtmlDecoder::decodeText(text).text.contains(kFrench));
    EXPECT_TRUE(
        HtmlDecoder::decodeText(encode("windows-1252", kFrench), "text/plain; charset=cp1252")
            .text.contains(kFrench));
}

} // namespace
} // namespace st
