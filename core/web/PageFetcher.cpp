#include "core/web/PageFetcher.h"

#include "core/settings/Settings.h"
#include "core/web/HtmlDecoder.h"
#include "core/web/MediaType.h"
#include "core/web/WebLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace st {
namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

PageFetcher::Limits PageFetcher::Limits::fromSettings(const Settings& settings)
{
    Limits limits;
    const qint64 bytes = settings.value(Settings::Key::WebMaxPageBytes).toLongLong();
    const int connect = settings.value(Settings::Key::WebConnectTimeoutMs).toInt();
    const int idle = settings.value(Settings::Key::WebIdleTimeoutMs).toInt();
    if (bytes > 0)
        limits.maxBytes = bytes;
    if (connect > 0)
        limits.connectTimeoutMs = connect;
    if (idle > 0)
        limits.idleTimeoutMs = idle;
    return limits;
}

PageFetcher::PageFetcher(QNetworkAccessManager& network, QObject* parent)
    : PageFetcher(network, Limits(), parent)
{}

PageFetcher::PageFetcher(QNetworkAccessManager& network, Limits limits, QObject* parent)
    : QObject(parent), m_network(network), m_limits(limits)
{
    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { onTimeout(WebError::TimeoutPhase::Connect); });
    connect(&m_idleTimer, &QTimer::timeout, this,
            [this] { onTimeout(WebError::TimeoutPhase::Idle); });
    m_totalTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this,
            [this] { onTimeout(WebError::TimeoutPhase::Total); });
}

PageFetcher::~PageFetcher()
{
    dropReply();
}

QByteArray PageFetcher::userAgent()
{
    return QByteArrayLiteral("Mozilla/5.0 (compatible; Storyteller/" STORYTELLER_VERSION
                             "; reads one page at its user's request)");
}

bool PageFetcher::isAllowedRedirect(const QUrl& from, const QUrl& to)
{
    const QString a = from.scheme().toLower();
    const QString b = to.scheme().toLower();
    // The same scheme, or an upgrade to https. Sites routinely send http:// addresses on to
    // https:// (and an address typed without a scheme starts as http://), so refusing the
    // upgrade would refuse most of the web; it only makes the connection safer. Everything
    // else is refused: a downgrade https → http (a secure page must not lead to an insecure
    // one) and any other scheme (ftp:, file:, data:, javascript:, …).
    if (b != QLatin1String("http") && b != QLatin1String("https"))
        return false;
    return a == b || (a == QLatin1String("http") && b == QLatin1String("https"));
}

void PageFetcher::fetch(const QUrl& url)
{
    dropReply();
    ++m_generation;
    m_running = true;
    m_redirects = 0;
    m_url = url;
    m_totalTimer.start(m_limits.totalTimeoutMs);
    if (url.isEmpty() || !url.isValid() || url.isRelative()) {
        WebError error = WebError::make(WebError::Kind::InvalidUrl, url);
        error.detail = url.toString();
        failLater(error);
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        failLater(WebError::make(WebError::Kind::UnsupportedScheme, url));
        return;
    }
    if (url.host().isEmpty()) {
        WebError error = WebError::make(WebError::Kind::InvalidUrl, url);
        error.detail = url.toString();
        failLater(error);
        return;
    }
    send(url);
}

void PageFetcher::send(const QUrl& url)
{
    dropReply();
    m_url = url;
    m_body.clear();
    m_contentTypeHeader.clear();
    m_mediaType.clear();
    m_kind = MediaType::Kind::Missing;
    m_total = -1;
    m_headersSeen = false;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept",
                         "text/html,application/xhtml+xml,text/plain;q=0.9,text/*;q=0.5,*/*;q=0.1");
    qCDebug(lcWeb) << "GET" << url.toString(QUrl::RemoveUserInfo);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::onFinished);
    m_connectTimer.start(m_limits.connectTimeoutMs);
}

int PageFetcher::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void PageFetcher::onMetaData()
{
    if (!m_reply || m_headersSeen)
        return;
    const int status = httpStatus();
    if (status <= 0)
        return;
    m_headersSeen = true;
    m_connectTimer.stop();
    m_idleTimer.start(m_limits.idleTimeoutMs);
    if (handleRedirect(status))
        return;
    checkHeaders(status);
}

bool PageFetcher::handleRedirect(int status)
{
    if (!isRedirect(status))
        return false;
    const QByteArray location = m_reply->rawHeader("Location").trimmed();
    if (location.isEmpty()) {
        WebError error = WebError::make(WebError::Kind::HttpStatus, m_url);
        error.httpStatus = status;
        fail(error);
        return true;
    }
    const QUrl target = m_url.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode));
    if (!target.isValid()) {
        WebError error = WebError::make(WebError::Kind::InvalidUrl, m_url);
        error.detail = QString::fromUtf8(location);
        fail(error);
        return true;
    }
    if (!isAllowedRedirect(m_url, target)) {
        fail(WebError::make(WebError::Kind::SchemeChangeOnRedirect, target));
        return true;
    }
    if (m_redirects >= m_limits.maxRedirects) {
        WebError error = WebError::make(WebError::Kind::TooManyRedirects, target);
        error.maxRedirects = m_limits.maxRedirects;
        fail(error);
        return true;
    }
    ++m_redirects;
    qCDebug(lcWeb) << "redirect" << status << "to" << target.toString(QUrl::RemoveUserInfo);
    const quint64 generation = m_generation;
    Q_EMIT redirected(target);
    if (m_running && generation == m_generation) // a slot may have cancelled or restarted
        send(target);
    return true;
}

bool PageFetcher::checkHeaders(int status)
{
    if (status >= 300) {
        WebError error = WebError::make(WebError::Kind::HttpStatus, m_url);
        error.httpStatus = status;
        fail(error);
        return false;
    }
    m_contentTypeHeader = m_reply->rawHeader("Content-Type");
    m_mediaType = MediaType::essence(m_contentTypeHeader);
    m_kind = MediaType::classify(m_mediaType);
    if (m_kind == MediaType::Kind::Other) {
        WebError error = WebError::make(WebError::Kind::NotHtml, m_url);
        error.contentType = m_mediaType;
        fail(error);
        return false;
    }
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    m_total = known ? length : -1;
    if (known && length > m_limits.maxBytes) {
        WebError error = WebError::make(WebError::Kind::TooLarge, m_url);
        error.maxBytes = m_limits.maxBytes;
        fail(error);
        return false;
    }
    return true;
}

void PageFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersSeen) {
        onMetaData();
        if (!m_reply || !m_headersSeen)
            return;
    }
    m_idleTimer.start(m_limits.idleTimeoutMs);
    if (isRedirect(httpStatus())) // the body of a redirect is of no interest
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBytes) {
        WebError error = WebError::make(WebError::Kind::TooLarge, m_url);
        error.maxBytes = m_limits.maxBytes;
        fail(error);
        return;
    }
    Q_EMIT progress(m_body.size(), m_total);
}

void PageFetcher::onFinished()
{
    if (!m_reply)
        return;
    m_connectTimer.stop();
    m_idleTimer.stop();
    if (m_reply->error() == QNetworkReply::NoError || httpStatus() > 0) {
        if (!m_headersSeen)
            onMetaData();
        if (m_reply && m_reply->bytesAvailable() > 0)
            onReadyRead();
        if (!m_reply)
            return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        fail(networkError());
        return;
    }
    // Without Content-Encoding, fewer bytes than Content-Length means the connection was
    // cut (Qt 6.4 often reports that as a clean end).
    const bool encoded = !m_reply->rawHeader("Content-Encoding").isEmpty();
    if (!encoded && m_total >= 0 && m_body.size() < m_total) {
        WebError error = WebError::make(WebError::Kind::Network, m_url);
        error.detail = tr("the connection closed before the whole page arrived");
        fail(error);
        return;
    }
    succeed();
}

WebError PageFetcher::networkError() const
{
    WebError error = WebError::make(WebError::Kind::Network, m_url);
    error.detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::HostNotFoundError:
        error.networkCause = WebError::NetworkCause::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.networkCause = WebError::NetworkCause::Refused;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError: // https in a Qt without TLS
        error.networkCause = WebError::NetworkCause::Tls;
        break;
    default:
        break;
    }
    return error;
}

void PageFetcher::onTimeout(WebError::TimeoutPhase phase)
{
    WebError error = WebError::make(WebError::Kind::Timeout, m_url);
    error.timeoutPhase = phase;
    fail(error);
}

void PageFetcher::succeed()
{
    if (!m_running)
        return;
    MediaType::Kind kind = m_kind;
    QString type = m_mediaType;
    if (kind == MediaType::Kind::Missing) {
        if (!m_body.trimmed().isEmpty() && !MediaType::looksLikeHtml(m_body)) {
            fail(WebError::make(WebError::Kind::NotHtml, m_url));
            return;
        }
        kind = MediaType::Kind::Html;
        type = QStringLiteral("text/html");
    }
    const HtmlDecoder::Result decoded = kind == MediaType::Kind::PlainText
                                            ? HtmlDecoder::decodeText(m_body, m_contentTypeHeader)
                                            : HtmlDecoder::decodeHtml(m_body, m_contentTypeHeader);
    if (decoded.text.trimmed().isEmpty()) {
        fail(WebError::make(WebError::Kind::EmptyPage, m_url));
        return;
    }
    FetchedPage page;
    page.url = m_url;
    page.contentType = type;
    page.html = decoded.text;
    page.isPlainText = kind == MediaType::Kind::PlainText;
    page.encoding = decoded.encoding;
    page.redirects = m_redirects;
    page.bytes = m_body.size();
    m_running = false;
    m_totalTimer.stop();
    dropReply();
    m_body.clear();
    qCDebug(lcWeb) << "fetched" << page.url.toString(QUrl::RemoveUserInfo) << page.bytes << "bytes,"
                   << page.encoding;
    Q_EMIT finished(page);
}

void PageFetcher::cancel()
{
    if (m_running)
        fail(WebError::make(WebError::Kind::Cancelled, m_url));
}

void PageFetcher::fail(const WebError& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_totalTimer.stop();
    dropReply();
    m_body.clear();
    WebError out = error;
    if (out.url.isEmpty())
        out.url = m_url;
    qCInfo(lcWeb) << "fetch failed:" << WebError::kindName(out.kind) << out.httpStatus
                  << out.url.toString(QUrl::RemoveUserInfo);
    Q_EMIT failed(out);
}

void PageFetcher::failLater(const WebError& error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, error] {
            if (generation == m_generation)
                fail(error);
        },
        Qt::QueuedConnection);
}

void PageFetcher::dropReply()
{
    m_connectTimer.stop();
    m_idleTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // Aborted from the event loop: Qt 6.4 complains ("QNetworkReplyImplPrivate::error:
    // Internal problem") when a reply is aborted inside its own metaDataChanged().
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace st
