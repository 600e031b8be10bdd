#include "core/store/Database.h"

#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"
#include "unit/store/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <unistd.h>

namespace st {
namespace {

QVariant pragma(const Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)) || !q.next())
        return {};
    return q.value(0);
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = static_cast<char>(generator.bounded(256));
    bytes[0] = 'X'; // never the SQLite magic by chance
    return bytes;
}

/// A real, migrated Storyteller database file at \a path.
void createStorytellerDatabase(const QString& path)
{
    Database db(path);
    ASSERT_TRUE(db.open().ok());
    SessionStore sessions(db.connection());
    ASSERT_TRUE(sessions.create(QStringLiteral("Seed"), QStringLiteral("en")));
    db.close();
}

class DatabaseTest : public ::testing::Test
{
protected:
    TempDataDir dir;
};

TEST_F(DatabaseTest, FreshOpenIsMigratedWithWalAndForeignKeys)
{
    ASSERT_TRUE(dir.isValid());
    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    ASSERT_TRUE(error.ok()) << error.detail.toStdString();
    EXPECT_TRUE(db.isOpen());
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(db, "user_version").toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, "foreign_keys").toInt(), 1);

    QSqlQuery q(db.connection());
    for (const char* table : {"scripts", "scripts_fts", "sessions", "messages"}) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"));
        q.bindValue(QStringLiteral(":name"), QString::fromLatin1(table));
        ASSERT_TRUE(q.exec() && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << table;
    }
    EXPECT_TRUE(QFile::exists(dir.databasePath()));
}

TEST_F(DatabaseTest, CreatesMissingDataFolder)
{
    const QString path = dir.filePath(QStringLiteral("a/b/c/storyteller.db"));
    Database db(path);
    ASSERT_TRUE(db.open().ok());
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(DatabaseTest, EmptyFileIsOpenedAsNewDatabase)
{
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.db"), {}));
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
}

TEST_F(DatabaseTest, ReopenKeepsDataAndDoesNotMigrateAgain)
{
    qint64 sessionId = 0;
    {
        Database db(dir.databasePath());
        ASSERT_TRUE(db.open().ok());
        SessionStore sessions(db.connection());
        const auto created = sessions.create(QStringLiteral("Evening"), QStringLiteral("ko"));
        ASSERT_TRUE(created);
        sessionId = created->id;
    }
    Database db(dir.databasePath());
    const DatabaseError error = db.open(); // a second migration would fail: tables exist
    ASSERT_TRUE(error.ok()) << error.detail.toStdString();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    SessionStore sessions(db.connection());
    const auto session = sessions.get(sessionId);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->name, QStringLiteral("Evening"));
    EXPECT_EQ(session->language, QStringLiteral("ko"));
    EXPECT_EQ(sessions.list().size(), 1);
}

TEST_F(DatabaseTest, RandomBytesAreCorruptAndLeftUntouched)
{
    const QByteArray garbage = randomBytes(8192, 42);
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.db"), garbage));
    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    EXPECT_EQ(error.kind, DatabaseError::Kind::Corrupt);
    EXPECT_EQ(error.path, dir.databasePath());
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), garbage);
}

TEST_F(DatabaseTest, RealHeaderFollowedByGarbageIsCorruptAndLeftUntouched)
{
    const QString source = dir.filePath(QStringLiteral("real.db"));
    createStorytellerDatabase(source);
    const QByteArray real = dir.readFile(QStringLiteral("real.db"));
    ASSERT_GE(real.size(), 100);
    ASSERT_TRUE(real.startsWith(QByteArray("SQLite format 3\0", 16)));
    const QByteArray damaged = real.left(100) + randomBytes(real.size() - 100, 7);
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.db"), damaged));

    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    EXPECT_EQ(error.kind, DatabaseError::Kind::Corrupt) << error.detail.toStdString();
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), damaged);
}

TEST_F(DatabaseTest, TruncatedRealDatabaseIsCorruptAndLeftUntouched)
{
    const QString source = dir.filePath(QStringLiteral("real.db"));
    createStorytellerDatabase(source);
    const QByteArray truncated = dir.readFile(QStringLiteral("real.db")).left(100);
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.db"), truncated));

    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    EXPECT_EQ(error.kind, DatabaseError::Kind::Corrupt) << error.detail.toStdString();
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), truncated);
}

TEST_F(DatabaseTest, ForeignSqliteDatabaseWithVersionIsCorruptAndLeftUntouched)
{
    {
        RawSqlite raw(dir.databasePath());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")).isEmpty());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 1")).isEmpty());
    }
    const QByteArray before = dir.readFile(QStringLiteral("storyteller.db"));
    Database db(dir.databasePath());
    EXPECT_EQ(db.open().kind, DatabaseError::Kind::Corrupt);
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), before);
}

TEST_F(DatabaseTest, NewerSchemaIsRefusedAndLeftUntouched)
{
    {
        RawSqlite raw(dir.databasePath());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE future (x)")).isEmpty());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = %1")
                                 .arg(Database::latestSchemaVersion() + 1))
                        .isEmpty());
    }
    const QByteArray before = dir.readFile(QStringLiteral("storyteller.db"));
    ASSERT_FALSE(before.isEmpty());

    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    EXPECT_EQ(error.kind, DatabaseError::Kind::NewerThanApp);
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), before);
}

TEST_F(DatabaseTest, ReadOnlyFileIsUnwritableAndLeftUntouched)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores file permissions";
    createStorytellerDatabase(dir.databasePath());
    const QByteArray before = dir.readFile(QStringLiteral("storyteller.db"));
    ASSERT_TRUE(QFile::setPermissions(dir.databasePath(),
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db(dir.databasePath());
    EXPECT_EQ(db.open().kind, DatabaseError::Kind::Unwritable);
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), before);
    QFile::setPermissions(dir.databasePath(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_F(DatabaseTest, FolderThatCannotBeCreatedIsReported)
{
    // A regular file where a folder should be: no one can create a folder inside it.
    ASSERT_TRUE(dir.writeFile(QStringLiteral("blocker"), "not a folder"));
    const QString path = dir.filePath(QStringLiteral("blocker/data/storyteller.db"));
    Database db(path);
    const DatabaseError error = db.open();
    EXPECT_EQ(error.kind, DatabaseError::Kind::CannotCreate);
    EXPECT_EQ(error.path, path);
    EXPECT_EQ(dir.readFile(QStringLiteral("blocker")), QByteArray("not a folder"));
}

TEST_F(DatabaseTest, ReadOnlyFolderCannotHoldANewDatabase)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root ignores folder permissions";
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    Database db(folder + QStringLiteral("/storyteller.db"));
    EXPECT_EQ(db.open().kind, DatabaseError::Kind::CannotCreate);
    EXPECT_FALSE(QFile::exists(folder + QStringLiteral("/storyteller.db")));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(DatabaseTest, PathThatIsAFolderIsNotOpened)
{
    ASSERT_TRUE(QDir().mkpath(dir.databasePath()));
    Database db(dir.databasePath());
    const DatabaseError error = db.open();
    EXPECT_FALSE(error.ok());
    EXPECT_FALSE(db.isOpen());
}

TEST(DatabaseErrorTest, EveryFailureHasAMessageNamingThePath)
{
    const QString path = QStringLiteral("/some/where/storyteller.db");
    for (auto kind : {DatabaseError::Kind::CannotCreate, DatabaseError::Kind::Unwritable,
                      DatabaseError::Kind::Corrupt, DatabaseError::Kind::NewerThanApp,
                      DatabaseError::Kind::MigrationFailed}) {
        const DatabaseError error{kind, path, QStringLiteral("detail")};
        EXPECT_FALSE(error.ok());
        EXPECT_FALSE(error.message().isEmpty()) << static_cast<int>(kind);
        EXPECT_TRUE(error.message().contains(path)) << error.message().toStdString();
    }
    const DatabaseError none;
    EXPECT_TRUE(none.ok());
    EXPECT_TRUE(none.message().isEmpty());
}

TEST_F(DatabaseTest, RecoverInterruptedRepliesOnClosedDatabaseReturnsZero)
{
    Database db(dir.databasePath());
    EXPECT_EQ(db.recoverInterruptedReplies(), 0);
}

} // namespace
} // namespace st
