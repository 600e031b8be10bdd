#pragma once

#include "core/store/DatabaseError.h"

#include <QSqlDatabase>
#include <QString>

namespace st {

/// The one SQLite database: opened with WAL and foreign keys, checked, and migrated.
/// A database that is newer than the app, damaged, or not writable is reported and left
/// exactly as it was.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    DatabaseError open();
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Marks replies left `streaming` by a crash as `interrupted`; returns how many.
    int recoverInterruptedReplies();

private:
    DatabaseError openAndMigrate();
    DatabaseError fail(DatabaseError::Kind kind, const QString& detail);

    QString m_path;
    QString m_connectionName;
};

} // namespace st
