#include "core/store/ReplyVersions.h"

#include "core/store/MessageStore.h"
#include "core/store/ReplyVersionsSql.h"
#include "core/store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace st {
namespace {

QVariant orNull(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

ReplyVersions::Version readVersion(const QSqlQuery& q)
{
    ReplyVersions::Version v;
    v.id = q.value(0).toLongLong();
    v.content = q.value(1).toString();
    v.status = MessageRecord::statusFromName(q.value(2).toString());
    v.chapter = q.value(3).isNull() ? -1 : q.value(3).toInt();
    v.promptTokens = q.value(4).isNull() ? -1 : q.value(4).toInt();
    v.completionTokens = q.value(5).isNull() ? -1 : q.value(5).toInt();
    v.writtenAt = q.value(6).toLongLong();
    return v;
}

} // namespace

ReplyVersions::ReplyVersions(QSqlDatabase db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{}

bool ReplyVersions::keep(const MessageRecord& m)
{
    if (m.content.trimmed().isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(sql::keepAlternative);
    q.bindValue(QStringLiteral(":message"), m.id);
    q.bindValue(QStringLiteral(":content"), m.content);
    q.bindValue(QStringLiteral(":status"), MessageRecord::statusName(m.status));
    q.bindValue(QStringLiteral(":chapter"), orNull(m.chapter));
    q.bindValue(QStringLiteral(":prompt"), orNull(m.promptTokens));
    q.bindValue(QStringLiteral(":completion"), orNull(m.completionTokens));
    q.bindValue(QStringLiteral(":written"), m.updatedAt > 0 ? m.updatedAt : m_clock());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "keeping a reply version failed:" << m_lastError;
        return false;
    }
    return true;
}

QVector<ReplyVersions::Version> ReplyVersions::alternatives(qint64 messageId) const
{
    QVector<Version> out;
    QSqlQuery q(m_db);
    q.prepare(sql::selectAlternatives);
    q.bindValue(QStringLiteral(":message"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readVersion(q));
    return out;
}

QVector<ReplyVersions::Version> ReplyVersions::versions(qint64 messageId) const
{
    QVector<Version> out = alternatives(messageId);
    const auto message = MessageStore(m_db).get(messageId);
    if (!message)
        return out;
    Version current;
    current.content = message->content;
    current.status = message->status;
    current.chapter = message->chapter;
    current.promptTokens = message->promptTokens;
    current.completionTokens = message->completionTokens;
    current.writtenAt = message->updatedAt;
    out.append(current);
    std::stable_sort(out.begin(), out.end(),
                     [](const Version& a, const Version& b) { return a.writtenAt < b.writtenAt; });
    return out;
}

bool ReplyVersions::choose(qint64 messageId, qint64 versionId)
{
    QSqlQuery find(m_db);
    find.prepare(sql::selectAlternative);
    find.bindValue(QStringLiteral(":id"), versionId);
    find.bindValue(QStringLiteral(":message"), messageId);
    const auto message = MessageStore(m_db).get(messageId);
    if (!message || !find.exec() || !find.next()) {
        m_lastError = QStringLiteral("no such version");
        return false;
    }
    const Version chosen = readVersion(find);
    if (!m_db.transaction()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    QSqlQuery put(m_db);
    put.prepare(sql::putVersionInMessage);
    put.bindValue(QStringLiteral(":content"), chosen.content);
    put.bindValue(QStringLiteral(":status"), MessageRecord::statusName(chosen.status));
    put.bindValue(QStringLiteral(":chapter"), orNull(chosen.chapter));
    put.bindValue(QStringLiteral(":prompt"), orNull(chosen.promptTokens));
    put.bindValue(QStringLiteral(":completion"), orNull(chosen.completionTokens));
    put.bindValue(QStringLiteral(":written"), chosen.writtenAt);
    put.bindValue(QStringLiteral(":message"), messageId);
    QSqlQuery drop(m_db);
    drop.prepare(sql::deleteAlternative);
    drop.bindValue(QStringLiteral(":id"), versionId);
    if (!keep(*message) || !put.exec() || !drop.exec()) {
        if (m_lastError.isEmpty() || put.lastError().isValid() || drop.lastError().isValid())
            m_lastError =
                put.lastError().isValid() ? put.lastError().text() : drop.lastError().text();
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_lastError = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

int ReplyVersions::shownIndex(const QVector<Version>& versions)
{
    for (int i = 0; i < versions.size(); ++i) {
        if (versions[i].id == 0)
            return i;
    }
    return 0;
}

bool ReplyVersions::step(qint64 messageId, int step)
{
    const QVector<Version> all = versions(messageId);
    const int target = shownIndex(all) + step;
    return target >= 0 && target < all.size() && all[target].id != 0 &&
           choose(messageId, all[target].id);
}

} // namespace st
