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

private:
    QByteArray m_line; // the current line, its "\n" not seen yet
};

} // namespace st
