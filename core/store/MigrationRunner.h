#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace st {

/// Applies the numbered migrations (resources/migrations/NNN_name.sql, embedded under
/// :/migrations/) that are newer than `PRAGMA user_version`, all in one transaction.
class MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit MigrationRunner(QString directory = QStringLiteral(":/migrations"));

    QVector<Migration> migrations() const;
    int latestVersion() const;

    /// Returns an empty string on success, otherwise the driver's message. On failure
    /// nothing is changed (the transaction is rolled back).
    QString migrate(QSqlDatabase& db, int fromVersion) const;

private:
    QString m_directory;
};

} // namespace st
