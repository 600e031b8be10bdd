// PageFetcher against FakeWebServer on 127.0.0.1: pages that are read (charsets, content
// types, redirects, progress) and the redirects that are refused.
#include "FetchTestSupport.h"
#include "core/settings/Settings.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QStringEncoder>

namespace st {
namespace {

using Response = FakeWebServer::Response;
using Kind = WebError::Kind;

const QByteArray kArticle = "<!DOCTYPE html><html><head><title>A page</title></head><body>"
                            "<p>Some text to read.</p></body></html>";

class PageFetcherTest : public WebTest
{
};

TEST_F(PageFetcherTest, FetchesAnHtmlPageWithItsHeaders)
{
    web.route(QStringLiteral("/page"), Response::html(kArticle));
    const WebOutcome outcome = fetch(QStringLiteral("/page"));
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_EQ(outcome.signalCount, 1);
    EXPECT_EQ(outcome.page->url, web.url(QStringLiteral("/page")));
    EXPECT_EQ(outcome.page->contentType, QStringLiteral("text/html"));
    EXPECT_EQ(outcome.page->html, QString::fromUtf8(kArticle));
    EXPECT_FALSE(outcome.page->isPlainText);
    EXPECT_EQ(outcome.page->redirects, 0);
    EXPECT_EQ(outcome.page->bytes, kArticle.size());

    const FakeRequest request = web.lastRequest();
    EXPECT_EQ(request.method, "GET");
    EXPECT_TRUE(request.header("user-agent").contains("Storyteller/"));
    EXPECT_TRUE(request.header("accept").startsWith("text/html"));
    EXPECT_FALSE(request.header("accept-encoding").isEmpty()); // Qt's own
}

TEST_F(PageFetcherTest, DecodesByTheHeaderCharset)
{
    const QString text = QStringLiteral("吾輩は猫である。");
    QStringEncoder sjis("Shift_JIS");
    const QByteArray body =
        "<html><body><p>" + QByteArray(sjis.encode(text)) + "</p></body></html>";
    web.route(QStringLiteral("/sjis"), Response::html(body, "text/html; charset=Shift_JIS"));
    const WebOutcome outcome = fetch(QStringLiteral("/sjis"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.page->html.contains(text));
    EXPECT_EQ(outcome.page->encoding, "Shift_JIS");
}

TEST_F(PageFetcherTest, DecodesByTheMetaCharsetWhenTheHeaderHasNone)
{
    const QString text = QStringLiteral("옛날 옛적에");
    QStringEncoder euckr("EUC-KR");
    const QByteArray body = "<html><head><meta charset=\"euc-kr\"></head><body><p>" +
                            QByteArray(euckr.encode(text)) + "</p></body></html>";
    web.route(QStringLiteral("/euckr"), Response::html(body, "text/html"));
    const WebOutcome outcome = fetch(QStringLiteral("/euckr"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.page->html.contains(text));
}

TEST_F(PageFetcherTest, HeaderCharsetWinsOverMeta)
{
    const QByteArray body =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>Café “ok”</p></body></html>";
    web.route(QStringLiteral("/both"), Response::html(body, "text/html; charset=utf-8"));
    const WebOutcome outcome = fetch(QStringLiteral("/both"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.page->html.contains(QStringLiteral("Café “ok”")));
}

TEST_F(PageFetcherTest, PlainTextPassesThroughAsText)
{
    const QByteArray text = "A title\n\nThe first paragraph of the story.\n";
    web.route(QStringLiteral("/story.txt"), Response::content("text/plain; charset=utf-8", text));
    const WebOutcome outcome = fetch(QStringLiteral("/story.txt"));
    ASSERT_TRUE(outcome.ok());
    EXPECT_TRUE(outcome.page->isPlainText);
    EXPECT_EQ(outcome.page->contentType, QStringLiteral("text/plain"));
    EXPECT_EQ(outcome.page->html, QString::fromUtf8(text));
}

TEST_F(PageFetcherTest, AcceptsXhtmlAndAnUntypedBodyThatLooksLikeHtml)
{
    web.route(QStringLiteral("/x"), Response::content("application/xhtml+xml", kArticle));
    web.route(QStringLiteral("/untyped"), Response::content({}, "\n  " + kArticle));
    const WebOutcome xhtml = fetch(QStringLiteral("/x"));
    ASSERT_TRUE(xhtml.ok());
    EXPECT_FALSE(xhtml.page->isPlainText);
    const WebOutcome untyped = fetch(QStringLiteral("/untyped"));
    ASSERT_TRUE(untyped.ok());
    EXPECT_EQ(untyped.page->contentType, QStringLiteral("text/html"));

    EXPECT_TRUE(MediaType::looksLikeHtml("<!doctype html><p>x"));
    EXPECT_TRUE(MediaType::looksLikeHtml("\xEF\xBB\xBF  <HTML lang=en>"));
    EXPECT_TRUE(MediaType::looksLikeHtml("<p>Hi</p>"));
    EXPECT_FALSE(MediaType::looksLikeHtml("%PDF-1.7"));
    EXPECT_FALSE(MediaType::looksLikeHtml("{\"a\": 1}"));
    EXPECT_FALSE(MediaType::looksLikeHtml("<pre>x")); // "<p" must end the tag name
    EXPECT_EQ(MediaType::essence(" Text/HTML ; charset=UTF-8"), QStringLiteral("text/html"));
    EXPECT_EQ(MediaType::classify(QStringLiteral("application/xhtml+xml")), MediaType::Kind::Html);
    EXPECT_EQ(MediaType::classify(QStringLiteral("text/markdown")), MediaType::Kind::PlainText);
    EXPECT_EQ(MediaType::classify(QString()), MediaType::Kind::Missing);
    EXPECT_EQ(MediaType::classify(QStringLiteral("text/xml")), MediaType::Kind::Other);
}

TEST_F(PageFetcherTest, ReportsProgressAsTheBodyArrives)
{
    Response slow = Response::html(kArticle + QByteArray(2000, ' '));
    slow.chunkBytes = 500;
    slow.chunkDelayMs = 20;
    web.route(QStringLiteral("/slow"), slow);
    PageFetcher fetcher(network, limits);
    QSignalSpy progress(&fetcher, &PageFetcher::progress);
    const WebOutcome outcome =
        run(fetcher, [&] { fetcher.fetch(web.url(QStringLiteral("/slow"))); });
    ASSERT_TRUE(outcome.ok());
    ASSERT_GE(progress.size(), 2);
    EXPECT_EQ(progress.constLast().at(0).toLongLong(), slow.body.size());
    EXPECT_EQ(progress.constLast().at(1).toLongLong(), slow.body.size());
    EXPECT_LT(progress.constFirst().at(0).toLongLong(), slow.body.size());
}

TEST_F(PageFetcherTest, SlowButSteadyBodyIsNotAnIdleTimeout)
{
    limits.idleTimeoutMs = 300;
    Response slow = Response::html(kArticle + QByteArray(900, ' '));
    slow.chunkBytes = 100; // ten pieces over ~1 s, more than the idle time in all
    slow.chunkDelayMs = 100;
    web.route(QStringLiteral("/steady"), slow);
    const WebOutcome outcome = fetch(QStringLiteral("/steady"));
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_GE(outcome.elapsedMs, 800);
}

// A byte now and then, each just within the idle time, keeps a fetch alive only until the
// whole fetch's limit.
TEST_F(PageFetcherTest, ATrickleEndsAtTheTotalTimeout)
{
    limits.idleTimeoutMs = 300;
    limits.totalTimeoutMs = 600;
    Response trickle = Response::html(kArticle + QByteArray(900, ' '));
    trickle.chunkBytes = 10; // a hundred pieces, 200 ms apart: 20 s in all
    trickle.chunkDelayMs = 200;
    web.route(QStringLiteral("/trickle"), trickle);
    const WebOutcome outcome = fetch(QStringLiteral("/trickle"));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error->kind, WebError::Kind::Timeout);
    EXPECT_EQ(outcome.error->timeoutPhase, WebError::TimeoutPhase::Total);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("too slowly")));
    EXPECT_LT(outcome.elapsedMs, 5000);
}

TEST_F(PageFetcherTest, FollowsEveryRedirectStatus)
{
    web.route(QStringLiteral("/final"), Response::html(kArticle));
    for (const int status : {301, 302, 303, 307, 308}) {
        const QString path = QStringLiteral("/moved%1").arg(status);
        web.route(path, Response::redirect("/final", status));
        const WebOutcome outcome = fetch(path);
        ASSERT_TRUE(outcome.ok()) << status;
        EXPECT_EQ(outcome.page->url, web.url(QStringLiteral("/final"))) << status;
        EXPECT_EQ(outcome.page->redirects, 1);
    }
}

TEST_F(PageFetcherTest, ResolvesRelativeAndAbsoluteLocations)
{
    web.route(QStringLiteral("/a/b/final"), Response::html(kArticle));
    web.route(QStringLiteral("/a/b/c/start"), Response::redirect("../final"));
    web.route(QStringLiteral("/abs"),
              Response::redirect(web.url(QStringLiteral("/a/b/final")).toEncoded()));
    const WebOutcome relative = fetch(QStringLiteral("/a/b/c/start"));
    ASSERT_TRUE(relative.ok());
    EXPECT_EQ(relative.page->url, web.url(QStringLiteral("/a/b/final")));
    const WebOutcome absolute = fetch(QStringLiteral("/abs"));
    ASSERT_TRUE(absolute.ok());
    EXPECT_EQ(absolute.page->url, web.url(QStringLiteral("/a/b/final")));
}

TEST_F(PageFetcherTest, FollowsAChainOfFiveRedirects)
{
    web.route(QStringLiteral("/end"), Response::html(kArticle));
    const QString first = web.redirectChain(QStringLiteral("/five"), 5, "/end");
    PageFetcher fetcher(network, limits);
    QSignalSpy redirected(&fetcher, &PageFetcher::redirected);
    const WebOutcome outcome = run(fetcher, [&] { fetcher.fetch(web.url(first)); });
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_EQ(outcome.page->redirects, 5);
    EXPECT_EQ(outcome.page->url, web.url(QStringLiteral("/end")));
    EXPECT_EQ(redirected.size(), 5);
    EXPECT_EQ(web.requestedPaths().size(), 6);
}

TEST_F(PageFetcherTest, SixRedirectsAreTooMany)
{
    web.route(QStringLiteral("/end"), Response::html(kArticle));
    const QString first = web.redirectChain(QStringLiteral("/six"), 6, "/end");
    const WebOutcome outcome = fetch(first);
    ASSERT_EQ(outcome.kind(), Kind::TooManyRedirects);
    EXPECT_EQ(outcome.error->maxRedirects, 5);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("5 times")));
    EXPECT_FALSE(web.requestedPaths().contains(QStringLiteral("/end")));
    EXPECT_EQ(web.requestedPaths().size(), 6);
}

TEST_F(PageFetcherTest, RefusesARedirectToAnotherScheme)
{
    web.route(QStringLiteral("/to-ftp"), Response::redirect("ftp://127.0.0.1/file.html"));
    web.route(QStringLiteral("/to-file"), Response::redirect("file:///etc/passwd"));
    const WebOutcome ftp = fetch(QStringLiteral("/to-ftp"));
    ASSERT_EQ(ftp.kind(), Kind::SchemeChangeOnRedirect);
    EXPECT_EQ(ftp.error->url.scheme(), QStringLiteral("ftp"));
    EXPECT_TRUE(ftp.error->message().contains(QStringLiteral("“ftp:”")));
    EXPECT_EQ(fetch(QStringLiteral("/to-file")).kind(), Kind::SchemeChangeOnRedirect);
}

TEST_F(PageFetcherTest, FollowsTheUpgradeFromHttpToHttps)
{
    // The fake server speaks no TLS, so the followed https request fails its handshake: a
    // network error, not a refused redirect.
    const QByteArray https = "https://127.0.0.1:" + QByteArray::number(web.port()) + "/secure";
    web.route(QStringLiteral("/upgrade"), Response::redirect(https, 301));
    PageFetcher fetcher(network, limits);
    QSignalSpy redirected(&fetcher, &PageFetcher::redirected);
    const WebOutcome outcome =
        run(fetcher, [&] { fetcher.fetch(web.url(QStringLiteral("/upgrade"))); });
    ASSERT_EQ(outcome.kind(), Kind::Network) << outcome.error->message().toStdString();
    ASSERT_EQ(redirected.size(), 1);
    EXPECT_EQ(redirected.at(0).at(0).toUrl().scheme(), QStringLiteral("https"));
    EXPECT_EQ(outcome.error->url.scheme(), QStringLiteral("https"));
}

TEST_F(PageFetcherTest, RedirectRulesAllowOnlyTheSameSchemeOrTheHttpsUpgrade)
{
    const auto allowed = [](const char* from, const char* to) {
        return PageFetcher::isAllowedRedirect(QUrl(QString::fromLatin1(from)),
                                              QUrl(QString::fromLatin1(to)));
    };
    EXPECT_TRUE(allowed("http://a.example/", "http://b.example/"));
    EXPECT_TRUE(allowed("https://a.example/", "https://b.example/x"));
    EXPECT_TRUE(allowed("http://a.example/", "https://a.example/"));
    EXPECT_TRUE(allowed("HTTP://a.example/", "HTTPS://a.example/"));
    EXPECT_FALSE(allowed("https://a.example/", "http://a.example/")); // downgrade
    EXPECT_FALSE(allowed("http://a.example/", "ftp://a.example/"));
    EXPECT_FALSE(allowed("https://a.example/", "file:///etc/passwd"));
    EXPECT_FALSE(allowed("http://a.example/", "javascript:alert(1)"));
    EXPECT_FALSE(allowed("http://a.example/", "data:text/html,hi"));
}

TEST_F(PageFetcherTest, ANewFetchDropsTheOldOneWithoutASignal)
{
    Response stall = Response::html(kArticle);
    stall.silent = true;
    web.route(QStringLiteral("/never"), stall);
    web.route(QStringLiteral("/page"), Response::html(kArticle));
    PageFetcher fetcher(network, limits);
    const WebOutcome outcome = run(fetcher, [&] {
        fetcher.fetch(QUrl(QStringLiteral("ftp://example.com/"))); // its queued failure is dropped
        fetcher.fetch(web.url(QStringLiteral("/never")));
        fetcher.fetch(web.url(QStringLiteral("/page")));
    });
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome.signalCount, 1);
    EXPECT_FALSE(fetcher.isRunning());
}

TEST_F(PageFetcherTest, ASlotOnRedirectedMayCancelOrRestart)
{
    web.route(QStringLiteral("/end"), Response::html(kArticle));
    web.route(QStringLiteral("/other"), Response::html("<p>Another page.</p>"));
    web.route(QStringLiteral("/hop"), Response::redirect("/end"));
    PageFetcher fetcher(network, limits);
    QObject::connect(&fetcher, &PageFetcher::redirected, &fetcher,
                     [&] { fetcher.fetch(web.url(QStringLiteral("/other"))); });
    const WebOutcome restarted =
        run(fetcher, [&] { fetcher.fetch(web.url(QStringLiteral("/hop"))); });
    ASSERT_TRUE(restarted.ok());
    EXPECT_EQ(restarted.signalCount, 1);
    EXPECT_EQ(restarted.page->url, web.url(QStringLiteral("/other")));
    EXPECT_FALSE(web.requestedPaths().contains(QStringLiteral("/end")));

    fetcher.disconnect(&fetcher);
    QObject::connect(&fetcher, &PageFetcher::redirected, &fetcher, [&] { fetcher.cancel(); });
    const WebOutcome cancelled =
        run(fetcher, [&] { fetcher.fetch(web.url(QStringLiteral("/hop"))); });
    EXPECT_EQ(cancelled.kind(), Kind::Cancelled);
    EXPECT_EQ(cancelled.signalCount, 1);
}

TEST_F(PageFetcherTest, LimitsComeFromSettings)
{
    TempDataDir dir;
    Settings settings(dir.settingsPath());
    const PageFetcher::Limits defaults = PageFetcher::Limits::fromSettings(settings);
    EXPECT_EQ(defaults.maxBytes, 5 * 1024 * 1024);
    EXPECT_EQ(defaults.connectTimeoutMs, 15000);
    EXPECT_EQ(defaults.idleTimeoutMs, 30000);
    EXPECT_EQ(defaults.maxRedirects, 5);
    settings.setValue(Settings::Key::WebMaxPageBytes, 1000);
    settings.setValue(Settings::Key::WebConnectTimeoutMs, 200);
    settings.setValue(Settings::Key::WebIdleTimeoutMs, 0); // nonsense: the default stays
    const PageFetcher::Limits set = PageFetcher::Limits::fromSettings(settings);
    EXPECT_EQ(set.maxBytes, 1000);
    EXPECT_EQ(set.connectTimeoutMs, 200);
    EXPECT_EQ(set.idleTimeoutMs, 30000);
}

} // namespace
} // namespace st
