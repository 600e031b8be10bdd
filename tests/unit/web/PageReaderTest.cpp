// PageReader: a page fetched from FakeWebServer on 127.0.0.1 or a local file, through
// HtmlExtractor, to a title and text — or EmptyPage / NeedsJavaScript / the fetch's error.
#include "FetchTestSupport.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QStringEncoder>
#include <QTimer>

namespace st {
namespace {

using Response = FakeWebServer::Response;
using Kind = WebError::Kind;

const QByteArray kArticle = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Mary Celeste | Sea Tales</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>
<main><article>
<h1>The Mary Celeste</h1>
<p>On 4 December 1872 the crew of the Dei Gratia sighted a ship drifting under partial sail
between the Azores and Portugal. She was the Mary Celeste, bound from New York to Genoa.</p>
<p>No one was aboard. The lifeboat was missing, but the cargo of alcohol was nearly intact and
there were six months of food and water in the hold.</p>
<p>Captain Benjamin Briggs, his wife, their two-year-old daughter and seven crewmen were never
seen again, and what happened to them is still argued over today.</p>
</article></main>
<footer><p>Copyright 2024 Sea Tales. All rights reserved.</p></footer>
</body></html>)";

const QByteArray kAppShell = R"(<!DOCTYPE html>
<html><head><title>React App</title><script defer src="/static/js/main.4f2a.js"></script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div></body></html>)";

class PageReaderTest : public WebTest
{
protected:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        EXPECT_TRUE(dir.writeFile(name, bytes));
        return dir.filePath(name);
    }

    TempDataDir dir;
};

TEST_F(PageReaderTest, ReadsAnArticlePage)
{
    web.route(QStringLiteral("/mary"), Response::html(kArticle));
    const WebOutcome outcome = read(web.url(QStringLiteral("/mary")));
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_TRUE(outcome.reader->title.contains(QStringLiteral("Mary Celeste")));
    EXPECT_TRUE(outcome.reader->text.contains(QStringLiteral("Dei Gratia sighted a ship")));
    EXPECT_TRUE(outcome.reader->text.contains(QStringLiteral("never")));
    EXPECT_FALSE(outcome.reader->text.contains(QStringLiteral("<p>")));
    EXPECT_EQ(outcome.url, web.url(QStringLiteral("/mary")));
}

TEST_F(PageReaderTest, ReadsAPageInALegacyEncodingAfterARedirect)
{
    const QString sentence =
        QStringLiteral("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。");
    QStringEncoder sjis("Shift_JIS");
    const QByteArray body = "<html><head><title>" + QByteArray(sjis.encode(QStringLiteral("猫"))) +
                            "</title></head><body><article><p>" +
                            QByteArray(sjis.encode(sentence)) + "</p></article></body></html>";
    web.route(QStringLiteral("/neko"), Response::html(body, "text/html; charset=Shift_JIS"));
    web.route(QStringLiteral("/old"), Response::redirect("/neko", 301));
    const WebOutcome outcome = read(web.url(QStringLiteral("/old")));
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_TRUE(outcome.reader->text.contains(sentence));
    EXPECT_EQ(outcome.url, web.url(QStringLiteral("/neko")));
}

TEST_F(PageReaderTest, APageWithoutTextIsEmpty)
{
    web.route(QStringLiteral("/empty"),
              Response::html("<html><head><title>Nothing</title></head><body></body></html>"));
    web.route(QStringLiteral("/tiny"), Response::html("<html><body><p>Hi.</p></body></html>"));
    for (const QString& path : {QStringLiteral("/empty"), QStringLiteral("/tiny")}) {
        const WebOutcome outcome = read(web.url(path));
        ASSERT_EQ(outcome.kind(), Kind::EmptyPage) << path.toStdString();
        EXPECT_EQ(outcome.error->url, web.url(path));
    }
}

TEST_F(PageReaderTest, AnAppShellNeedsJavaScript)
{
    web.route(QStringLiteral("/app"), Response::html(kAppShell));
    const WebOutcome outcome = read(web.url(QStringLiteral("/app")));
    ASSERT_EQ(outcome.kind(), Kind::NeedsJavaScript);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("needs JavaScript")));
}

TEST_F(PageReaderTest, PlainTextOverHttpTakesItsFirstLineAsTitle)
{
    web.route(QStringLiteral("/notes.txt"),
              Response::content("text/plain; charset=utf-8",
                                "The Tunguska Event\n\nOn 30 June 1908 an explosion flattened\n"
                                "eighty million trees in Siberia.\n"));
    const WebOutcome outcome = read(web.url(QStringLiteral("/notes.txt")));
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome.reader->title, QStringLiteral("The Tunguska Event"));
    EXPECT_EQ(outcome.reader->text, QStringLiteral("On 30 June 1908 an explosion flattened "
                                                   "eighty million trees in Siberia."));
}

TEST_F(PageReaderTest, FetchErrorsPassThrough)
{
    web.route(QStringLiteral("/gone"), Response::error(410));
    const WebOutcome outcome = read(web.url(QStringLiteral("/gone")));
    ASSERT_EQ(outcome.kind(), Kind::HttpStatus);
    EXPECT_EQ(outcome.error->httpStatus, 410);
}

TEST_F(PageReaderTest, CancelStopsAFetch)
{
    Response silent;
    silent.silent = true;
    web.route(QStringLiteral("/silent"), silent);
    PageReader reader(network, limits);
    const WebOutcome outcome = run(reader, [&] {
        reader.read(web.url(QStringLiteral("/silent")));
        QTimer::singleShot(50, &reader, [&] { reader.cancel(); });
    });
    ASSERT_EQ(outcome.kind(), Kind::Cancelled);
    EXPECT_EQ(outcome.signalCount, 1);
    EXPECT_FALSE(reader.isRunning());
}

TEST_F(PageReaderTest, ReadsLocalHtmlFilesInTheirDeclaredEncoding)
{
    QStringEncoder euckr("EUC-KR");
    const QString text =
        QStringLiteral("옛날 옛적 어느 마을에 호랑이와 곶감 이야기가 전해 내려왔어요.");
    const QString path = writeFile(
        QStringLiteral("tiger.htm"),
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
        "<title>" +
            QByteArray(euckr.encode(QStringLiteral("호랑이"))) + "</title></head><body><p>" +
            QByteArray(euckr.encode(text)) + "</p></body></html>");
    const PageReadResult result = PageReader::readFile(path);
    ASSERT_TRUE(result.ok()) << result.error.message().toStdString();
    EXPECT_EQ(result.page.title, QStringLiteral("호랑이"));
    EXPECT_TRUE(result.page.text.contains(text));
    EXPECT_EQ(result.url, QUrl::fromLocalFile(path));

    const QString article = writeFile(QStringLiteral("mary.html"), kArticle);
    const WebOutcome outcome = read(QUrl::fromLocalFile(article)); // through read(): async
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.reader->text.contains(QStringLiteral("Dei Gratia")));
}

TEST_F(PageReaderTest, ReadsTextAndMarkdownFiles)
{
    const QString txt =
        writeFile(QStringLiteral("roanoke.txt"),
                  "\n  The Lost Colony  \n\nIn 1587 a hundred and fifteen settlers\n"
                  "landed on Roanoke Island.\n\nThree years later they were gone.\n");
    const PageReadResult text = PageReader::readFile(txt);
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text.isPlainText);
    EXPECT_EQ(text.page.title, QStringLiteral("The Lost Colony"));
    EXPECT_EQ(text.page.text, QStringLiteral("In 1587 a hundred and fifteen settlers landed on "
                                             "Roanoke Island.\nThree years later they were gone."));

    const QString md = writeFile(QStringLiteral("story.md"),
                                 "# The Dancing Plague\n\nIn July 1518 a woman began to dance\n"
                                 "in a street of Strasbourg.\n\n- day one: one dancer\n"
                                 "- a week later: dozens\n");
    const PageReadResult markdown = PageReader::readFile(md);
    ASSERT_TRUE(markdown.ok());
    EXPECT_EQ(markdown.page.title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(markdown.page.text.split(u'\n'),
              (QStringList{QStringLiteral("In July 1518 a woman began to dance in a street of "
                                          "Strasbourg."),
                           QStringLiteral("- day one: one dancer"),
                           QStringLiteral("- a week later: dozens")}));
}

TEST_F(PageReaderTest, ALongFirstLineLeavesTheFileNameAsTitle)
{
    const QByteArray line = "This first line is one long paragraph rather than a title, because "
                            "it goes on and on well past any length a heading would have, and so "
                            "on.";
    const PageReadResult result =
        PageReader::readFile(writeFile(QStringLiteral("long-story.txt"), line + "\n\nMore.\n"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.page.title, QStringLiteral("long-story"));
    EXPECT_TRUE(result.page.text.startsWith(QString::fromLatin1(line)));
}

TEST_F(PageReaderTest, ATextFileWithAUtf16BomIsRead)
{
    const QString text =
        QStringLiteral("Title\n\nÜber den Wolken muss die Freiheit wohl grenzenlos sein.\n");
    QStringEncoder utf16("UTF-16LE");
    const QString path =
        writeFile(QStringLiteral("song.txt"), "\xFF\xFE" + QByteArray(utf16.encode(text)));
    const PageReadResult result = PageReader::readFile(path);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.page.title, QStringLiteral("Title"));
    EXPECT_TRUE(result.page.text.startsWith(QStringLiteral("Über den Wolken")));
}

TEST_F(PageReaderTest, FilesThatCannotBeReadSaySo)
{
    const PageReadResult missing = PageReader::readFile(dir.filePath(QStringLiteral("nope.html")));
    ASSERT_EQ(missing.error.kind, Kind::FileUnreadable);
    EXPECT_TRUE(missing.error.message().contains(QStringLiteral("nope.html")));

    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.txt")));
    EXPECT_EQ(PageReader::readFile(dir.filePath(QStringLiteral("folder.txt"))).error.kind,
              Kind::FileUnreadable);

    EXPECT_EQ(PageReader::readFile(writeFile(QStringLiteral("empty.txt"), "")).error.kind,
              Kind::EmptyPage);
    const PageReadResult blank =
        PageReader::readFile(writeFile(QStringLiteral("blank.md"), " \n\n "));
    ASSERT_EQ(blank.error.kind, Kind::EmptyPage);
    EXPECT_TRUE(blank.error.message().contains(QStringLiteral("blank.md")));
    EXPECT_EQ(
        PageReader::readFile(writeFile(QStringLiteral("empty.html"), "<html><body></body></html>"))
            .error.kind,
        Kind::EmptyPage);

    const PageReadResult binary = PageReader::readFile(
        writeFile(QStringLiteral("scan.bin"), QByteArray("%PDF-1.7\n\x00\x01\xff\xfe", 13)));
    ASSERT_EQ(binary.error.kind, Kind::NotHtml);

    const PageReadResult big =
        PageReader::readFile(writeFile(QStringLiteral("big.txt"), QByteArray(5000, 'a')), 1000);
    ASSERT_EQ(big.error.kind, Kind::TooLarge);
    EXPECT_EQ(big.error.maxBytes, 1000);
}

TEST_F(PageReaderTest, AFileOfUnknownTypeIsReadByItsContent)
{
    const PageReadResult html = PageReader::readFile(writeFile(QStringLiteral("saved"), kArticle));
    ASSERT_TRUE(html.ok());
    EXPECT_FALSE(html.isPlainText);
    const PageReadResult text = PageReader::readFile(
        writeFile(QStringLiteral("README"), "Read me\n\nThese notes are plain UTF-8 text, café."));
    ASSERT_TRUE(text.ok());
    EXPECT_TRUE(text.isPlainText);
    EXPECT_EQ(text.page.title, QStringLiteral("Read me"));
}

TEST_F(PageReaderTest, TurnsWhatTheUserTypedIntoAnAddress)
{
    const QString file = writeFile(QStringLiteral("here.txt"), "x");
    const auto url = [&](const char* text) {
        return PageReader::urlFromUserInput(QString::fromUtf8(text), dir.path());
    };
    EXPECT_EQ(url("here.txt"), QUrl::fromLocalFile(file));
    EXPECT_EQ(url("missing.html"),
              QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.html"))));
    EXPECT_EQ(url("/tmp/x/story.md"), QUrl::fromLocalFile(QStringLiteral("/tmp/x/story.md")));
    EXPECT_EQ(url("  https://example.com/a?b=c  "),
              QUrl(QStringLiteral("https://example.com/a?b=c")));
    EXPECT_EQ(url("example.com/news/1"), QUrl(QStringLiteral("http://example.com/news/1")));
    EXPECT_EQ(url("ftp://example.com/x").scheme(), QStringLiteral("ftp"));
    EXPECT_TRUE(url("").isEmpty());
    EXPECT_TRUE(url("not an address").isRelative());
}

} // namespace
} // namespace st
