#pragma once

#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace st {

/// Sessions: create, list (most recently used first), attach the chosen script, touch.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    explicit SessionStore(QSqlDatabase db, Clock clock = systemClock(), QObject* parent = nullptr);

    std::optional<SessionRecord> create(const QString& name, const QString& language,
                                        const QString& provider = QStringLiteral("offline"));
    std::optional<SessionRecord> get(qint64 id) const;
    QVector<SessionRecord> list() const;
    bool attachScript(qint64 id, qint64 scriptId, const QString& title, const QString& body);
    bool touch(qint64 id);
    /// Stores the rolling summary of the session's messages up to \a uptoSeq.
    bool setSummary(qint64 id, const QString& summary, int uptoSeq);

    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void sessionsChanged();

private:
    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
