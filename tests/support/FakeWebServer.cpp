#include "support/FakeWebServer.h"

#include "support/FakeRequestParser.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace st {
namespace {

const QByteArray kFiller =
    QByteArrayLiteral("<p>The quick brown fox jumps over the lazy dog.</p>\n");
constexpr qint64 kStreamPiece = 64 * 1024;
constexpr qint64 kMaxQueued = 1024 * 1024; // bytes waiting in the socket before we pause

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool hasHeader(const QVector<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

struct FakeWebServer::Connection
{
    FakeRequestParser parser;
    Response response;
    QTimer* timer = nullptr; // child of the socket
    bool answering = false;
    bool headWritten = false;
    bool delaying = false;
    qint64 sent = 0;  // body bytes written
    qint64 total = 0; // body bytes in all
};

FakeWebServer::Response& FakeWebServer::Response::setHeader(const QByteArray& name,
                                                            const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

FakeWebServer::Response FakeWebServer::Response::html(const QByteArray& html,
                                                      const QByteArray& contentType)
{
    return content(contentType, html);
}

FakeWebServer::Response FakeWebServer::Response::content(const QByteArray& contentType,
                                                         const QByteArray& body)
{
    Response response;
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType);
    response.body = body;
    return response;
}

FakeWebServer::Response FakeWebServer::Response::error(int status)
{
    Response response = html("<html><body><h1>" + QByteArray::number(status) + ' ' +
                             reasonPhrase(status) + "</h1></body></html>");
    response.status = status;
    return response;
}

FakeWebServer::Response FakeWebServer::Response::redirect(const QByteArray& location, int status)
{
    Response response = html("<html><body>Moved</body></html>");
    response.status = status;
    response.setHeader("Location", location);
    return response;
}

FakeWebServer::FakeWebServer(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeWebServer::onNewConnection);
}

FakeWebServer::~FakeWebServer()
{
    close();
}

bool FakeWebServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void FakeWebServer::close()
{
    m_server->close();
    const QList<QTcpSocket*> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

quint16 FakeWebServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeWebServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeWebServer::route(const QString& path, const Response& response)
{
    m_routes.insert(path, response);
}

QString FakeWebServer::redirectChain(const QString& prefix, int hops, const QByteArray& target)
{
    for (int i = 1; i <= hops; ++i) {
        const QByteArray next =
            i < hops ? prefix.toUtf8() + '/' + QByteArray::number(i + 1) : target;
        route(prefix + u'/' + QString::number(i), Response::redirect(next));
    }
    return prefix + QStringLiteral("/1");
}

QStringList FakeWebServer::requestedPaths() const
{
    QStringList paths;
    for (const FakeRequest& request : m_requests)
        paths.append(request.path);
    return paths;
}

FakeRequest FakeWebServer::lastRequest() const
{
    return m_requests.isEmpty() ? FakeRequest() : m_requests.constLast();
}

void FakeWebServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->timer = new QTimer(socket);
        connection->timer->setSingleShot(true);
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            const auto c = m_connections.value(socket);
            if (c && c->headWritten && !c->delaying)
                pump(socket);
        });
        connect(connection->timer, &QTimer::timeout, this, [this, socket] {
            const auto c = m_connections.value(socket);
            if (!c)
                return;
            c->delaying = false;
            if (!c->headWritten)
                writeHead(socket);
            else
                pump(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_connections.remove(socket) == 0)
                return;
            socket->deleteLater();
            Q_EMIT connectionClosed();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeWebServer::onReadyRead(QTcpSocket* socket)
{
    const auto c = m_connections.value(socket);
    if (!c)
        return;
    const QByteArray bytes = socket->readAll();
    const bool first = c->parser.pendingBytes() == 0 && !c->answering;
    if (first && !bytes.isEmpty() && (bytes.at(0) < 'A' || bytes.at(0) > 'Z')) {
        socket->abort(); // not HTTP: a TLS handshake, say
        return;
    }
    c->parser.feed(bytes);
    if (c->parser.hasError()) {
        socket->abort();
        return;
    }
    if (c->answering || !c->parser.hasRequest())
        return;
    const FakeRequest request = c->parser.takeRequest();
    m_requests.append(request);
    c->answering = true;
    c->response =
        m_routes.contains(request.path) ? m_routes.value(request.path) : Response::error(404);
    c->total = c->response.body.size() + qMax<qint64>(0, c->response.streamBytes);
    Q_EMIT requestReceived(request.path);
    if (c->response.silent)
        return;
    if (c->response.headerDelayMs > 0) {
        c->delaying = true;
        c->timer->start(c->response.headerDelayMs);
        return;
    }
    writeHead(socket);
}

void FakeWebServer::writeHead(QTcpSocket* socket)
{
    const auto c = m_connections.value(socket);
    if (!c)
        return;
    const Response& response = c->response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.contentLength && !hasHeader(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(c->total) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    c->headWritten = true;
    pump(socket);
}

QByteArray FakeWebServer::nextPiece(Connection& c, qint64 size) const
{
    QByteArray piece;
    piece.reserve(size);
    const QByteArray& body = c.response.body;
    qint64 at = c.sent;
    if (at < body.size()) {
        const qint64 n = qMin(size, qint64(body.size()) - at);
        piece += body.mid(at, n);
        at += n;
    }
    while (piece.size() < size) {
        const qint64 offset = (at - body.size()) % kFiller.size();
        const qint64 n = qMin(size - piece.size(), kFiller.size() - offset);
        piece += kFiller.mid(offset, n);
        at += n;
    }
    return piece;
}

void FakeWebServer::pump(QTcpSocket* socket)
{
    const auto c = m_connections.value(socket);
    if (!c || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const Response& response = c->response;
    const qint64 limit =
        response.stallAfterBytes >= 0 ? qMin(c->total, response.stallAfterBytes) : c->total;
    while (c->sent < limit) {
        if (socket->bytesToWrite() > kMaxQueued)
            return; // bytesWritten resumes
        qint64 size = response.chunkBytes > 0    ? response.chunkBytes
                      : response.streamBytes > 0 ? kStreamPiece
                                                 : limit - c->sent;
        size = qMin(size, limit - c->sent);
        socket->write(nextPiece(*c, size));
        c->sent += size;
        m_bodyBytesWritten += size;
        if (response.chunkDelayMs > 0 && c->sent < limit) {
            c->delaying = true;
            c->timer->start(response.chunkDelayMs);
            return;
        }
    }
    if (c->sent >= c->total)
        socket->disconnectFromHost(); // once the bytes written are out
    // else: stalled, the connection stays open until the client closes it
}

} // namespace st
