// PageFetcher's failures, each served by FakeWebServer on 127.0.0.1 (or refused before any
// request): HTTP errors, documents without text, the size cap, timeouts, bad addresses,
// network errors and cancel().
#include "FetchTestSupport.h"

#include <QSignalSpy>
#include <QTcpServer>

namespace st {
namespace {

using Response = FakeWebServer::Response;
using Kind = WebError::Kind;

const QByteArray kArticle = "<!DOCTYPE html><html><head><title>A page</title></head><body>"
                            "<p>Some text to read.</p></body></html>";

class PageFetcherFailureTest : public WebTest
{
};

TEST_F(PageFetcherFailureTest, HttpErrorsKeepTheirStatusAndSayWhatToDo)
{
    const struct
    {
        int status;
        const char* words;
    } cases[] = {{404, "no such page"},        {410, "no such page"},
                 {401, "refused access"},      {403, "refused access"},
                 {429, "too many requests"},   {500, "server error"},
                 {502, "server error"},        {503, "server error"},
                 {400, "refused the request"}, {418, "refused the request"}};
    for (const auto& c : cases) {
        const QString path = QStringLiteral("/status%1").arg(c.status);
        web.route(path, Response::error(c.status));
        const WebOutcome outcome = fetch(path);
        ASSERT_EQ(outcome.kind(), Kind::HttpStatus) << c.status;
        EXPECT_EQ(outcome.error->httpStatus, c.status);
        EXPECT_EQ(outcome.error->url, web.url(path));
        const QString message = outcome.error->message();
        EXPECT_TRUE(message.contains(QString::fromLatin1(c.words))) << message.toStdString();
        if (c.status != 429) {
            EXPECT_TRUE(message.contains(QString::number(c.status))) << message.toStdString();
        }
    }
}

TEST_F(PageFetcherFailureTest, ARedirectWithoutLocationIsAnHttpError)
{
    Response bare = Response::html(kArticle);
    bare.status = 302;
    web.route(QStringLiteral("/bare"), bare);
    const WebOutcome outcome = fetch(QStringLiteral("/bare"));
    ASSERT_EQ(outcome.kind(), Kind::HttpStatus);
    EXPECT_EQ(outcome.error->httpStatus, 302);
}

TEST_F(PageFetcherFailureTest, DocumentsWithoutTextAreNotHtml)
{
    const struct
    {
        const char* type;
        const char* words;
    } cases[] = {{"application/pdf", "PDF"},
                 {"image/png", "picture"},
                 {"image/jpeg", "picture"},
                 {"audio/mpeg", "recording"},
                 {"video/mp4", "recording"},
                 {"application/octet-stream", "application/octet-stream"},
                 {"application/json; charset=utf-8", "application/json"},
                 {"application/zip", "application/zip"}};
    for (const auto& c : cases) {
        const QString path =
            QStringLiteral("/doc-") + QString::fromLatin1(c.type).section(u';', 0, 0);
        web.route(path, Response::content(c.type, QByteArray("%PDF-1.7 \x00\x01\x02 binary", 19)));
        const WebOutcome outcome = fetch(path);
        ASSERT_EQ(outcome.kind(), Kind::NotHtml) << c.type;
        EXPECT_EQ(outcome.error->contentType, QString::fromLatin1(c.type).section(u';', 0, 0));
        EXPECT_TRUE(outcome.error->message().contains(QString::fromLatin1(c.words)))
            << outcome.error->message().toStdString();
    }
}

TEST_F(PageFetcherFailureTest, AnUntypedBodyThatIsNotHtmlIsRefused)
{
    web.route(QStringLiteral("/blob"), Response::content({}, "%PDF-1.7 binary stuff"));
    const WebOutcome outcome = fetch(QStringLiteral("/blob"));
    ASSERT_EQ(outcome.kind(), Kind::NotHtml);
    EXPECT_TRUE(outcome.error->contentType.isEmpty());
    EXPECT_FALSE(outcome.error->message().isEmpty());
}

TEST_F(PageFetcherFailureTest, AnEmptyBodyIsAnEmptyPage)
{
    web.route(QStringLiteral("/empty"), Response::html(""));
    web.route(QStringLiteral("/blank"), Response::html(" \r\n\t \n"));
    Response noContent = Response::html("");
    noContent.status = 204;
    web.route(QStringLiteral("/204"), noContent);
    for (const QString& path :
         {QStringLiteral("/empty"), QStringLiteral("/blank"), QStringLiteral("/204")}) {
        const WebOutcome outcome = fetch(path);
        ASSERT_EQ(outcome.kind(), Kind::EmptyPage) << path.toStdString();
        EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("no text")));
    }
}

TEST_F(PageFetcherFailureTest, ContentLengthOverTheCapIsRefusedAtOnce)
{
    Response huge = Response::html(kArticle);
    huge.setHeader("Content-Length", QByteArray::number(10 * 1024 * 1024));
    web.route(QStringLiteral("/huge"), huge);
    const WebOutcome outcome = fetch(QStringLiteral("/huge"));
    ASSERT_EQ(outcome.kind(), Kind::TooLarge);
    EXPECT_EQ(outcome.error->maxBytes, limits.maxBytes);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("larger than")));
    EXPECT_LT(outcome.elapsedMs, 3000);
}

TEST_F(PageFetcherFailureTest, AStreamedBodyOverTheCapIsCutOffAsItArrives)
{
    // No Content-Length, 512 MB on offer: only a check while streaming can stop it.
    Response endless = Response::html("<html><body>");
    endless.contentLength = false;
    endless.streamBytes = qint64(512) * 1024 * 1024;
    web.route(QStringLiteral("/endless"), endless);
    const WebOutcome outcome = fetch(QStringLiteral("/endless"));
    ASSERT_EQ(outcome.kind(), Kind::TooLarge);
    EXPECT_EQ(outcome.error->maxBytes, limits.maxBytes);
    EXPECT_LT(outcome.elapsedMs, 5000);
    EXPECT_LT(web.bodyBytesWritten(), qint64(64) * 1024 * 1024);
    EXPECT_TRUE(QTest::qWaitFor([&] { return web.openConnections() == 0; }, 3000));
}

TEST_F(PageFetcherFailureTest, ABodyJustUnderTheCapIsRead)
{
    Response fits = Response::html("<html><body><p>");
    fits.streamBytes = limits.maxBytes - fits.body.size();
    web.route(QStringLiteral("/fits"), fits);
    const WebOutcome outcome = fetch(QStringLiteral("/fits"));
    ASSERT_TRUE(outcome.ok()) << outcome.error->message().toStdString();
    EXPECT_EQ(outcome.page->bytes, limits.maxBytes);
}

TEST_F(PageFetcherFailureTest, NoAnswerIsAConnectTimeout)
{
    limits.connectTimeoutMs = 200;
    Response silent;
    silent.silent = true;
    web.route(QStringLiteral("/silent"), silent);
    const WebOutcome outcome = fetch(QStringLiteral("/silent"));
    ASSERT_EQ(outcome.kind(), Kind::Timeout);
    EXPECT_EQ(outcome.error->timeoutPhase, WebError::TimeoutPhase::Connect);
    EXPECT_GE(outcome.elapsedMs, 150);
    EXPECT_LT(outcome.elapsedMs, 3000);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("did not answer")));
}

TEST_F(PageFetcherFailureTest, ABodyThatStopsIsAnIdleTimeout)
{
    limits.idleTimeoutMs = 200;
    Response stall = Response::html(kArticle + QByteArray(1000, ' '));
    stall.stallAfterBytes = 100;
    web.route(QStringLiteral("/stall"), stall);
    const WebOutcome outcome = fetch(QStringLiteral("/stall"));
    ASSERT_EQ(outcome.kind(), Kind::Timeout);
    EXPECT_EQ(outcome.error->timeoutPhase, WebError::TimeoutPhase::Idle);
    EXPECT_LT(outcome.elapsedMs, 3000);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("stopped sending")));
}

TEST_F(PageFetcherFailureTest, AConnectionCutBeforeContentLengthIsANetworkError)
{
    Response cut = Response::html(kArticle);
    cut.setHeader("Content-Length", QByteArray::number(kArticle.size() + 500));
    web.route(QStringLiteral("/cut"), cut); // the server closes after the bytes it has
    EXPECT_EQ(fetch(QStringLiteral("/cut")).kind(), Kind::Network);
}

TEST_F(PageFetcherFailureTest, OnlyHttpAndHttpsAreFetched)
{
    for (const char* url :
         {"ftp://example.com/page.html", "file:///etc/hostname", "data:text/html,<p>hi</p>",
          "mailto:someone@example.com", "javascript:alert(1)"}) {
        const WebOutcome outcome = fetch(QUrl(QString::fromLatin1(url)));
        ASSERT_EQ(outcome.kind(), Kind::UnsupportedScheme) << url;
        EXPECT_FALSE(outcome.error->message().isEmpty());
    }
    EXPECT_TRUE(web.requests().isEmpty());
    EXPECT_TRUE(fetch(QUrl(QStringLiteral("ftp://example.com/")))
                    .error->message()
                    .contains(QStringLiteral("“ftp:”")));
}

TEST_F(PageFetcherFailureTest, AddressesThatAreNotUrlsAreInvalid)
{
    for (const QUrl& url :
         {QUrl(), QUrl(QStringLiteral("http://")), QUrl(QStringLiteral("not a web address")),
          QUrl(QStringLiteral("http://exa mple.com/")), QUrl(QStringLiteral("/just/a/path"))}) {
        const WebOutcome outcome = fetch(url);
        ASSERT_EQ(outcome.kind(), Kind::InvalidUrl) << url.toString().toStdString();
        EXPECT_FALSE(outcome.error->message().isEmpty());
    }
    EXPECT_TRUE(fetch(QUrl()).error->message().contains(QStringLiteral("no web address")));
    EXPECT_TRUE(fetch(QUrl(QStringLiteral("not a web address")))
                    .error->message()
                    .contains(QStringLiteral("“not a web address”")));
}

TEST_F(PageFetcherFailureTest, ARefusedConnectionIsANetworkError)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const WebOutcome outcome = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    ASSERT_EQ(outcome.kind(), Kind::Network);
    EXPECT_EQ(outcome.error->networkCause, WebError::NetworkCause::Refused);
    EXPECT_TRUE(outcome.error->message().contains(QStringLiteral("refused the connection")));
}

TEST_F(PageFetcherFailureTest, CancelStopsADownloadMidway)
{
    Response slow = Response::html(kArticle + QByteArray(5000, ' '));
    slow.chunkBytes = 200;
    slow.chunkDelayMs = 50;
    web.route(QStringLiteral("/slow"), slow);
    PageFetcher fetcher(network, limits);
    QSignalSpy failed(&fetcher, &PageFetcher::failed);
    int progressCount = 0;
    QObject::connect(&fetcher, &PageFetcher::progress, &fetcher, [&](qint64 received, qint64) {
        ++progressCount;
        if (received >= 400)
            fetcher.cancel();
    });
    const WebOutcome outcome =
        run(fetcher, [&] { fetcher.fetch(web.url(QStringLiteral("/slow"))); });
    ASSERT_EQ(outcome.kind(), Kind::Cancelled);
    EXPECT_EQ(outcome.signalCount, 1);
    EXPECT_FALSE(fetcher.isRunning());
    EXPECT_LT(web.bodyBytesWritten(), slow.body.size());
    EXPECT_TRUE(QTest::qWaitFor([&] { return web.openConnections() == 0; }, 3000));
    const int progressAtCancel = progressCount;
    QTest::qWait(200);
    EXPECT_EQ(progressCount, progressAtCancel);
    fetcher.cancel(); // nothing running: no second signal
    EXPECT_EQ(failed.size(), 1);
}

TEST_F(PageFetcherFailureTest, EveryKindHasAMessage)
{
    for (int k = int(Kind::InvalidUrl); k <= int(Kind::FileUnreadable); ++k) {
        WebError error = WebError::make(Kind(k), QUrl(QStringLiteral("https://example.com/a")));
        EXPECT_FALSE(error.message().isEmpty()) << WebError::kindName(Kind(k)).toStdString();
        EXPECT_FALSE(WebError::kindName(Kind(k)).isEmpty());
    }
    EXPECT_TRUE(WebError().message().isEmpty());
    EXPECT_EQ(WebError::make(Kind::NeedsJavaScript).message(),
              QStringLiteral("This page needs JavaScript to show its text. Copy the article "
                             "text and paste it instead."));
}

} // namespace
} // namespace st
