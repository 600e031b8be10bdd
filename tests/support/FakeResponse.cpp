// FakeResponse: the value type, its modifiers and the plain responses. The protocol
// builders are in FakeResponseOpenAi.cpp and FakeResponseOllama.cpp.
#include "support/FakeResponse.h"

namespace st {

QByteArray FakeResponse::reasonPhrase() const
{
    if (!m_reason.isEmpty())
        return m_reason;
    switch (m_status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray FakeResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QVector<FakeBodyPiece> FakeResponse::piecesToSend() const
{
    QVector<FakeBodyPiece> out;
    if (m_splitEvery > 0) {
        // Where each scripted piece starts, and its delay.
        QVector<QPair<qint64, int>> starts;
        qint64 offset = 0;
        for (const FakeBodyPiece& piece : m_pieces) {
            starts.append({offset, piece.delayMs});
            offset += piece.bytes.size();
        }
        const QByteArray all = body();
        qsizetype next = 0;
        for (qsizetype at = 0; at < all.size(); at += m_splitEvery) {
            int delay = 0;
            while (next < starts.size() && starts.at(next).first < at)
                ++next;
            if (next < starts.size() && starts.at(next).first == at)
                delay = starts.at(next).second;
            out.append({all.mid(at, m_splitEvery), delay});
        }
    } else {
        for (const FakeBodyPiece& piece : m_pieces) {
            if (!piece.bytes.isEmpty())
                out.append(piece);
        }
    }
    if (m_msPerPiece >= 0) {
        for (qsizetype i = 1; i < out.size(); ++i)
            out[i].delayMs = m_msPerPiece;
    }
    return out;
}

QByteArray FakeResponse::body() const
{
    QByteArray all;
    for (const FakeBodyPiece& piece : m_pieces)
        all += piece.bytes;
    return all;
}

FakeResponse& FakeResponse::setStatus(int status, const QByteArray& reasonPhrase)
{
    m_status = status;
    m_reason = reasonPhrase;
    return *this;
}

FakeResponse& FakeResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

FakeResponse& FakeResponse::addPiece(const QByteArray& bytes, int delayMs)
{
    m_pieces.append({bytes, delayMs});
    return *this;
}

FakeResponse& FakeResponse::setBody(const QByteArray& bytes)
{
    m_pieces = {{bytes, 0}};
    return *this;
}

FakeResponse& FakeResponse::setChunked(bool chunked)
{
    m_chunked = chunked;
    return *this;
}

FakeResponse& FakeResponse::dropAfterBytes(qint64 n)
{
    m_dropAfter = n;
    return *this;
}

FakeResponse& FakeResponse::stallAfterBytes(qint64 n)
{
    m_stallAfter = n;
    return *this;
}

FakeResponse& FakeResponse::delayHeaders(int ms)
{
    m_headerDelayMs = ms;
    return *this;
}

FakeResponse& FakeResponse::splitEvery(int n)
{
    m_splitEvery = n;
    return *this;
}

FakeResponse& FakeResponse::slow(int msPerPiece)
{
    m_msPerPiece = msPerPiece;
    return *this;
}

FakeResponse& FakeResponse::closeAfterResponse()
{
    m_close = true;
    return *this;
}

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse response;
    response.setStatus(status);
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.setBody(body);
    return response;
}

FakeResponse FakeResponse::notFound(const QByteArray& method, const QString& path)
{
    return openAiError(404, QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url"),
                       QStringLiteral("Unknown request URL: %1 %2. Please check the URL for typos, "
                                      "or see the docs at "
                                      "https://platform.openai.com/docs/api-reference/.")
                           .arg(QString::fromLatin1(method), path));
}

FakeResponse FakeResponse::stream(const QByteArray& contentType, const QVector<QByteArray>& pieces)
{
    FakeResponse response;
    response.setHeader(QByteArrayLiteral("Content-Type"), contentType);
    response.setChunked(true);
    for (const QByteArray& piece : pieces)
        response.addPiece(piece);
    return response;
}

} // namespace st
