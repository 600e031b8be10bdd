// The log's checkpoints done by a worker thread: the writing connection does none of its
// own while a WalCheckpointer lives, the worker copies the logged pages into the database
// file, and everything is as it was once it is gone.
#include "core/store/WalCheckpointer.h"

#include "core/store/Database.h"
#include "support/TempDataDir.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

int autoCheckpoint(const Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt()
                                                                           : -1;
}

void write(const Database& db, int rows)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (text TEXT)"));
    q.prepare(QStringLiteral("INSERT INTO filler (text) VALUES (:text)"));
    for (int i = 0; i < rows; ++i) { // each its own transaction, as the app writes
        q.bindValue(QStringLiteral(":text"), QString(2000, QLatin1Char('a' + i % 26)));
        ASSERT_TRUE(q.exec());
    }
}

TEST(WalCheckpointerTest, TheWorkerCheckpointsAndTheWriterDoesNot)
{
    TempDataDir dir;
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    EXPECT_EQ(autoCheckpoint(db), 1000);
    {
        WalCheckpointer checkpointer(db, 3600 * 1000); // only when asked, in this test
        EXPECT_EQ(autoCheckpoint(db), 0);
        const qint64 before = QFileInfo(db.path()).size();
        write(db, 1500); // ~3,000 pages: past the 1,000 that would have checkpointed
        EXPECT_EQ(QFileInfo(db.path()).size(), before); // all still in the log
        checkpointer.checkpointSoon();
        ASSERT_TRUE(QTest::qWaitFor([&] { return checkpointer.checkpoints() == 1; }, 10000));
        EXPECT_GT(QFileInfo(db.path()).size(), before + 1500 * 2000); // copied into the file
        write(db, 10);                                                // writing goes on meanwhile
    }
    EXPECT_EQ(autoCheckpoint(db), 1000);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1510);
}

TEST(WalCheckpointerTest, ItCheckpointsOnItsOwnEveryInterval)
{
    TempDataDir dir;
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    WalCheckpointer checkpointer(db, 20);
    write(db, 20);
    EXPECT_TRUE(QTest::qWaitFor([&] { return checkpointer.checkpoints() >= 2; }, 10000));
}

} // namespace
} // namespace st
