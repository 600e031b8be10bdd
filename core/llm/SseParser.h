#pragma once

#include "core/llm/SseEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace st {

/// An incremental Server-Sent Events parser that follows the WHATWG HTML "event stream
/// interpretation" rules: one leading UTF-8 BOM stripped; lines end with CRLF, LF or CR,
/// also when a CRLF is split between two feed() calls; `:` comments; the `event`, `data`,
/// `id` (ignored if it holds NUL) and `retry` (digits only) fields; a blank line dispatches.
/// Bytes are decoded as UTF-8 one complete line at a time, so a character split between
/// feeds survives and invalid bytes become U+FFFD as the WHATWG decoder does it.
///
/// One extension for llama.cpp's older mid-stream error form (`error: {json}` then a blank
/// line, a field a WHATWG parser ignores): the values of `error` fields in a block are
/// joined by "\n" and, when the block ends, dispatched as an extra event of type "error"
/// after the block's normal event if it has one.
class SseParser
{
public:
    /// \a initialLastEventId: the ID a reconnecting client sent as Last-Event-ID.
    explicit SseParser(QString initialLastEventId = {});

    /// The events these bytes complete, in order.
    QVector<SseEvent> feed(const QByteArray& bytes);
    /// The end of the stream. An incomplete line or event is discarded (so nothing is
    /// returned); lastEventId() and retryMs() are kept, and the next feed() starts a new
    /// stream (a reconnection) whose BOM is stripped again.
    QVector<SseEvent> finish();

    /// The last event ID string: updated when a block ends, whether or not it dispatched.
    QString lastEventId() const { return m_lastEventId; }
    /// The reconnection time the stream set, in ms; -1 when it never set one.
    int retryMs() const { return m_retryMs; }

    /// The most one event may hold (its lines, its data): a server sending more without
    /// ending a line or an event is not a stream of replies, and must not fill the memory.
    static constexpr qsizetype kMaxEventBytes = 8 * 1024 * 1024;
    /// An event grew past kMaxEventBytes: what it held is dropped and nothing more is
    /// parsed until finish().
    bool overflowed() const { return m_overflowed; }

private:
    void consume(QByteArrayView input, QVector<SseEvent>& events);
    void processLine(QByteArrayView line, QVector<SseEvent>& events);
    void processField(QByteArrayView name, QByteArrayView value);
    void dispatch(QVector<SseEvent>& events);

    QByteArray m_start;     // the stream's first bytes while they may still be a BOM
    bool m_atStart = true;  // no byte of the stream has been consumed yet
    QByteArray m_line;      // the current line, its end not seen yet
    bool m_afterCr = false; // the last byte consumed was a CR: a LF next ends no new line
    QString m_data;
    QString m_eventType;
    QString m_idBuffer;
    QString m_lastEventId;
    QString m_error;
    bool m_hasError = false;
    int m_retryMs = -1;
    bool m_overflowed = false;
    void overflow();
};

} // namespace st
