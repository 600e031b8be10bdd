#pragma once

#include "support/FakeRequest.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QVector>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace st {

/// A web server on 127.0.0.1 for page-fetching tests: each path answers with a scripted
/// Response — any status, headers and body, redirects, a body written slowly or stalling
/// halfway, no answer at all, or a huge body streamed for as long as the client reads.
/// Every answer closes its connection (`Connection: close`). It runs on the caller's
/// event loop: a test spins the loop (QSignalSpy::wait, QTRY_…) while a client talks to it.
///
/// \code
/// FakeWebServer web;
/// ASSERT_TRUE(web.listen());
/// web.route(QStringLiteral("/a"), FakeWebServer::Response::html("<p>Hi</p>"));
/// fetcher.fetch(web.url(QStringLiteral("/a")));
/// \endcode
class FakeWebServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        /// Written in this order. Content-Length is added unless given here or
        /// contentLength is false; Connection: close is always added.
        QVector<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        /// false: no Content-Length; the body ends when the server closes the connection.
        bool contentLength = true;
        /// Writes the body in pieces of this many bytes (0: at once), chunkDelayMs apart.
        int chunkBytes = 0;
        int chunkDelayMs = 0;
        /// After this many body bytes the server writes nothing more and keeps the
        /// connection open (-1: never).
        qint64 stallAfterBytes = -1;
        /// Reads the request and never answers (not even a status line).
        bool silent = false;
        /// Waits this long before the status line.
        int headerDelayMs = 0;
        /// After body, this many bytes of generated HTML paragraphs, written in 64 KB
        /// pieces as fast as the client reads them.
        qint64 streamBytes = 0;

        Response& setHeader(const QByteArray& name, const QByteArray& value);

        /// 200 with \a html and \a contentType.
        static Response html(const QByteArray& html,
                             const QByteArray& contentType = "text/html; charset=utf-8");
        /// 200 with \a body of \a contentType (no Content-Type header when empty).
        static Response content(const QByteArray& contentType, const QByteArray& body);
        /// \a status with a short HTML body.
        static Response error(int status);
        /// \a status with `Location: <location>`.
        static Response redirect(const QByteArray& location, int status = 302);
    };

    explicit FakeWebServer(QObject* parent = nullptr);
    ~FakeWebServer() override;

    /// Listens on 127.0.0.1 at a free port; false when it cannot.
    bool listen();
    void close();
    quint16 port() const;
    /// "http://127.0.0.1:PORT" + \a path (which may carry a query).
    QUrl url(const QString& path) const;

    /// Answers every request to \a path (without query) with \a response. Unrouted paths
    /// get a 404 page.
    void route(const QString& path, const Response& response);
    /// Routes \a prefix + "/1" … \a prefix + "/<hops>", each redirecting (302, a relative
    /// Location) to the next and the last to \a target; returns the first path.
    QString redirectChain(const QString& prefix, int hops, const QByteArray& target);

    /// Every request received, oldest first.
    QVector<FakeRequest> requests() const { return m_requests; }
    QStringList requestedPaths() const;
    FakeRequest lastRequest() const;
    /// Body bytes written to clients so far, over all connections.
    qint64 bodyBytesWritten() const { return m_bodyBytesWritten; }
    int openConnections() const { return int(m_connections.size()); }

Q_SIGNALS:
    void requestReceived(const QString& path);
    /// A client connection was closed, by either side.
    void connectionClosed();

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void writeHead(QTcpSocket* socket);
    void pump(QTcpSocket* socket);
    QByteArray nextPiece(Connection& connection, qint64 size) const;

    QTcpServer* m_server;
    QHash<QString, Response> m_routes;
    QVector<FakeRequest> m_requests;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    qint64 m_bodyBytesWritten = 0;
};

} // namespace st
