#include "core/store/MigrationRunner.h"

#include "core/store/SqlStatementSplitter.h"
#include "core/store/StoreLog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace st {

MigrationRunner::MigrationRunner(QString directory) : m_directory(std::move(directory)) {}

QVector<MigrationRunner::Migration> MigrationRunner::migrations() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([A-Za-z0-9_]+)\\.sql$"));
    QVector<Migration> result;
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch()) {
            qCWarning(lcStore) << "ignoring migration with a bad name:" << file;
            continue;
        }
        QFile f(m_directory + u'/' + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

int MigrationRunner::latestVersion() const
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

QString MigrationRunner::migrate(QSqlDatabase& db, int fromVersion) const
{
    const auto all = migrations();
    if (all.isEmpty() || all.last().version <= fromVersion)
        return {};

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().text();
    // Read again under the write lock: another process (a second first start) may have
    // migrated between the caller's read and this lock.
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        fromVersion = std::max(fromVersion, q.value(0).toInt());
    q.finish();
    if (fromVersion > all.last().version) { // migrated meanwhile by a newer app
        q.exec(QStringLiteral("ROLLBACK"));
        return QStringLiteral("the database is at version %1, newer than this app's %2")
            .arg(fromVersion)
            .arg(all.last().version);
    }
    if (all.last().version == fromVersion) {
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        return {};
    }
    for (const Migration& migration : all) {
        if (migration.version <= fromVersion)
            continue;
        qCInfo(lcStore) << "applying migration" << migration.version << migration.name;
        for (const QString& statement : SqlStatementSplitter::split(migration.sql)) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return QStringLiteral("migration %1 (%2): %3")
                    .arg(migration.version)
                    .arg(migration.name, error);
            }
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(all.last().version)) ||
        !q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace st
