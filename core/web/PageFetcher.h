#pragma once

#include "core/web/FetchedPage.h"
#include "core/web/MediaType.h"
#include "core/web/WebError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace st {

class Settings;

/// Downloads one web page for reading: http:// and https:// only, redirects followed by
/// hand (at most maxRedirects, never to another scheme but http → https), a size cap
/// enforced while the body streams in, a connect and an idle timeout, and only documents
/// with text (HTML, XHTML, plain text; an untyped body only when it looks like HTML).
/// Every failure is a typed WebError. One fetch at a time; fetch() again restarts.
///
/// finished() or failed() is emitted exactly once per fetch(), always from the event loop
/// (never from inside fetch()); cancel() emits failed(Cancelled) before it returns.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBytes = 5 * 1024 * 1024; // body bytes, after decompression
        int connectTimeoutMs = 15000;      // until the answer's headers, per request
        int idleTimeoutMs = 30000;         // between two reads of the body
        int totalTimeoutMs = 120000;       // the whole fetch, redirects included: a site
                                           // sending a byte just before each idle timeout
                                           // must not keep it going for ever
        int maxRedirects = 5;

        /// WebMaxPageBytes, WebConnectTimeoutMs, WebIdleTimeoutMs (a value <= 0 keeps the
        /// default above).
        static Limits fromSettings(const Settings& settings);
    };

    explicit PageFetcher(QNetworkAccessManager& network, QObject* parent = nullptr);
    PageFetcher(QNetworkAccessManager& network, Limits limits, QObject* parent = nullptr);
    ~PageFetcher() override;

    Limits limits() const { return m_limits; }

    /// Starts downloading \a url (a fetch in progress is dropped without a signal).
    void fetch(const QUrl& url);
    /// Stops the fetch in progress, if any, emitting failed(Cancelled).
    void cancel();
    bool isRunning() const { return m_running; }

    /// The User-Agent sent with every request.
    static QByteArray userAgent();
    /// Whether a redirect from \a from to \a to keeps to the rules: the same scheme, or
    /// http → https.
    static bool isAllowedRedirect(const QUrl& from, const QUrl& to);

Q_SIGNALS:
    void finished(const st::FetchedPage& page);
    void failed(const st::WebError& error);
    /// Body bytes received so far, and the expected total (-1 when unknown).
    void progress(qint64 received, qint64 total);
    /// A redirect is being followed to \a url.
    void redirected(const QUrl& url);

private:
    void send(const QUrl& url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout(WebError::TimeoutPhase phase);
    bool handleRedirect(int status);
    bool checkHeaders(int status);
    WebError networkError() const;
    void succeed();
    void fail(const WebError& error);
    void failLater(const WebError& error);
    void dropReply();
    int httpStatus() const;

    QNetworkAccessManager& m_network;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentTypeHeader;
    QString m_mediaType;
    MediaType::Kind m_kind = MediaType::Kind::Missing;
    qint64 m_total = -1;
    int m_redirects = 0;
    bool m_headersSeen = false;
    bool m_running = false;
    quint64 m_generation = 0; // tells a stale queued failure from the current fetch's
};

} // namespace st
