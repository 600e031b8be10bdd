#pragma once

#include "core/store/SessionImportError.h"
#include "core/store/SessionJson.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace st {

/// Imports a session file written by SessionExporter (SessionJson, "storyteller-session"):
/// checks all of it first, then adds the session, every message and every earlier reply
/// version in one transaction, so a file is imported whole or not at all. A session is
/// never overwritten: when the database already has the file's uuid (the same file
/// imported twice, or a session exported from here), the import becomes a new session with
/// a new uuid and the name followed by " (imported)".
///
/// Emits nothing: after an import the caller reloads its session list (SessionListModel::
/// reload()).
class SessionImporter
{
public:
    explicit SessionImporter(QSqlDatabase db);

    struct Result
    {
        qint64 sessionId = 0;
        QString uuid;
        QString name;
        bool renamed = false; // the uuid was taken: a new uuid and "… (imported)"
        int messageCount = 0;
        SessionImportError error; // error.message() says what went wrong, for the user

        bool ok() const { return error.ok(); }
    };

    Result importFile(const QString& path);
    /// \a json as a session file; \a fileName only names it in error messages.
    Result importJson(const QByteArray& json, const QString& fileName = {});

    /// The first half of importFile(): reads, parses and checks \a path without the
    /// database, so it can run on a worker thread (a 64 MB file takes seconds and ~18× its
    /// size in memory while parsed); error.file names the file.
    static SessionJson::ReadResult readFile(const QString& path);
    /// The second half: adds what readFile() read, in one transaction.
    Result insert(const SessionJson::ReadResult& read, const QString& fileName = {});

private:
    QSqlDatabase m_db;
};

} // namespace st
