#include "core/store/Database.h"

#include "core/store/MigrationRunner.h"
#include "core/store/SearchFold.h"
#include "core/store/StoreLog.h"
#include "core/store/StoreSql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace st {
namespace {

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true; // an empty file is a valid, empty database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool isCorruptionError(const QSqlError& error)
{
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("malformed")) ||
           text.contains(QLatin1String("not a database")) ||
           text.contains(QLatin1String("corrupt"));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionName(QStringLiteral("storyteller-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return MigrationRunner().latestVersion();
}

DatabaseError Database::fail(DatabaseError::Kind kind, const QString& detail)
{
    DatabaseError error{kind, m_path, detail};
    qCWarning(lcStore).noquote() << "cannot open database:" << m_path << detail;
    return error;
}

DatabaseError Database::open()
{
    const DatabaseError error = openAndMigrate();
    if (!error.ok())
        close(); // after every handle of openAndMigrate() is gone
    return error;
}

DatabaseError Database::openAndMigrate()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(DatabaseError::Kind::CannotCreate, QStringLiteral("mkpath failed"));
    if (info.exists()) {
        if (!info.isFile() || !info.isReadable())
            return fail(DatabaseError::Kind::Unwritable, QStringLiteral("not a readable file"));
        if (!hasSqliteHeader(m_path))
            return fail(DatabaseError::Kind::Corrupt, QStringLiteral("no SQLite header"));
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(DatabaseError::Kind::Unwritable,
                        QStringLiteral("file or folder read-only"));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return fail(DatabaseError::Kind::CannotCreate, QStringLiteral("folder read-only"));
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            return fail(DatabaseError::Kind::Unwritable, db.lastError().text());
    }
    QSqlDatabase db = connection();
    // The search index's triggers (migration 004) fold text with our own SQL functions.
    if (!SearchFold::install(db))
        return fail(DatabaseError::Kind::MigrationFailed,
                    QStringLiteral("the search functions could not be installed"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const auto kind = isCorruptionError(q.lastError()) || q.lastError().isValid()
                              ? DatabaseError::Kind::Corrupt
                              : DatabaseError::Kind::Unwritable;
        return fail(kind, q.lastError().text());
    }
    const int version = q.value(0).toInt();
    const MigrationRunner runner;
    if (version > runner.latestVersion()) {
        return fail(
            DatabaseError::Kind::NewerThanApp,
            QStringLiteral("schema %1, app knows %2").arg(version).arg(runner.latestVersion()));
    }
    if (version > 0) {
        // An existing database: make sure it is one of ours before touching anything.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                   "('scripts', 'sessions', 'messages')")) ||
            !q.next() || q.value(0).toInt() != 3)
            return fail(DatabaseError::Kind::Corrupt, q.lastError().text());
    }
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const auto kind = isCorruptionError(q.lastError()) ? DatabaseError::Kind::Corrupt
                                                               : DatabaseError::Kind::Unwritable;
            return fail(kind, q.lastError().text());
        }
    }
    const QString migrationError = runner.migrate(db, version);
    if (!migrationError.isEmpty()) {
        const QString lower = migrationError.toLower();
        auto kind = DatabaseError::Kind::MigrationFailed;
        if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
            kind = DatabaseError::Kind::Unwritable;
        else if (lower.contains(QLatin1String("malformed")) ||
                 lower.contains(QLatin1String("not a database")))
            kind = DatabaseError::Kind::Corrupt;
        return fail(kind, migrationError);
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::recoverInterruptedReplies()
{
    QSqlQuery q(connection());
    q.prepare(sql::markStreamingInterrupted);
    if (!q.exec()) {
        qCWarning(lcStore) << "cannot recover interrupted replies:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace st
