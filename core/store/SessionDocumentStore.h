#pragma once

#include "core/store/SessionDocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace st {

/// The database side of session export and import: a whole session read at once, and a
/// whole session written in one transaction.
class SessionDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(st::SessionDocumentStore)

public:
    explicit SessionDocumentStore(QSqlDatabase db);

    /// The session, all its messages and their earlier reply versions; nullopt when there
    /// is no such session or the database fails (lastError()).
    std::optional<SessionDocument> load(qint64 sessionId) const;

    struct Inserted
    {
        qint64 id = 0; // 0 on failure (lastError())
        QString uuid;
        QString name;
        bool renamed = false;
    };
    /// Adds \a document as a new session with its messages and reply versions, all in one
    /// transaction: on any failure nothing is written. A session that already has the
    /// document's uuid is never touched: the new one gets a fresh uuid and its name followed
    /// by " (imported)" (an untitled one stays untitled). The script is linked to a library
    /// script with the very same body, the parent session (forked_from) to the local
    /// session with that uuid, when there are such.
    Inserted insert(const SessionDocument& document);

    QString lastError() const { return m_lastError; }

private:
    bool insertAll(const SessionDocument& document, Inserted& inserted);

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace st
