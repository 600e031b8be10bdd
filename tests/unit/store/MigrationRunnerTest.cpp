#include "core/store/MigrationRunner.h"

#include "support/QtPrinters.h"
#include "support/TempDataDir.h"
#include "unit/store/RawSqlite.h"

#include <gtest/gtest.h>

namespace st {
namespace {

class MigrationRunnerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        migrations = dir.filePath(QStringLiteral("migrations"));
    }

    void writeMigration(const QString& name, const QByteArray& sql)
    {
        ASSERT_TRUE(dir.writeFile(QStringLiteral("migrations/") + name, sql));
    }

    TempDataDir dir;
    QString migrations;
};

TEST_F(MigrationRunnerTest, ListsNumberedMigrationsInOrderAndIgnoresBadNames)
{
    writeMigration(QStringLiteral("010_later.sql"), "CREATE TABLE c (z);");
    writeMigration(QStringLiteral("002_b.sql"), "CREATE TABLE b (y);");
    writeMigration(QStringLiteral("001_a.sql"), "CREATE TABLE a (x);");
    writeMigration(QStringLiteral("notes.sql"), "this is not a migration");
    writeMigration(QStringLiteral("003_b.txt"), "not sql either");

    const MigrationRunner runner(migrations);
    const auto all = runner.migrations();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).version, 1);
    EXPECT_EQ(all.at(0).name, QStringLiteral("a"));
    EXPECT_EQ(all.at(0).sql, QStringLiteral("CREATE TABLE a (x);"));
    EXPECT_EQ(all.at(1).version, 2);
    EXPECT_EQ(all.at(2).version, 10);
    EXPECT_EQ(all.at(2).name, QStringLiteral("later"));
    EXPECT_EQ(runner.latestVersion(), 10);
}

TEST_F(MigrationRunnerTest, EmptyFolderHasVersionZeroAndMigratesNothing)
{
    const MigrationRunner runner(migrations);
    EXPECT_TRUE(runner.migrations().isEmpty());
    EXPECT_EQ(runner.latestVersion(), 0);
    RawSqlite raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    EXPECT_TRUE(runner.migrate(db, 0).isEmpty());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
}

TEST_F(MigrationRunnerTest, AppliesAllPendingMigrationsAndSetsVersion)
{
    writeMigration(QStringLiteral("001_a.sql"),
                   "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
    writeMigration(QStringLiteral("002_b.sql"), "-- second\nCREATE TABLE b (y TEXT);");
    RawSqlite raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    const QString error = MigrationRunner(migrations).migrate(db, 0);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(raw.hasTable(QStringLiteral("a")));
    EXPECT_TRUE(raw.hasTable(QStringLiteral("b")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT x FROM a")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
}

TEST_F(MigrationRunnerTest, AppliesOnlyMigrationsNewerThanTheDatabase)
{
    writeMigration(QStringLiteral("001_a.sql"), "CREATE TABLE a (x);");
    writeMigration(QStringLiteral("002_b.sql"), "CREATE TABLE b (y);");
    RawSqlite raw(dir.databasePath());
    ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 1")).isEmpty());
    QSqlDatabase db = raw.db();
    const QString error = MigrationRunner(migrations).migrate(db, 1);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_FALSE(raw.hasTable(QStringLiteral("a")));
    EXPECT_TRUE(raw.hasTable(QStringLiteral("b")));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);

    // Up to date: nothing to do, nothing run.
    EXPECT_TRUE(MigrationRunner(migrations).migrate(db, 2).isEmpty());
}

// Two first starts at once: both read version 0, one migrates, then the other gets the
// lock. The version is read again under the lock, so the second applies nothing (it ran
// migration 001 again: "table a already exists").
TEST_F(MigrationRunnerTest, AVersionReadBeforeTheLockIsCheckedAgainUnderIt)
{
    writeMigration(QStringLiteral("001_a.sql"), "CREATE TABLE a (x);");
    writeMigration(QStringLiteral("002_b.sql"), "CREATE TABLE b (y);");
    RawSqlite raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    ASSERT_TRUE(MigrationRunner(migrations).migrate(db, 0).isEmpty()); // the other process
    const QString error = MigrationRunner(migrations).migrate(db, 0);  // read 0 before it ran
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);

    // Half way: the other process had applied 001 only.
    TempDataDir other;
    RawSqlite half(other.databasePath());
    ASSERT_TRUE(half.exec(QStringLiteral("CREATE TABLE a (x)")).isEmpty());
    ASSERT_TRUE(half.exec(QStringLiteral("PRAGMA user_version = 1")).isEmpty());
    QSqlDatabase halfDb = half.db();
    EXPECT_TRUE(MigrationRunner(migrations).migrate(halfDb, 0).isEmpty());
    EXPECT_TRUE(half.hasTable(QStringLiteral("b")));
    EXPECT_EQ(half.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);

    // Migrated meanwhile by a newer app: refused, and no transaction left open.
    ASSERT_TRUE(half.exec(QStringLiteral("PRAGMA user_version = 7")).isEmpty());
    EXPECT_TRUE(MigrationRunner(migrations).migrate(halfDb, 0).contains(QStringLiteral("newer")));
    EXPECT_TRUE(half.exec(QStringLiteral("BEGIN IMMEDIATE")).isEmpty());
    EXPECT_TRUE(half.exec(QStringLiteral("ROLLBACK")).isEmpty());
}

TEST_F(MigrationRunnerTest, FailingMigrationRollsBackEverything)
{
    writeMigration(QStringLiteral("001_a.sql"),
                   "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
    writeMigration(QStringLiteral("002_b.sql"),
                   "CREATE TABLE b (y TEXT);\nINSERT INTO no_such_table VALUES (1);\n");
    RawSqlite raw(dir.databasePath());
    QSqlDatabase db = raw.db();
    const QString error = MigrationRunner(migrations).migrate(db, 0);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QStringLiteral("no_such_table"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("migration 2"))) << error.toStdString();
    EXPECT_FALSE(raw.hasTable(QStringLiteral("a")));
    EXPECT_FALSE(raw.hasTable(QStringLiteral("b")));
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);

    // The connection is usable afterwards (no transaction left open).
    EXPECT_TRUE(raw.exec(QStringLiteral("CREATE TABLE after_failure (z)")).isEmpty());
    EXPECT_TRUE(raw.hasTable(QStringLiteral("after_failure")));
}

TEST(BundledMigrationsTest, AreEmbeddedAndStartAtOne)
{
    const MigrationRunner runner; // :/migrations
    const auto all = runner.migrations();
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all.first().version, 1);
    for (int i = 0; i < all.size(); ++i)
        EXPECT_EQ(all.at(i).version, i + 1) << "migrations are numbered without gaps";
}

} // namespace
} // namespace st
