#pragma once

#include "core/store/MessageRecord.h"
#include "core/util/Clock.h"

#include <QString>

namespace st {

class MessageStore;

/// Writes a streaming reply to the database so it is never lost: the row is created at the
/// first piece, flushed at least every second and at every sentence end, and finished with
/// its final status.
class StreamingMessageWriter
{
public:
    static constexpr qint64 kFlushIntervalMs = 1000;

    StreamingMessageWriter(MessageStore& store, qint64 sessionId, int chapter,
                           Clock clock = systemClock());
    /// Goes on writing into the existing row \a messageId, whose text is \a existingText
    /// (Continue), or replaces it when \a existingText is empty (Retry).
    StreamingMessageWriter(MessageStore& store, qint64 messageId, QString existingText,
                           Clock clock);

    /// Appends \a piece; returns false when the database refused the write.
    bool append(const QString& piece);
    bool finish(MessageRecord::Status status);
    bool finish(MessageRecord::Status status, int promptTokens, int completionTokens);

    qint64 messageId() const { return m_messageId; }
    QString text() const { return m_text; }
    int flushCount() const { return m_flushes; }

    static bool endsSentence(const QString& text);

private:
    bool flush(MessageRecord::Status status);

    MessageStore& m_store;
    qint64 m_sessionId;
    int m_chapter;
    Clock m_clock;
    qint64 m_messageId = 0;
    qint64 m_lastFlush = 0;
    QString m_text;
    int m_flushes = 0;
};

} // namespace st
