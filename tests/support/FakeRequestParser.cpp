#include "support/FakeRequestParser.h"

#include <QList>

namespace st {

void FakeRequestParser::feed(const QByteArray& bytes)
{
    if (m_error)
        return;
    m_buffer += bytes;
    while (!m_error && parseOne()) {
    }
}

bool FakeRequestParser::parseOne()
{
    if (!m_haveHead) {
        // Tolerate blank lines between requests (RFC 9112 §2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > 1024 * 1024)
                m_error = true;
            return false;
        }
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head)) {
            m_error = true;
            return false;
        }
        m_haveHead = true;
    }
    if (m_chunked) {
        if (!takeChunkedBody())
            return false;
    } else {
        if (m_buffer.size() < m_contentLength)
            return false;
        m_current.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
    }
    m_ready.enqueue(m_current);
    m_current = FakeRequest();
    m_haveHead = false;
    return true;
}

bool FakeRequestParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return false;
    m_current.method = requestLine.at(0);
    m_current.httpVersion = requestLine.at(2);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    m_current.path = QString::fromUtf8(question < 0 ? target : target.left(question));
    m_current.query = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_current.headers.find(name);
        if (it == m_current.headers.end())
            m_current.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }
    m_chunked = m_current.header("transfer-encoding").toLower().contains("chunked");
    m_contentLength = 0;
    if (!m_chunked && m_current.hasHeader("content-length")) {
        bool ok = false;
        m_contentLength = m_current.header("content-length").toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return false;
    }
    return true;
}

bool FakeRequestParser::takeChunkedBody()
{
    QByteArray body;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = m_buffer.mid(at, lineEnd - at);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_error = true;
            return false;
        }
        at = lineEnd + 2;
        if (size == 0) {
            // Trailer fields, then an empty line.
            for (;;) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", at);
                if (trailerEnd < 0)
                    return false;
                const bool empty = trailerEnd == at;
                at = trailerEnd + 2;
                if (empty)
                    break;
            }
            m_current.body = body;
            m_buffer.remove(0, at);
            return true;
        }
        if (m_buffer.size() < at + size + 2)
            return false;
        body += m_buffer.mid(at, size);
        at += size + 2;
    }
}

} // namespace st
