#include "support_test/HttpFetch.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace st {

HttpFetch::HttpFetch(QNetworkAccessManager& manager, const QUrl& url, const Options& options)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : options.headers)
        request.setRawHeader(name, value);
    if (!options.body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    const QByteArray verb =
        options.verb == "GET" && !options.body.isEmpty() ? QByteArrayLiteral("POST") : options.verb;

    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = manager.sendCustomRequest(request, verb, options.body);
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setTimerType(Qt::PreciseTimer);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        if (headersMs < 0)
            headersMs = clock.elapsed();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray bytes = reply->readAll();
        if (bytes.isEmpty())
            return;
        body += bytes;
        arrivalsMs.append(clock.elapsed());
        arrivalSizes.append(bytes.size());
        if (options.quietMs >= 0)
            quiet.start(options.quietMs);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    timeout.start(options.timeoutMs);
    if (!finished)
        loop.exec();
    elapsedMs = clock.elapsed();

    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    headers = reply->rawHeaderPairs();
    if (finished) {
        body += reply->readAll();
        error = reply->error();
    } else {
        reply->disconnect(&loop);
        reply->abort();
    }
    delete reply;
}

QByteArray HttpFetch::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray HttpFetch::rawExchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    return received;
}

QVector<QByteArray> HttpFetch::chunksOf(const QByteArray& wire)
{
    QVector<QByteArray> chunks;
    qsizetype at = wire.indexOf("\r\n\r\n") + 4;
    for (;;) {
        const qsizetype lineEnd = wire.indexOf("\r\n", at);
        const qsizetype size = wire.mid(at, lineEnd - at).toLongLong(nullptr, 16);
        if (lineEnd < 0 || size <= 0)
            return chunks;
        chunks.append(wire.mid(lineEnd + 2, size));
        at = lineEnd + 2 + size + 2;
    }
}

} // namespace st
