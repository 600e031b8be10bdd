// HtmlExtractor on small handmade pages: what is dropped (scripts, styles, navigation,
// hidden elements, boilerplate by class), how text is laid out (paragraphs, <br>, lists,
// whitespace), titles and languages, app shells, and input that is empty, broken or huge.
#include "core/web/HtmlExtractor.h"

#include "support/QtPrinters.h"

#include <QStringList>
#include <gtest/gtest.h>

namespace st {
namespace {

const char* const kSentences[] = {
    "The lighthouse keeper wrote in his log every night, noting the wind, the sea and the "
    "ships that passed the point before dawn.",
    "In the winter of 1900, three keepers vanished from the Flannan Isles, leaving a meal on "
    "the table, a chair overturned and the clock stopped.",
    "The relief ship found the gate shut, the beds unmade and the oilskins of two men gone, "
    "while the third set still hung on its hook.",
    "Investigators blamed a freak wave, though the landing stage lay far above the usual "
    "reach of the sea, and the mystery was never solved.",
};

/// An article of the four sentences above, each its own paragraph, inside \a before and
/// \a after (page furniture).
QByteArray page(const QString& before, const QString& after, const QString& head = {})
{
    QString body;
    for (const char* sentence : kSentences)
        body += QStringLiteral("<p>") + QString::fromUtf8(sentence) + QStringLiteral("</p>\n");
    return (QStringLiteral("<!doctype html><html><head><title>The Flannan Isles mystery</title>") +
            head + QStringLiteral("</head><body>") + before +
            QStringLiteral("<article><div class=\"story-body\">") + body +
            QStringLiteral("</div></article>") + after + QStringLiteral("</body></html>"))
        .toUtf8();
}

QStringList lines(const ExtractedPage& extracted)
{
    return extracted.text.split(QLatin1Char('\n'));
}

TEST(HtmlExtractorTest, KeepsTheArticleParagraphsAsLines)
{
    const ExtractedPage got = HtmlExtractor::extract(page({}, {}));
    ASSERT_EQ(lines(got).size(), 4) << got.text.toStdString();
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(lines(got)[i], QString::fromUtf8(kSentences[i]));
    EXPECT_EQ(got.title, QStringLiteral("The Flannan Isles mystery"));
    EXPECT_FALSE(got.needsJavaScript);
}

TEST(HtmlExtractorTest, DropsScriptsStylesNavigationAndFurniture)
{
    const QString before = QStringLiteral(
        "<style>p { color: red } .secret-style {}</style>"
        "<header class=\"site-header\"><a href=\"/\">Sea Stories Home</a></header>"
        "<nav role=\"navigation\"><ul><li><a href=\"/a\">Archive link</a></li>"
        "<li><a href=\"/b\">Shop link</a></li></ul></nav>"
        "<script>var secretScript = 'tracking code';</script>"
        "<div class=\"sidebar\"><p>Sidebar: the ten best lighthouse holidays this year, "
        "ranked by our editors, with prices.</p></div>");
    const QString after = QStringLiteral(
        "<div id=\"comments\"><p>Comment: great story, I visited the island in 1998 and it "
        "was eerie, truly eerie, and cold.</p></div>"
        "<div class=\"social-share\"><a href=\"#\">Share on Facebook</a></div>"
        "<div class=\"newsletter-signup\"><p>Subscribe to our newsletter for more mysteries "
        "every week, straight to your inbox.</p><form><input type=\"email\">"
        "<button>Sign up now</button></form></div>"
        "<footer><p>Copyright Sea Stories Ltd, all rights reserved.</p></footer>"
        "<noscript>Please enable JavaScript</noscript>");
    const ExtractedPage got = HtmlExtractor::extract(page(before, after));
    for (const char* sentence : kSentences)
        EXPECT_TRUE(got.text.contains(QString::fromUtf8(sentence))) << sentence;
    for (const char* junk : {"secret", "Sea Stories Home", "Archive link", "Sidebar", "Comment:",
                             "Share on", "Subscribe", "Sign up", "Copyright", "enable JavaScript"})
        EXPECT_FALSE(got.text.contains(QLatin1String(junk))) << junk << "\n"
                                                             << got.text.toStdString();
}

TEST(HtmlExtractorTest, DropsHiddenElements)
{
    const QString hidden = QStringLiteral(
        "<div hidden><p>Hidden by attribute, this paragraph is long enough to count as text, "
        "with commas, many commas.</p></div>"
        "<div aria-hidden=\"true\"><p>Hidden from screen readers, this one is long enough "
        "too, with commas, yes.</p></div>"
        "<div style=\"color: red; display : none\"><p>Hidden by style, another long "
        "paragraph, with commas, of course, and more.</p></div>"
        "<div style=\"visibility:hidden\"><p>Invisible by style, another long paragraph, "
        "with commas, of course, and more.</p></div>");
    const ExtractedPage got = HtmlExtractor::extract(page({}, hidden));
    EXPECT_EQ(lines(got).size(), 4) << got.text.toStdString();
    for (const char* junk : {"Hidden by", "Invisible"})
        EXPECT_FALSE(got.text.contains(QLatin1String(junk))) << junk;
}

TEST(HtmlExtractorTest, CollapsesWhitespaceAndSplitsBrAndLists)
{
    const QByteArray html =
        QStringLiteral(
            "<html><body><div class=\"content\">"
            "<p>  First   line of the poem,\n\t spread over   source lines,</p>"
            "<div>the second verse, written with a break<br>and the third verse after it, "
            "still inside one block of text, as old pages do.<br><br>A new paragraph after "
            "two breaks, long enough to be kept, with commas, many commas, and a stop.</div>"
            "<ul><li>Item one of the list, a line of its own</li>"
            "<li>Item two of the list, a line of its own</li></ul>"
            "<p>Closing paragraph of the page, with enough words and commas, commas, commas to "
            "be content for sure.</p></div></body></html>")
            .toUtf8();
    const ExtractedPage got = HtmlExtractor::extract(html);
    const QStringList l = lines(got);
    EXPECT_TRUE(l.contains(QStringLiteral("First line of the poem, spread over source lines,")))
        << got.text.toStdString();
    EXPECT_TRUE(l.contains(QStringLiteral("the second verse, written with a break")));
    EXPECT_TRUE(l.contains(QStringLiteral("Item one of the list, a line of its own")));
    EXPECT_TRUE(l.contains(QStringLiteral("Item two of the list, a line of its own")));
    for (const QString& line : l) {
        EXPECT_FALSE(line.trimmed().isEmpty());
        EXPECT_EQ(line, line.simplified());
    }
}

TEST(HtmlExtractorTest, ReadsTheLanguage)
{
    const auto lang = [](const char* html) {
        return HtmlExtractor::extract(QByteArray(html)).language;
    };
    EXPECT_EQ(lang("<html lang=\"en-US\"><body><p>Hi</p></body></html>"), QStringLiteral("en"));
    EXPECT_EQ(lang("<html lang=\"PT_br\"><body><p>Olá</p></body></html>"), QStringLiteral("pt"));
    EXPECT_EQ(lang("<html><head><meta http-equiv=\"Content-Language\" content=\"ko-KR, en\">"
                   "</head><body><p>안녕</p></body></html>"),
              QStringLiteral("ko"));
    EXPECT_EQ(lang("<html><head><meta property=\"og:locale\" content=\"ja_JP\"></head>"
                   "<body><p>こんにちは</p></body></html>"),
              QStringLiteral("ja"));
    EXPECT_EQ(lang("<html><body><p>Hi</p></body></html>"), QString());
    EXPECT_EQ(lang("<html lang=\"12\"><body><p>Hi</p></body></html>"), QString());
}

TEST(HtmlExtractorTest, TitleIsTheArticleNotTheSite)
{
    const auto title = [](const QString& head, const QString& body) {
        return HtmlExtractor::extract(QStringLiteral("<html><head>") + head +
                                      QStringLiteral("</head><body>") + body +
                                      QStringLiteral("</body></html>"))
            .title;
    };
    EXPECT_EQ(title(QStringLiteral("<title>Keepers vanish from lighthouse | Sea Stories</title>"),
                    QStringLiteral("<h1>Keepers vanish from lighthouse</h1>")),
              QStringLiteral("Keepers vanish from lighthouse"));
    EXPECT_EQ(title(QStringLiteral("<title>Sea Stories - Keepers vanish from the lighthouse"
                                   "</title>"),
                    QStringLiteral("<header><h1><a href=\"/\">Sea Stories</a></h1></header>"
                                   "<p>text</p>")),
              QStringLiteral("Keepers vanish from the lighthouse"));
    EXPECT_EQ(title(QStringLiteral("<title>Sea Stories: Keepers vanish</title>"),
                    QStringLiteral("<div class=\"site-logo\"><h1>Sea Stories</h1></div>")),
              QStringLiteral("Keepers vanish"));
    EXPECT_EQ(title(QStringLiteral("<title>Sea Stories | Keepers vanish</title><meta "
                                   "property=\"og:site_name\" content=\"Sea Stories\">"),
                    QStringLiteral("<h1>Sea Stories</h1>")),
              QStringLiteral("Keepers vanish"));
    EXPECT_EQ(title(QStringLiteral("<title>Mozilla - Wikipedia, the free encyclopedia</title>"),
                    QStringLiteral("<h1 id=\"firstHeading\">Mozilla</h1>")),
              QStringLiteral("Mozilla"));
    EXPECT_EQ(title(QStringLiteral("<title>Sea Stories</title>"
                                   "<meta property=\"og:site_name\" content=\"Sea Stories\">"
                                   "<meta property=\"og:title\" content=\"Keepers vanish — "
                                   "Sea Stories\">"),
                    {}),
              QStringLiteral("Keepers vanish"));
    EXPECT_EQ(title(QStringLiteral("<title>x</title><script type=\"application/ld+json\">"
                                   "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                                   "\"headline\":\"Three keepers vanish\"}</script>"),
                    {}),
              QStringLiteral("Three keepers vanish"));
    EXPECT_EQ(title({}, QStringLiteral("<h1>Only a heading</h1>")),
              QStringLiteral("Only a heading"));
    EXPECT_EQ(title({}, {}), QString());
}

// JSON-LD nested hundreds of thousands of levels deep (a page can hold anything): the
// search for the article was recursive and exhausted the stack. Now refused like bad JSON.
TEST(HtmlExtractorTest, DeepJsonLdIsIgnored)
{
    constexpr int kLevels = 400000;
    const QString deep = QStringLiteral("<script type=\"application/ld+json\">") +
                         QString(kLevels, u'[') + QString(kLevels, u']') +
                         QStringLiteral("</script><script type=\"application/ld+json\">"
                                        "{\"@type\":\"NewsArticle\",\"headline\":\"Three "
                                        "keepers vanish\"}</script>");
    const auto result =
        HtmlExtractor::extract(QStringLiteral("<html><head><title>x</title>") + deep +
                               QStringLiteral("</head><body><p>text</p></body></html>"));
    EXPECT_EQ(result.title, QStringLiteral("Three keepers vanish"));
}

// 3.8 MB of `<div><object></div>`: capped at the guard's depth, so gumbo's tree (freed
// recursively) stays shallow and the page is read instead of ending the app.
TEST(HtmlExtractorTest, EndlessObjectNestingIsCapped)
{
    QByteArray html = "<html><body><p>" + QByteArray(kSentences[0]) + "</p>";
    html.reserve(4 * 1024 * 1024);
    for (int i = 0; i < 200000; ++i)
        html += "<div><object></div>";
    html += "</body></html>";
    const auto result = HtmlExtractor::extract(html);
    EXPECT_TRUE(result.text.contains(QLatin1String("lighthouse keeper")));
}

TEST(HtmlExtractorTest, NeedsJavaScriptForAnAppShellOnly)
{
    const QByteArray shell = "<!doctype html><html lang=\"en\"><head><title>App</title>"
                             "<script defer src=\"/static/js/vendor.js\"></script>"
                             "<script defer src=\"/static/js/main.js\"></script></head><body>"
                             "<noscript>You need to enable JavaScript to run this app.</noscript>"
                             "<div id=\"root\"></div></body></html>";
    EXPECT_TRUE(HtmlExtractor::extract(shell).needsJavaScript);
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray("<html><body><div id=\"__next\"></div>"
                                                  "<script src=\"a.js\"></script></body></html>"))
                    .needsJavaScript);
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray("<html><body><p>Loading</p><script>1</script>"
                                                  "<script>2</script><script>3</script>"
                                                  "</body></html>"))
                    .needsJavaScript);
    EXPECT_FALSE(HtmlExtractor::extract(page({}, QStringLiteral("<div id=\"root\"></div>"
                                                                "<noscript>Enable JavaScript "
                                                                "for comments</noscript>")))
                     .needsJavaScript);
    EXPECT_FALSE(HtmlExtractor::extract(QByteArray("<html><body><p>Short note.</p></body></html>"))
                     .needsJavaScript);
}

TEST(HtmlExtractorTest, EmptyAndBrokenInputGiveNoCrash)
{
    for (const QByteArray& input :
         {QByteArray(), QByteArray("   \n\t "), QByteArray("<"), QByteArray("</p></div>"),
          QByteArray("<html><body>"), QByteArray("\0\0\xff\xfe<p>\x80\x81 bad bytes</p>", 20),
          QByteArray("<div><p>Unclosed <b>bold <i>italic <table><tr><td>cell"),
          QByteArray("<frameset><frame src=\"a.html\"></frameset>"),
          QByteArray("<svg><title>only a picture</title></svg>"),
          QByteArray("<p>plain text without a body tag, but text nonetheless</p>")}) {
        const ExtractedPage got = HtmlExtractor::extract(input);
        EXPECT_FALSE(got.text.contains(QStringLiteral("\n\n")));
        EXPECT_FALSE(got.text.startsWith(QLatin1Char(' ')));
    }
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray()).text.isEmpty());
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray()).title.isEmpty());
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray("<div><p>Unclosed <b>bold <i>italic"))
                    .text.contains(QStringLiteral("Unclosed bold italic")));
    EXPECT_TRUE(HtmlExtractor::extract(QByteArray("<p>plain text without a body tag</p>"))
                    .text.contains(QStringLiteral("plain text without a body tag")));
}

TEST(HtmlExtractorTest, DeepNestingIsCappedNotFatal)
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        html += "<div>";
    html += "<p>Deep inside a hundred thousand divs, this paragraph is still found, with "
            "commas, and more commas, and words.</p></body></html>";
    const ExtractedPage got = HtmlExtractor::extract(html);
    EXPECT_TRUE(got.text.contains(QStringLiteral("Deep inside a hundred thousand divs")))
        << got.text.left(200).toStdString();
}

TEST(HtmlExtractorTest, LargePageKeepsItsArticle)
{
    QString html = QStringLiteral("<html><head><title>Big page</title></head><body>"
                                  "<nav><a href=\"/\">Home</a></nav><div class=\"content\">");
    const int paragraphs = 8000; // about 2 MB
    for (int i = 0; i < paragraphs; ++i) {
        html += QStringLiteral("<p>Paragraph %1: ").arg(i) + QString::fromUtf8(kSentences[i % 4]) +
                QStringLiteral(" <a href=\"/more\">more</a></p>");
        if (i % 100 == 0)
            html += QStringLiteral("<div class=\"ad-break\"><span>Advertisement</span></div>");
    }
    html += QStringLiteral("</div><footer>Footer text</footer></body></html>");
    const ExtractedPage got = HtmlExtractor::extract(html.toUtf8());
    EXPECT_EQ(lines(got).size(), paragraphs);
    EXPECT_TRUE(got.text.startsWith(QStringLiteral("Paragraph 0: ")));
    EXPECT_TRUE(got.text.contains(QStringLiteral("Paragraph %1: ").arg(paragraphs - 1)));
    EXPECT_FALSE(got.text.contains(QStringLiteral("Advertisement")));
}

TEST(HtmlExtractorTest, JapaneseAndChineseTextWithoutSpaces)
{
    const QByteArray html =
        QStringLiteral(
            "<html lang=\"ja\"><head><title>灯台守の失踪｜海の物語</title></head><body>"
            "<nav><a href=\"/\">ホーム</a> <a href=\"/news\">ニュース</a></nav>"
            "<div class=\"article-body\"><h1>灯台守の失踪</h1>"
            "<p>"
            "一九〇〇年の冬、フラナン諸島の灯台から三人の灯台守が姿を消した。食卓には食事が残り、"
            "椅子は倒れ、時計は止まっていた。</p>"
            "<p>"
            "交代の船が着いたとき、門は閉ざされ、寝台は乱れたままで、二人分の雨具がなくなっていた。"
            "三人目の雨具は、まだ掛けてあった。</p>"
            "<p>調査官は大波のせいだとしたが、船着き場は普段の波がとても届かない高さにあり、"
            "謎は今も解けていない。</p></div>"
            "<div "
            "class=\"related\"><p>関連記事：世界の灯台めぐり、おすすめの旅、人気ランキング</p></"
            "div>"
            "</body></html>")
            .toUtf8();
    const ExtractedPage got = HtmlExtractor::extract(html);
    EXPECT_EQ(got.language, QStringLiteral("ja"));
    EXPECT_EQ(got.title, QStringLiteral("灯台守の失踪"));
    EXPECT_EQ(lines(got).size(), 3) << got.text.toStdString();
    EXPECT_TRUE(got.text.startsWith(QStringLiteral("一九〇〇年の冬、")));
    EXPECT_FALSE(got.text.contains(QStringLiteral("関連記事")));
    EXPECT_FALSE(got.text.contains(QStringLiteral("ホーム")));
}

TEST(HtmlExtractorTest, ShortJapaneseArticleIsEnoughText)
{
    // 250 characters of Japanese say as much as 500 of English: no second attempt without
    // the boilerplate filters, which would take in the sidebar.
    QString side;
    for (int i = 0; i < 6; ++i)
        side += QStringLiteral("<div class=\"sidebar-box\"><p>きょうの記念日：元旦、誕生花は松、"
                               "なぞなぞ、おまじない、占い、いろいろな読み物をどうぞ。%1</p></div>")
                    .arg(i);
    const QByteArray html =
        (QStringLiteral("<html lang=\"ja\"><head><title>欲張りなイヌ</title></head><body>"
                        "<div id=\"page\"><div class=\"story\">"
                        "<p>肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉を"
                        "くわえたイヌがいます。イヌはそれを見て、思いました。あいつの肉の方が、"
                        "大きそうだ。</p><p>イヌは、くやしくてたまりません。そこでイヌは、川の中の"
                        "イヌに向かって思いっきり吠えました。そのとたん、くわえていた肉はポチャンと"
                        "川の中に落ちてしまいました。</p><p>川の中には、がっかりしたイヌの顔が"
                        "うつっています。さっきの川の中のイヌは、水にうつった自分の顔だったのです。"
                        "欲張るとけっきょく損をするというお話しです。</p><p>同じ物を持っていても、"
                        "人が持っている物の方が良く見えるものです。イソップは、そんな心の動きを"
                        "短いお話にして、子どもにも大人にも分かるように伝えました。</p></div>") +
         side + QStringLiteral("</div></body></html>"))
            .toUtf8();
    const ExtractedPage got = HtmlExtractor::extract(html);
    EXPECT_EQ(lines(got).size(), 4) << got.text.toStdString();
    EXPECT_FALSE(got.text.contains(QStringLiteral("記念日")));
}

TEST(HtmlExtractorTest, RightToLeftPage)
{
    const QByteArray html =
        QStringLiteral(
            "<html lang=\"ar\" dir=\"rtl\"><head><title>لغز منارة فلانان</title></head><body>"
            "<div class=\"menu\"><a href=\"/\">الرئيسية</a></div><div class=\"post-content\">"
            "<p>في شتاء عام ١٩٠٠، اختفى ثلاثة من حراس المنارة في جزر فلانان، وتركوا وجبة على "
            "المائدة، وكرسيًا مقلوبًا، وساعة متوقفة.</p>"
            "<p>وجدت سفينة الإغاثة البوابة مغلقة، والأسرّة غير مرتبة، ومعاطف رجلين مفقودة، بينما "
            "بقي معطف الثالث معلقًا في مكانه.</p></div></body></html>")
            .toUtf8();
    const ExtractedPage got = HtmlExtractor::extract(html);
    EXPECT_EQ(got.language, QStringLiteral("ar"));
    EXPECT_EQ(lines(got).size(), 2) << got.text.toStdString();
    EXPECT_TRUE(got.text.startsWith(QStringLiteral("في شتاء عام ١٩٠٠،")));
    EXPECT_FALSE(got.text.contains(QStringLiteral("الرئيسية")));
}

TEST(HtmlExtractorTest, DropsLoadingNoticesAndAdLabels)
{
    const QString extra = QStringLiteral(
        "<div class=\"player\"><table class=\"loading\"><tr><td>正在加载...</td></tr></table>"
        "</div><div><span>Advertisement</span></div>");
    const ExtractedPage got = HtmlExtractor::extract(page({}, extra));
    EXPECT_FALSE(got.text.contains(QStringLiteral("正在加载"))) << got.text.toStdString();
    EXPECT_FALSE(got.text.contains(QStringLiteral("Advertisement")));
}

} // namespace
} // namespace st
