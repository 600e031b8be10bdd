#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace st {

/// One HTTP request as FakeLlmServer received it.
struct FakeRequest
{
    QByteArray method;      ///< "GET", "POST", …
    QString path;           ///< the target without its query, e.g. "/v1/chat/completions"
    QString query;          ///< what followed '?', still percent-encoded ("" when none)
    QByteArray httpVersion; ///< "HTTP/1.1"
    /// Header names lowercased; a header sent more than once has its values joined by ", ".
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;       ///< the body bytes (de-chunked when sent chunked)
    qint64 receivedMs = 0; ///< when it was complete, in ms since the server started listening
    int promptTokens = 0;  ///< FakeLlmServer::estimateTokens over its messages / input

    /// The value of header \a name (any case), or an empty array.
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray& name) const { return headers.contains(name.toLower()); }
    /// The body as a JSON object (empty when it is not one).
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace st
