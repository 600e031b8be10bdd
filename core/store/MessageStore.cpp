#include "core/store/MessageStore.h"

#include "core/store/StoreLog.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace st {
namespace {

MessageRecord readMessage(const QSqlQuery& q)
{
    MessageRecord r;
    r.id = q.value(0).toLongLong();
    r.sessionId = q.value(1).toLongLong();
    r.seq = q.value(2).toInt();
    r.role = MessageRecord::roleFromName(q.value(3).toString());
    r.content = q.value(4).toString();
    r.status = MessageRecord::statusFromName(q.value(5).toString());
    r.chapter = q.value(6).isNull() ? -1 : q.value(6).toInt();
    r.createdAt = q.value(7).toLongLong();
    r.updatedAt = q.value(8).toLongLong();
    r.promptTokens = q.value(9).isNull() ? -1 : q.value(9).toInt();
    r.completionTokens = q.value(10).isNull() ? -1 : q.value(10).toInt();
    r.original = q.value(11).toString();
    r.originalLanguage = q.value(12).toString();
    return r;
}

// A null QString binds as SQL NULL, which `content NOT NULL` refuses; an empty reply (one
// stopped before its first word) is stored as ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

MessageStore::MessageStore(QSqlDatabase db, Clock clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(std::move(clock))
{}

std::optional<MessageRecord> MessageStore::append(qint64 sessionId, MessageRecord::Role role,
                                                  const QString& content,
                                                  MessageRecord::Status status, int chapter)
{
    QSqlQuery q(m_db);
    q.prepare(sql::insertMessage);
    q.bindValue(QStringLiteral(":session_id"), sessionId);
    q.bindValue(QStringLiteral(":role"), MessageRecord::roleName(role));
    q.bindValue(QStringLiteral(":content"), notNull(content));
    q.bindValue(QStringLiteral(":status"), MessageRecord::statusName(status));
    q.bindValue(QStringLiteral(":chapter"), chapter >= 0 ? QVariant(chapter) : QVariant());
    q.bindValue(QStringLiteral(":now"), m_clock());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "append message failed:" << m_lastError;
        return std::nullopt;
    }
    return get(q.lastInsertId().toLongLong());
}

bool MessageStore::update(qint64 messageId, const QString& content, MessageRecord::Status status)
{
    QSqlQuery q(m_db);
    q.prepare(sql::updateMessage);
    q.bindValue(QStringLiteral(":content"), notNull(content));
    q.bindValue(QStringLiteral(":status"), MessageRecord::statusName(status));
    q.bindValue(QStringLiteral(":now"), m_clock());
    q.bindValue(QStringLiteral(":id"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "update message failed:" << m_lastError;
        return false;
    }
    return true;
}

std::optional<MessageRecord> MessageStore::get(qint64 messageId) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectMessage);
    q.bindValue(QStringLiteral(":id"), messageId);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return readMessage(q);
}

QVector<MessageRecord> MessageStore::select(const QString& sql, const QVariantMap& values) const
{
    QVector<MessageRecord> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "reading messages failed:" << m_lastError;
        return result;
    }
    while (q.next())
        result.append(readMessage(q));
    return result;
}

QVector<MessageRecord> MessageStore::list(qint64 sessionId) const
{
    return select(sql::selectMessages, {{QStringLiteral(":session_id"), sessionId}});
}

QVector<MessageRecord> MessageStore::page(qint64 sessionId, qint64 beforeSeq, int limit) const
{
    QVector<MessageRecord> result =
        select(sql::selectMessagePage, {{QStringLiteral(":session_id"), sessionId},
                                        {QStringLiteral(":before_seq"), beforeSeq},
                                        {QStringLiteral(":limit"), std::max(0, limit)}});
    std::reverse(result.begin(), result.end());
    return result;
}

QVector<MessageRecord> MessageStore::range(qint64 sessionId, qint64 fromSeq, qint64 beforeSeq) const
{
    return select(sql::selectMessageRange, {{QStringLiteral(":session_id"), sessionId},
                                            {QStringLiteral(":from_seq"), fromSeq},
                                            {QStringLiteral(":before_seq"), beforeSeq}});
}

std::optional<MessageRecord> MessageStore::lastNarration(qint64 sessionId) const
{
    const auto found =
        select(sql::selectLastNarration, {{QStringLiteral(":session_id"), sessionId}});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool MessageStore::setUsage(qint64 messageId, int promptTokens, int completionTokens)
{
    QSqlQuery q(m_db);
    q.prepare(sql::setMessageUsage);
    q.bindValue(QStringLiteral(":prompt"), promptTokens >= 0 ? QVariant(promptTokens) : QVariant());
    q.bindValue(QStringLiteral(":completion"),
                completionTokens >= 0 ? QVariant(completionTokens) : QVariant());
    q.bindValue(QStringLiteral(":id"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

QPair<int, int> MessageStore::sessionUsage(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::sessionUsage);
    q.bindValue(QStringLiteral(":session_id"), sessionId);
    if (!q.exec() || !q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

bool MessageStore::setTranslation(qint64 messageId, const QString& translation,
                                  const QString& original, const QString& language)
{
    QSqlQuery q(m_db);
    q.prepare(sql::setMessageTranslation);
    q.bindValue(QStringLiteral(":content"), translation);
    q.bindValue(QStringLiteral(":original"), original);
    q.bindValue(QStringLiteral(":language"), language);
    q.bindValue(QStringLiteral(":now"), m_clock());
    q.bindValue(QStringLiteral(":id"), messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace st
