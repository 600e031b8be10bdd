#pragma once

#include <QByteArray>
#include <QVector>

namespace st {

/// Splits newline-delimited JSON (Ollama's application/x-ndjson) into lines, one JSON
/// value each. Works on bytes, so a UTF-8 character split between two feeds survives;
/// decoding and JSON parsing are the caller's.
class NdjsonParser
{
public:
    /// The complete, non-empty lines these bytes finish, in order, without their "\n" or
    /// a "\r" before it.
    QVector<QByteArray> feed(const QByteArray& bytes);
    /// The end of the stream: its last line if it had no "\n" (Ollama's last object may
    /// lack one), else an empty array. The parser is then ready for a new stream.
    QByteArray finish();

    /// The longest line kept: a server sending more without a newline is not sending
    /// replies, and must not fill the memory.
    static constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;
    /// A line grew past kMaxLineBytes: it is dropped and nothing more is split until
    /// finish().
    bool overflowed() const { return m_overflowed; }

private:
    QByteArray m_line; // the current line, its "\n" not seen yet
    bool m_overflowed = false;
};

} // namespace st
