// ScoreCache: the judge's scores per (normalized request, script, model) in SQLite,
// replaced on a new judgement and gone with their script.
#include "core/match/ScoreCache.h"

#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kModel = QStringLiteral("judge-a");

class ScoreCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection(), clock);
        cache = std::make_unique<ScoreCache>(db.connection(), clock);
        const auto a = library->add(testdata::numberedScript(3));
        const auto b = library->add(
            testdata::script(QStringLiteral("The Dancing Plague"), QStringLiteral("en"),
                             {QStringLiteral("In July 1518 a woman began to dance.")}));
        ASSERT_TRUE(a && b);
        first = *a;
        second = *b;
    }

    int rows(const QString& where = QStringLiteral("1")) const
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluation_cache WHERE ") + where) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1'700'000'000'000;
    Clock clock = [this] { return now; };
    std::unique_ptr<ScriptLibrary> library;
    std::unique_ptr<ScoreCache> cache;
    qint64 first = 0;
    qint64 second = 0;
};

TEST(ScoreCacheNormalizedTest, TrimsFoldsCaseAndCollapsesSpaces)
{
    EXPECT_EQ(ScoreCache::normalized(QStringLiteral("  The Mary\tCeleste \n")),
              QStringLiteral("the mary celeste"));
    EXPECT_EQ(ScoreCache::normalized(QStringLiteral("THE   GHOST   SHIP")),
              QStringLiteral("the ghost ship"));
    EXPECT_EQ(ScoreCache::normalized(QStringLiteral("ÉCOLE Ñandú")), QStringLiteral("école ñandú"));
    EXPECT_EQ(ScoreCache::normalized(QStringLiteral("메리  셀레스트")),
              QStringLiteral("메리 셀레스트"));
    EXPECT_EQ(ScoreCache::normalized(QStringLiteral("   ")), QString());
    // Different words stay different requests.
    EXPECT_NE(ScoreCache::normalized(QStringLiteral("the ghost ship")),
              ScoreCache::normalized(QStringLiteral("the ghost ships")));
}

TEST_F(ScoreCacheTest, MissIsNulloptNeverZero)
{
    EXPECT_EQ(cache->get(QStringLiteral("the ghost ship"), first, kModel), std::nullopt);
    EXPECT_EQ(rows(), 0);
}

TEST_F(ScoreCacheTest, RequestsThatDifferOnlyInCaseAndSpacesShareAScore)
{
    ASSERT_TRUE(cache->put(QStringLiteral("The Ghost  Ship"), first, kModel, 85));
    EXPECT_EQ(cache->get(QStringLiteral("the ghost ship"), first, kModel), 85);
    EXPECT_EQ(cache->get(QStringLiteral("  THE GHOST SHIP  "), first, kModel), 85);
    EXPECT_EQ(cache->get(QStringLiteral("the ghost ship of 1872"), first, kModel), std::nullopt);
    EXPECT_EQ(rows(), 1);
    EXPECT_EQ(rows(QStringLiteral("query = 'the ghost ship'")), 1);
}

TEST_F(ScoreCacheTest, ScoresArePerModelAndPerScript)
{
    ASSERT_TRUE(cache->put(QStringLiteral("a dancing plague"), first, kModel, 20));
    ASSERT_TRUE(cache->put(QStringLiteral("a dancing plague"), second, kModel, 100));
    ASSERT_TRUE(
        cache->put(QStringLiteral("a dancing plague"), second, QStringLiteral("judge-b"), 90));
    EXPECT_EQ(cache->get(QStringLiteral("a dancing plague"), first, kModel), 20);
    EXPECT_EQ(cache->get(QStringLiteral("a dancing plague"), second, kModel), 100);
    EXPECT_EQ(cache->get(QStringLiteral("a dancing plague"), second, QStringLiteral("judge-b")),
              90);
    EXPECT_EQ(cache->get(QStringLiteral("a dancing plague"), first, QStringLiteral("judge-b")),
              std::nullopt);
    EXPECT_EQ(cache->get(QStringLiteral("a dancing plague"), second, QStringLiteral("Judge-B")),
              std::nullopt); // model names are compared as they are
    EXPECT_EQ(rows(), 3);
}

TEST_F(ScoreCacheTest, ANewJudgementReplacesTheOldOne)
{
    ASSERT_TRUE(cache->put(QStringLiteral("the lighthouse"), first, kModel, 40));
    now += 60'000;
    ASSERT_TRUE(cache->put(QStringLiteral("The Lighthouse"), first, kModel, 95));
    EXPECT_EQ(cache->get(QStringLiteral("the lighthouse"), first, kModel), 95);
    EXPECT_EQ(rows(), 1);
    EXPECT_EQ(rows(QStringLiteral("created_at = %1").arg(now)), 1);
}

TEST_F(ScoreCacheTest, ScoresGoWithTheirScript)
{
    ASSERT_TRUE(cache->put(QStringLiteral("the lighthouse"), first, kModel, 95));
    ASSERT_TRUE(cache->put(QStringLiteral("the lighthouse"), first, QStringLiteral("judge-b"), 90));
    ASSERT_TRUE(cache->put(QStringLiteral("the lighthouse"), second, kModel, 10));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM scripts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), first);
    ASSERT_TRUE(q.exec());
    EXPECT_EQ(cache->get(QStringLiteral("the lighthouse"), first, kModel), std::nullopt);
    EXPECT_EQ(cache->get(QStringLiteral("the lighthouse"), second, kModel), 10);
    EXPECT_EQ(rows(), 1);
}

TEST_F(ScoreCacheTest, AScoreForAScriptThatIsNotThereIsRefused)
{
    EXPECT_FALSE(cache->put(QStringLiteral("the lighthouse"), 999'999, kModel, 95));
    EXPECT_EQ(rows(), 0);
}

} // namespace
} // namespace st
