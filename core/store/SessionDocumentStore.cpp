#include "core/store/SessionDocumentStore.h"

#include "core/store/MessageStore.h"
#include "core/store/SessionDocumentSql.h"
#include "core/store/SessionStore.h"
#include "core/store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace st {
namespace {

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant numberOrNull(int value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

SessionDocumentStore::SessionDocumentStore(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<SessionDocument> SessionDocumentStore::load(qint64 sessionId) const
{
    SessionStore sessions(m_db);
    const auto session = sessions.get(sessionId);
    if (!session) {
        m_lastError = sessions.lastError();
        return std::nullopt;
    }
    SessionDocument document;
    document.session = *session;
    QSqlQuery q(m_db);
    q.prepare(sql::selectSessionDocumentExtras);
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    document.model = q.value(0).toString();
    document.metadata = q.value(1).toString();
    document.forkedFromUuid = q.value(2).toString();
    MessageStore messages(m_db);
    document.messages = messages.list(sessionId);
    if (!messages.lastError().isEmpty()) {
        m_lastError = messages.lastError();
        return std::nullopt;
    }
    q.prepare(sql::selectSessionAlternatives);
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        ReplyVersions::Version v;
        v.content = q.value(1).toString();
        v.status = MessageRecord::statusFromName(q.value(2).toString());
        v.chapter = q.value(3).isNull() ? -1 : q.value(3).toInt();
        v.promptTokens = q.value(4).isNull() ? -1 : q.value(4).toInt();
        v.completionTokens = q.value(5).isNull() ? -1 : q.value(5).toInt();
        v.writtenAt = q.value(6).toLongLong();
        document.alternatives[q.value(0).toInt()].append(v);
    }
    return document;
}

SessionDocumentStore::Inserted SessionDocumentStore::insert(const SessionDocument& document)
{
    Inserted inserted;
    QSqlQuery q(m_db);
    if (!q.exec(sql::beginImmediate)) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "session import: cannot begin:" << m_lastError;
        return {};
    }
    if (!insertAll(document, inserted) || !q.exec(sql::commit)) {
        if (m_lastError.isEmpty())
            m_lastError = q.lastError().text();
        qCWarning(lcStore) << "session import failed, rolled back:" << m_lastError;
        QSqlQuery(m_db).exec(sql::rollback);
        return {};
    }
    qCInfo(lcStore) << "imported session" << inserted.id << inserted.uuid << "with"
                    << document.messages.size() << "messages";
    return inserted;
}

bool SessionDocumentStore::insertAll(const SessionDocument& document, Inserted& inserted)
{
    m_lastError.clear();
    const SessionRecord& s = document.session;
    QSqlQuery q(m_db);
    const auto fail = [&](QSqlQuery& query) {
        const QSqlError error = query.lastError();
        m_lastError = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return false;
    };
    // Ids of this database that match what the file names: an existing session with the
    // uuid (then the import is renamed), the parent session, the library script.
    const auto idOf = [&](const QString& statement, const QString& name, const QString& value,
                          qint64& id) {
        id = 0;
        q.prepare(statement);
        q.bindValue(name, value);
        if (!q.exec())
            return fail(q);
        if (q.next())
            id = q.value(0).toLongLong();
        q.finish();
        return true;
    };
    qint64 existing = 0;
    qint64 parent = 0;
    qint64 script = 0;
    if (!idOf(sql::selectSessionIdByUuid, QStringLiteral(":uuid"), s.uuid, existing))
        return false;
    if (!document.forkedFromUuid.isEmpty() &&
        !idOf(sql::selectSessionIdByUuid, QStringLiteral(":uuid"), document.forkedFromUuid, parent))
        return false;
    if (s.hasScript() &&
        !idOf(sql::selectScriptIdByBody, QStringLiteral(":body"), s.scriptBody, script))
        return false;
    inserted.renamed = existing > 0;
    inserted.uuid = inserted.renamed ? QUuid::createUuid().toString(QUuid::WithoutBraces) : s.uuid;
    // An untitled session (no name) stays untitled.
    inserted.name =
        inserted.renamed && !s.name.isEmpty() ? tr("%1 (imported)").arg(s.name) : s.name;

    q.prepare(sql::insertImportedSession);
    q.bindValue(QStringLiteral(":uuid"), inserted.uuid);
    q.bindValue(QStringLiteral(":name"), notNull(inserted.name));
    q.bindValue(QStringLiteral(":language"), s.language);
    q.bindValue(QStringLiteral(":script_id"), script > 0 ? QVariant(script) : QVariant());
    q.bindValue(QStringLiteral(":script_title"),
                s.hasScript() ? QVariant(notNull(s.scriptTitle)) : QVariant());
    q.bindValue(QStringLiteral(":script_body"), textOrNull(s.scriptBody));
    q.bindValue(QStringLiteral(":provider"), s.provider);
    q.bindValue(QStringLiteral(":model"), textOrNull(document.model));
    q.bindValue(QStringLiteral(":created_at"), s.createdAt);
    q.bindValue(QStringLiteral(":last_used_at"), s.lastUsedAt);
    q.bindValue(QStringLiteral(":forked_from"), parent > 0 ? QVariant(parent) : QVariant());
    q.bindValue(QStringLiteral(":metadata"),
                document.metadata.isEmpty() ? QStringLiteral("{}") : document.metadata);
    q.bindValue(QStringLiteral(":summary"), textOrNull(s.summary));
    q.bindValue(QStringLiteral(":summary_upto_seq"), s.summaryUptoSeq);
    if (!q.exec())
        return fail(q);
    inserted.id = q.lastInsertId().toLongLong();

    QSqlQuery versions(m_db);
    versions.prepare(sql::insertImportedAlternative);
    q.prepare(sql::insertImportedMessage);
    for (const MessageRecord& m : document.messages) {
        q.bindValue(QStringLiteral(":session_id"), inserted.id);
        q.bindValue(QStringLiteral(":seq"), m.seq);
        q.bindValue(QStringLiteral(":role"), MessageRecord::roleName(m.role));
        q.bindValue(QStringLiteral(":content"), notNull(m.content));
        q.bindValue(QStringLiteral(":status"), MessageRecord::statusName(m.status));
        q.bindValue(QStringLiteral(":chapter"), numberOrNull(m.chapter));
        q.bindValue(QStringLiteral(":prompt_tokens"), numberOrNull(m.promptTokens));
        q.bindValue(QStringLiteral(":completion_tokens"), numberOrNull(m.completionTokens));
        q.bindValue(QStringLiteral(":created_at"), m.createdAt);
        q.bindValue(QStringLiteral(":updated_at"), m.updatedAt);
        q.bindValue(QStringLiteral(":original"), textOrNull(m.original));
        q.bindValue(QStringLiteral(":original_language"), textOrNull(m.originalLanguage));
        if (!q.exec())
            return fail(q);
        const qint64 messageId = q.lastInsertId().toLongLong();
        for (const ReplyVersions::Version& v : document.alternatives.value(m.seq)) {
            versions.bindValue(QStringLiteral(":message_id"), messageId);
            versions.bindValue(QStringLiteral(":content"), notNull(v.content));
            versions.bindValue(QStringLiteral(":status"), MessageRecord::statusName(v.status));
            versions.bindValue(QStringLiteral(":chapter"), numberOrNull(v.chapter));
            versions.bindValue(QStringLiteral(":prompt_tokens"), numberOrNull(v.promptTokens));
            versions.bindValue(QStringLiteral(":completion_tokens"),
                               numberOrNull(v.completionTokens));
            versions.bindValue(QStringLiteral(":written_at"), v.writtenAt);
            if (!versions.exec())
                return fail(versions);
        }
    }
    return true;
}

} // namespace st
