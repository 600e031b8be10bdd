#pragma once

#include "support/FakeRequest.h"

#include <QByteArray>
#include <QQueue>

namespace st {

/// Reads HTTP/1.1 requests from the bytes of one connection as they arrive, in any
/// number of reads: request line, headers (names lowercased), and a body framed by
/// Content-Length or `Transfer-Encoding: chunked` (none otherwise).
class FakeRequestParser
{
public:
    /// Appends \a bytes and parses every request they complete.
    void feed(const QByteArray& bytes);
    bool hasRequest() const { return !m_ready.isEmpty(); }
    /// The oldest complete request (receivedMs and promptTokens left 0).
    FakeRequest takeRequest() { return m_ready.dequeue(); }
    /// The bytes were not HTTP; nothing more is parsed.
    bool hasError() const { return m_error; }
    /// Bytes received but not yet part of a complete request.
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    bool parseOne();
    bool parseHead(const QByteArray& head);
    /// Decodes a chunked body from the start of m_buffer; false when incomplete.
    bool takeChunkedBody();

    QByteArray m_buffer;
    QQueue<FakeRequest> m_ready;
    FakeRequest m_current;
    bool m_haveHead = false;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    bool m_error = false;
};

} // namespace st
