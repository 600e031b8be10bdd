#pragma once

#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>
#include <optional>

namespace st {

/// Sessions: create, list (most recently used first), attach the chosen script, touch,
/// rename, delete, clear.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    explicit SessionStore(QSqlDatabase db, Clock clock = systemClock(), QObject* parent = nullptr);

    /// \a titleByUser: the listener chose \a name (it is never replaced by a generated
    /// title); otherwise the session takes its story's title when one is attached.
    std::optional<SessionRecord> create(const QString& name, const QString& language,
                                        const QString& provider = QStringLiteral("offline"),
                                        bool titleByUser = true);
    std::optional<SessionRecord> get(qint64 id) const;
    /// Most recently used first, without each session's script and summary (get() reads
    /// them; scriptAttached says whether there is one); \a limit of them (all when
    /// negative) from the \a offset'th.
    QVector<SessionRecord> list(int limit = -1, int offset = 0) const;
    bool attachScript(qint64 id, qint64 scriptId, const QString& title, const QString& body);
    bool touch(qint64 id);
    /// The listener's name for the session; it sticks (blank names are refused).
    bool rename(qint64 id, const QString& name);
    /// A generated title; ignored when the listener has named the session.
    bool setGeneratedTitle(qint64 id, const QString& title);
    /// A new session (named \a name) with session \a id's language and story and a copy of
    /// its history up to and including message \a uptoMessageId; the original is untouched.
    std::optional<SessionRecord> fork(qint64 id, qint64 uptoMessageId, const QString& name);
    /// Deletes the session with its messages and their spoken audio.
    bool remove(qint64 id);
    /// Deletes the session's messages (and summary), keeping its name, language and story.
    bool clearHistory(qint64 id);
    /// The listener's wish for the narrator's chapters: -1 shorter, 0 as written, 1 longer.
    bool setReplyLength(qint64 id, int length);
    /// Audiobook mode on or off for the session (kept in its metadata, like the length).
    bool setListening(qint64 id, bool on);
    /// Stores the rolling summary of the session's messages up to \a uptoSeq.
    bool setSummary(qint64 id, const QString& summary, int uptoSeq);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void sessionsChanged();

private:
    bool exec(const QString& statement, const QVariantMap& values);

    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
