#include "core/store/SqlStatementSplitter.h"

#include "support/QtPrinters.h"
#include "unit/store/RawSqlite.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(SqlStatementSplitterTest, SplitsOnSemicolonsAndTrims)
{
    const QStringList s = SqlStatementSplitter::split(
        QStringLiteral("CREATE TABLE a (x);\n  CREATE TABLE b (y);\n\nSELECT 1"));
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s.at(0), QStringLiteral("CREATE TABLE a (x)"));
    EXPECT_EQ(s.at(1), QStringLiteral("CREATE TABLE b (y)"));
    EXPECT_EQ(s.at(2), QStringLiteral("SELECT 1"));
}

TEST(SqlStatementSplitterTest, EmptyStatementsAndBlankInputGiveNothing)
{
    EXPECT_TRUE(SqlStatementSplitter::split(QString()).isEmpty());
    EXPECT_TRUE(SqlStatementSplitter::split(QStringLiteral(" ;; \n ; ")).isEmpty());
    EXPECT_TRUE(SqlStatementSplitter::split(QStringLiteral("-- only a comment\n")).isEmpty());
}

TEST(SqlStatementSplitterTest, SemicolonsInsideQuotesDoNotSplit)
{
    const QStringList s = SqlStatementSplitter::split(
        QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\");INSERT INTO t VALUES ('it''s; fine');"
                       "SELECT `odd;name` FROM t;"));
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s.at(0), QStringLiteral("INSERT INTO t VALUES ('a;b', \"c;d\")"));
    EXPECT_EQ(s.at(1), QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"));
    EXPECT_EQ(s.at(2), QStringLiteral("SELECT `odd;name` FROM t"));
}

TEST(SqlStatementSplitterTest, CommentsAreDroppedEvenWithSemicolons)
{
    const QStringList s = SqlStatementSplitter::split(QStringLiteral(
        "-- first; a comment with a semicolon\n"
        "CREATE TABLE a (x); /* block; comment;\n over lines */ CREATE TABLE b (y); -- tail;\n"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.at(0), QStringLiteral("CREATE TABLE a (x)"));
    EXPECT_EQ(s.at(1), QStringLiteral("CREATE TABLE b (y)"));
    for (const QString& statement : s) {
        EXPECT_FALSE(statement.contains(QStringLiteral("comment")));
        EXPECT_FALSE(statement.contains(QStringLiteral("--")));
    }
}

TEST(SqlStatementSplitterTest, CommentMarkersInsideQuotesAreText)
{
    const QStringList s = SqlStatementSplitter::split(
        QStringLiteral("INSERT INTO t VALUES ('-- not a comment', '/* nor this */');"));
    ASSERT_EQ(s.size(), 1);
    EXPECT_TRUE(s.at(0).contains(QStringLiteral("'-- not a comment'")));
    EXPECT_TRUE(s.at(0).contains(QStringLiteral("'/* nor this */'")));
}

TEST(SqlStatementSplitterTest, TriggerBodyStaysOneStatement)
{
    const QStringList s = SqlStatementSplitter::split(
        QStringLiteral("CREATE TABLE log (x);\n"
                       "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n"
                       "  INSERT INTO log VALUES (new.x);\n"
                       "  UPDATE t SET x = x + 1 WHERE rowid = new.rowid;\n"
                       "END;\n"
                       "create temp trigger t_ad after delete on t begin delete from log; end;\n"
                       "SELECT 1;"));
    ASSERT_EQ(s.size(), 4);
    EXPECT_TRUE(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER t_ai")));
    EXPECT_TRUE(s.at(1).contains(QStringLiteral("INSERT INTO log VALUES (new.x);")));
    EXPECT_TRUE(s.at(1).contains(QStringLiteral("UPDATE t SET x = x + 1")));
    EXPECT_TRUE(s.at(1).endsWith(QStringLiteral("END")));
    EXPECT_EQ(s.at(2), QStringLiteral("create temp trigger t_ad after delete on t begin delete "
                                      "from log; end"));
    EXPECT_EQ(s.at(3), QStringLiteral("SELECT 1"));
}

TEST(SqlStatementSplitterTest, TriggerWithCaseExpressionStaysOneStatement)
{
    // CASE … END inside the body must not be taken for the trigger's END.
    const QStringList s = SqlStatementSplitter::split(
        QStringLiteral("CREATE TRIGGER t_au AFTER UPDATE ON t BEGIN\n"
                       "  UPDATE t SET kind = CASE WHEN new.x > 0 THEN 'pos' ELSE 'neg' END;\n"
                       "  INSERT INTO log VALUES ('end;');\n"
                       "END;\n"
                       "SELECT 2;"));
    ASSERT_EQ(s.size(), 2) << s.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(s.at(0).contains(QStringLiteral("INSERT INTO log VALUES ('end;');")));
    EXPECT_TRUE(s.at(0).endsWith(QStringLiteral("END")));
    EXPECT_EQ(s.at(1), QStringLiteral("SELECT 2"));
}

TEST(SqlStatementSplitterTest, TwoTriggersInARowAreSplitBetweenThem)
{
    const QStringList s = SqlStatementSplitter::split(QStringLiteral(
        "CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END; CREATE TRIGGER b AFTER "
        "INSERT ON t BEGIN SELECT 2; END;"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.at(0), QStringLiteral("CREATE TRIGGER a AFTER INSERT ON t BEGIN SELECT 1; END"));
    EXPECT_EQ(s.at(1), QStringLiteral("CREATE TRIGGER b AFTER INSERT ON t BEGIN SELECT 2; END"));
}

TEST(SqlStatementSplitterTest, SplitScriptRunsInSqlite)
{
    RawSqlite raw(QStringLiteral(":memory:"));
    ASSERT_TRUE(raw.isOpen());
    const QStringList statements = SqlStatementSplitter::split(
        QStringLiteral("CREATE TABLE t (x INTEGER, kind TEXT); -- the data\n"
                       "CREATE TABLE log (v TEXT);\n"
                       "CREATE TRIGGER t_au AFTER UPDATE OF x ON t BEGIN\n"
                       "  UPDATE t SET kind = CASE WHEN new.x > 0 THEN 'pos' ELSE 'neg' END\n"
                       "    WHERE rowid = new.rowid;\n"
                       "  INSERT INTO log VALUES ('x;' || new.x);\n"
                       "END;\n"
                       "INSERT INTO t (x) VALUES (-1); /* then */ UPDATE t SET x = 5;"));
    ASSERT_EQ(statements.size(), 5) << statements.join(QStringLiteral(" | ")).toStdString();
    for (const QString& statement : statements)
        ASSERT_TRUE(raw.exec(statement).isEmpty()) << statement.toStdString();
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT kind FROM t")).toString(), QStringLiteral("pos"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT group_concat(v) FROM log")).toString(),
              QStringLiteral("x;5"));
}

} // namespace
} // namespace st
