#include "core/store/SessionStore.h"

#include "core/store/StoreLog.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace st {
namespace {

SessionRecord readSession(const QSqlQuery& q)
{
    SessionRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.name = q.value(2).toString();
    r.language = q.value(3).toString();
    r.scriptId = q.value(4).toLongLong();
    r.scriptTitle = q.value(5).toString();
    r.scriptBody = q.value(6).toString();
    r.provider = q.value(7).toString();
    r.createdAt = q.value(8).toLongLong();
    r.lastUsedAt = q.value(9).toLongLong();
    r.messageCount = q.value(10).toInt();
    r.summary = q.value(11).toString();
    r.summaryUptoSeq = q.value(12).toInt();
    r.titleByUser = q.value(13).toBool();
    r.chapterReached = q.value(14).isNull() ? -1 : q.value(14).toInt();
    r.scriptAttached = q.value(15).toBool();
    r.replyLength = std::clamp(q.value(16).toInt(), -1, 1);
    r.listening = q.value(17).toBool();
    return r;
}

} // namespace

SessionStore::SessionStore(QSqlDatabase db, Clock clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(std::move(clock))
{}

std::optional<SessionRecord> SessionStore::create(const QString& name, const QString& language,
                                                  const QString& provider, bool titleByUser)
{
    QSqlQuery q(m_db);
    q.prepare(sql::insertSession);
    q.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":provider"), provider);
    q.bindValue(QStringLiteral(":now"), m_clock());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "create session failed:" << m_lastError;
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (titleByUser)
        exec(sql::markTitleByUser, {{QStringLiteral(":id"), id}});
    Q_EMIT sessionsChanged();
    return get(id);
}

std::optional<SessionRecord> SessionStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectSession);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readSession(q);
}

QVector<SessionRecord> SessionStore::list(int limit, int offset) const
{
    QVector<SessionRecord> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::selectSessions);
    q.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit); // -1: no limit
    q.bindValue(QStringLiteral(":offset"), std::max(0, offset));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "list sessions failed:" << m_lastError;
        return result;
    }
    while (q.next())
        result.append(readSession(q));
    return result;
}

bool SessionStore::attachScript(qint64 id, qint64 scriptId, const QString& title,
                                const QString& body)
{
    QSqlQuery q(m_db);
    q.prepare(sql::attachScript);
    q.bindValue(QStringLiteral(":script_id"), scriptId > 0 ? QVariant(scriptId) : QVariant());
    q.bindValue(QStringLiteral(":title"), title);
    q.bindValue(QStringLiteral(":body"), body);
    q.bindValue(QStringLiteral(":now"), m_clock());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "attach script failed:" << m_lastError;
        return false;
    }
    Q_EMIT sessionsChanged();
    return true;
}

bool SessionStore::exec(const QString& statement, const QVariantMap& values)
{
    QSqlQuery q(m_db);
    q.prepare(statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "session update failed:" << m_lastError;
        return false;
    }
    return true;
}

bool SessionStore::rename(qint64 id, const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return false;
    if (!exec(sql::renameSession,
              {{QStringLiteral(":name"), trimmed}, {QStringLiteral(":id"), id}}))
        return false;
    Q_EMIT sessionsChanged();
    return true;
}

bool SessionStore::setGeneratedTitle(qint64 id, const QString& title)
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty() || !exec(sql::setGeneratedTitle, {{QStringLiteral(":name"), trimmed},
                                                            {QStringLiteral(":id"), id}}))
        return false;
    Q_EMIT sessionsChanged();
    return true;
}

std::optional<SessionRecord> SessionStore::fork(qint64 id, qint64 uptoMessageId,
                                                const QString& name)
{
    QSqlQuery seq(m_db);
    seq.prepare(sql::messageSeq);
    seq.bindValue(QStringLiteral(":message"), uptoMessageId);
    seq.bindValue(QStringLiteral(":id"), id);
    if (!seq.exec() || !seq.next()) {
        m_lastError = seq.lastError().isValid() ? seq.lastError().text()
                                                : QStringLiteral("no such message in the session");
        return std::nullopt;
    }
    const int upto = seq.value(0).toInt();
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(sql::insertFork);
    q.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":name"), name.simplified());
    q.bindValue(QStringLiteral(":now"), m_clock());
    q.bindValue(QStringLiteral(":id"), id);
    const bool inserted = q.exec() && q.numRowsAffected() == 1;
    const qint64 forkId = inserted ? q.lastInsertId().toLongLong() : 0;
    if (!inserted || !exec(sql::copyMessagesUpTo, {{QStringLiteral(":fork"), forkId},
                                                   {QStringLiteral(":id"), id},
                                                   {QStringLiteral(":upto"), upto}})) {
        if (!inserted)
            m_lastError = q.lastError().text();
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return std::nullopt;
    }
    Q_EMIT sessionsChanged();
    return get(forkId);
}

bool SessionStore::remove(qint64 id)
{
    // Its messages go with it (ON DELETE CASCADE), and their spoken audio with them.
    if (!exec(sql::deleteSession, {{QStringLiteral(":id"), id}}))
        return false;
    Q_EMIT sessionsChanged();
    return true;
}

bool SessionStore::clearHistory(qint64 id)
{
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    if (!exec(sql::deleteSessionMessages, {{QStringLiteral(":id"), id}}) ||
        !exec(sql::resetSessionSummary,
              {{QStringLiteral(":now"), m_clock()}, {QStringLiteral(":id"), id}})) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    Q_EMIT sessionsChanged();
    return true;
}

bool SessionStore::touch(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(sql::touchSession);
    q.bindValue(QStringLiteral(":now"), m_clock());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    Q_EMIT sessionsChanged();
    return true;
}

bool SessionStore::setReplyLength(qint64 id, int length)
{
    QSqlQuery q(m_db);
    q.prepare(sql::setReplyLength);
    q.bindValue(QStringLiteral(":length"), std::clamp(length, -1, 1));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SessionStore::setListening(qint64 id, bool on)
{
    QSqlQuery q(m_db);
    q.prepare(sql::setListening);
    q.bindValue(QStringLiteral(":on"), on ? 1 : 0);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SessionStore::setSummary(qint64 id, const QString& summary, int uptoSeq)
{
    QSqlQuery q(m_db);
    q.prepare(sql::setSessionSummary);
    q.bindValue(QStringLiteral(":summary"), summary);
    q.bindValue(QStringLiteral(":upto"), uptoSeq);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace st
