// Session search on a database made before the search index: migration 004 indexes what is
// already there when the app opens it.
#include "core/store/Database.h"
#include "core/store/MigrationRunner.h"
#include "core/store/SessionSearch.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"
#include "unit/store/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

namespace st {
namespace {

TEST(SessionSearchMigrationTest, DatabasesFromBeforeAreIndexedWhenOpened)
{
    TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("old"))));
    for (const QString& name : QDir(QStringLiteral(":/migrations")).entryList()) {
        if (name.left(3).toInt() >= 4) // the search index and later
            continue;
        ASSERT_TRUE(QFile::copy(QStringLiteral(":/migrations/") + name,
                                dir.filePath(QStringLiteral("old/") + name)));
    }
    {
        RawSqlite raw(dir.databasePath());
        QSqlDatabase c = raw.db();
        ASSERT_TRUE(MigrationRunner(dir.filePath(QStringLiteral("old"))).migrate(c, 0).isEmpty());
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        ASSERT_TRUE(
            raw
                .exec(QStringLiteral(
                    "INSERT INTO sessions (id, uuid, name, language, created_at, last_used_at) "
                    "VALUES (1, 'u1', 'Café du port', 'es', 1, 1)"))
                .isEmpty());
        ASSERT_TRUE(raw.exec(QStringLiteral(
                                 "INSERT INTO messages (id, session_id, seq, role, content, "
                                 "created_at, updated_at) "
                                 "VALUES (7, 1, 1, 'assistant', '선장은 灯台守と話した。', 1, 1)"))
                        .isEmpty());
    }
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    SessionSearch search(db.connection());
    ASSERT_EQ(search.search(QStringLiteral("선장")).size(), 1);
    EXPECT_EQ(search.search(QStringLiteral("선장")).first().messageId, 7);
    EXPECT_EQ(search.search(QStringLiteral("灯台守")).size(), 1);
    ASSERT_EQ(search.search(QStringLiteral("cafe")).size(), 1);
    EXPECT_TRUE(search.search(QStringLiteral("cafe")).first().isTitleHit());
}

} // namespace
} // namespace st
