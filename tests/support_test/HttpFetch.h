#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QUrl>
#include <QVector>

class QNetworkAccessManager;

namespace st {

/// One request made with QNetworkAccessManager, waited for on a local event loop, with what
/// the client saw and when: the status, headers, body bytes as they arrived, and the error.
class HttpFetch
{
public:
    struct Options
    {
        QByteArray verb = "GET"; ///< "POST" when there is a body and this is left "GET"
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        /// Stop waiting when no bytes have come for this long after the first ones (-1:
        /// wait for the end); the reply is then aborted and finished stays false.
        int quietMs = -1;
        int timeoutMs = 10000; ///< give up (finished stays false)
    };

    HttpFetch(QNetworkAccessManager& manager, const QUrl& url, const Options& options);
    HttpFetch(QNetworkAccessManager& manager, const QUrl& url) : HttpFetch(manager, url, {}) {}

    int status = 0;
    QByteArray reason;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    bool finished = false;
    qint64 headersMs = -1;      ///< when the headers came, from the start of the request
    QVector<qint64> arrivalsMs; ///< when each batch of body bytes came
    QVector<qsizetype> arrivalSizes;
    qint64 elapsedMs = 0; ///< until the end, the quiet stop or the timeout

    QByteArray header(const QByteArray& name) const;

    /// Writes \a request to 127.0.0.1:\a port on a plain socket and returns every byte
    /// that came back until the server closed the connection or \a timeoutMs passed.
    static QByteArray rawExchange(quint16 port, const QByteArray& request, int timeoutMs = 5000);
    /// The data chunks of a chunked HTTP response (\a wire includes the head), up to the
    /// terminating chunk or the end of \a wire.
    static QVector<QByteArray> chunksOf(const QByteArray& wire);
};

} // namespace st
