#pragma once

#include "core/store/MessageRecord.h"
#include "core/util/Clock.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace st {

/// The versions of a narrator's reply: regenerating keeps the replaced text as an earlier
/// version (table message_alternatives), and choosing a version swaps it with the message's
/// content, so the message always holds the chosen one (what the narrator builds on and
/// what is exported). Versions are ordered by when they were written.
class ReplyVersions
{
public:
    struct Version
    {
        qint64 id = 0; // 0: the message's current content
        QString content;
        MessageRecord::Status status = MessageRecord::Status::Complete;
        int chapter = -1;
        int promptTokens = -1;
        int completionTokens = -1;
        qint64 writtenAt = 0;
    };

    explicit ReplyVersions(QSqlDatabase db, Clock clock = systemClock());

    /// Keeps \a message's current text as an earlier version (before it is replaced).
    /// Nothing is kept for an empty text.
    bool keep(const MessageRecord& message);
    /// Every version of message \a messageId, oldest first, the current one included.
    QVector<Version> versions(qint64 messageId) const;
    /// The other versions only (for export).
    QVector<Version> alternatives(qint64 messageId) const;
    /// Makes version \a versionId the message's content; the current one becomes an
    /// alternative. One transaction.
    bool choose(qint64 messageId, qint64 versionId);
    /// Which of versions() is the one shown (the one whose id is 0); 0 when none.
    static int shownIndex(const QVector<Version>& versions);
    /// Shows the version \a step places from the one shown (-1 the previous, 1 the next);
    /// false when there is none there.
    bool step(qint64 messageId, int step);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
