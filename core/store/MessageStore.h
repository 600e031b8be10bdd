#pragma once

#include "core/store/MessageRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QPair>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>
#include <optional>

namespace st {

/// Messages of sessions. A streaming reply is appended as a row at its first token and
/// updated as it grows (see StreamingMessageWriter).
class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(QSqlDatabase db, Clock clock = systemClock(), QObject* parent = nullptr);

    std::optional<MessageRecord> append(qint64 sessionId, MessageRecord::Role role,
                                        const QString& content, MessageRecord::Status status,
                                        int chapter = -1);
    bool update(qint64 messageId, const QString& content, MessageRecord::Status status);
    /// Records the tokens the server reported for a reply (-1: unknown).
    bool setUsage(qint64 messageId, int promptTokens, int completionTokens);
    /// The listener's message becomes \a translation; what they wrote is kept as original.
    bool setTranslation(qint64 messageId, const QString& translation, const QString& original,
                        const QString& language);
    /// Prompt and completion tokens of all of a session's replies.
    QPair<int, int> sessionUsage(qint64 sessionId) const;
    std::optional<MessageRecord> get(qint64 messageId) const;
    QVector<MessageRecord> list(qint64 sessionId) const;
    /// The newest \a limit messages with a seq below \a beforeSeq, oldest first: a page of a
    /// long history, read as the reader scrolls back.
    QVector<MessageRecord> page(qint64 sessionId, qint64 beforeSeq, int limit) const;
    /// The messages with \a fromSeq <= seq < \a beforeSeq, oldest first.
    QVector<MessageRecord> range(qint64 sessionId, qint64 fromSeq, qint64 beforeSeq) const;
    /// The narrator's latest reply in the furthest chapter told; none before the hook.
    std::optional<MessageRecord> lastNarration(qint64 sessionId) const;

    QString lastError() const { return m_lastError; }
    QSqlDatabase database() const { return m_db; }

private:
    QVector<MessageRecord> select(const QString& sql, const QVariantMap& values) const;

    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
