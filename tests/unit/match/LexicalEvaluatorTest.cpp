#include "core/match/LexicalEvaluator.h"

#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "support/BundledLibraryFacts.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

class LexicalEvaluatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection());
        const BundledLibrary::Report report = BundledLibrary().install(*library);
        ASSERT_EQ(report.added, testdata::kBundledScripts);
        Script user = testdata::script(
            QStringLiteral("The Dancing Plague of 1518"), QStringLiteral("en"),
            {QStringLiteral("In July 1518 a woman began to dance in a street of Strasbourg."),
             QStringLiteral("Within a week dozens had joined her, and the city council worried."),
             QStringLiteral("Physicians blamed hot blood and prescribed more dancing.")});
        const auto id = library->add(user);
        ASSERT_TRUE(id);
        userScript = *id;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<ScriptLibrary> library;
    qint64 userScript = 0;
};

ScriptInfo infoOf(const ScriptLibrary& library, const Evaluation& e)
{
    return library.info(e.scriptId).value_or(ScriptInfo());
}

TEST_F(LexicalEvaluatorTest, TitleInEnglishMatches)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation e =
        evaluator.evaluate(QStringLiteral("the Mary Celeste"), QStringLiteral("en"));
    EXPECT_TRUE(e.error.isEmpty());
    ASSERT_TRUE(e.hasCandidate());
    EXPECT_EQ(e.title, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(e.language, QStringLiteral("en"));
    EXPECT_EQ(infoOf(*library, e).bundleId, QStringLiteral("mary-celeste"));
    EXPECT_EQ(infoOf(*library, e).language, QStringLiteral("en"));
    EXPECT_GE(e.score, 95);
    EXPECT_FALSE(e.anything);
    EXPECT_EQ(Evaluation::decide(e.score, 80, 95), Evaluation::Decision::Match);
}

TEST_F(LexicalEvaluatorTest, TitleInKoreanWithFillerMatches)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation e =
        evaluator.evaluate(QStringLiteral("메리 셀레스트호 이야기 들려줘"), QStringLiteral("ko"));
    ASSERT_TRUE(e.hasCandidate());
    EXPECT_EQ(e.title, QStringLiteral("메리 셀레스트호"));
    EXPECT_EQ(infoOf(*library, e).language, QStringLiteral("ko"));
    EXPECT_EQ(infoOf(*library, e).bundleId, QStringLiteral("mary-celeste"));
    EXPECT_GE(e.score, 95);
}

TEST_F(LexicalEvaluatorTest, TitleInJapaneseMatches)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation e =
        evaluator.evaluate(QStringLiteral("ツングースカ大爆発"), QStringLiteral("ja"));
    ASSERT_TRUE(e.hasCandidate());
    EXPECT_EQ(e.title, QStringLiteral("ツングースカ大爆発"));
    EXPECT_EQ(infoOf(*library, e).language, QStringLiteral("ja"));
    EXPECT_EQ(infoOf(*library, e).bundleId, QStringLiteral("tunguska-event"));
    EXPECT_GE(e.score, 95);
}

TEST_F(LexicalEvaluatorTest, TitleInSpanishMatches)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation e =
        evaluator.evaluate(QStringLiteral("la colonia perdida de Roanoke"), QStringLiteral("es"));
    ASSERT_TRUE(e.hasCandidate());
    EXPECT_EQ(infoOf(*library, e).language, QStringLiteral("es"));
    EXPECT_EQ(infoOf(*library, e).bundleId, QStringLiteral("roanoke-colony"));
    EXPECT_GE(e.score, 95);
}

TEST_F(LexicalEvaluatorTest, UserScriptIsFoundToo)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation e = evaluator.evaluate(QStringLiteral("tell me about the dancing plague"),
                                            QStringLiteral("en"));
    EXPECT_EQ(e.scriptId, userScript);
    EXPECT_EQ(e.title, QStringLiteral("The Dancing Plague of 1518"));
    EXPECT_GE(e.score, 95);
}

TEST_F(LexicalEvaluatorTest, ForeignTitleGivesTheBundledStoryInTheSessionLanguage)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation ko = evaluator.evaluate(QStringLiteral("Mary Celeste"), QStringLiteral("ko"));
    ASSERT_TRUE(ko.hasCandidate());
    EXPECT_EQ(infoOf(*library, ko).bundleId, QStringLiteral("mary-celeste"));
    EXPECT_EQ(infoOf(*library, ko).language, QStringLiteral("ko"));
    EXPECT_EQ(ko.title, QStringLiteral("메리 셀레스트호"));
    EXPECT_GE(ko.score, 95);

    const Evaluation ja = evaluator.evaluate(QStringLiteral("Roanoke"), QStringLiteral("ja"));
    ASSERT_TRUE(ja.hasCandidate());
    EXPECT_EQ(infoOf(*library, ja).bundleId, QStringLiteral("roanoke-colony"));
    EXPECT_EQ(infoOf(*library, ja).language, QStringLiteral("ja"));
}

TEST_F(LexicalEvaluatorTest, EventsWithoutTitleWordsAskForMoreDetail)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const std::pair<const char*, const char*> cases[] = {
        {"a brigantine found drifting in the Atlantic near Gibraltar", "mary-celeste"},
        {"an explosion flattened a Siberian forest in 1908", "tunguska-event"},
    };
    for (const auto& [query, bundle] : cases) {
        const Evaluation e = evaluator.evaluate(QString::fromUtf8(query), QStringLiteral("en"));
        ASSERT_TRUE(e.hasCandidate()) << query;
        EXPECT_EQ(infoOf(*library, e).bundleId, QString::fromLatin1(bundle)) << query;
        EXPECT_GE(e.score, 80) << query;
        EXPECT_LE(e.score, 90) << query;
        EXPECT_EQ(Evaluation::decide(e.score, 80, 95), Evaluation::Decision::MoreDetail) << query;
    }
}

TEST_F(LexicalEvaluatorTest, UnrelatedRequestsScoreLow)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    const Evaluation none =
        evaluator.evaluate(QStringLiteral("quantum chromodynamics lattice"), QStringLiteral("en"));
    EXPECT_TRUE(none.error.isEmpty());
    EXPECT_LT(none.score, 80);
    EXPECT_FALSE(none.hasCandidate());
    EXPECT_EQ(Evaluation::decide(none.score, 80, 95), Evaluation::Decision::Unknown);

    // A word or two in common is still not the story. (Two telling words may be: "the
    // moon landing" asks "Did you mean the Nazca lines?", for their "landing strips".)
    const Evaluation weak =
        evaluator.evaluate(QStringLiteral("the Great Fire of London"), QStringLiteral("en"));
    EXPECT_LT(weak.score, 80);

    // Only filler: nothing to search for.
    const Evaluation filler =
        evaluator.evaluate(QStringLiteral("tell me a story please"), QStringLiteral("en"));
    EXPECT_TRUE(filler.error.isEmpty());
    EXPECT_EQ(filler.score, 0);
    EXPECT_FALSE(filler.hasCandidate());
}

TEST_F(LexicalEvaluatorTest, AnythingPicksAStoryOfTheLanguage)
{
    for (const auto& [query, language] :
         std::initializer_list<std::pair<const char*, const char*>>{{"anything", "en"},
                                                                    {"아무거나", "ko"},
                                                                    {"なんでも", "ja"},
                                                                    {"cualquiera", "es"},
                                                                    {"tell me anything", "en"}}) {
        const QString lang = QString::fromLatin1(language);
        const QVector<qint64> ids = library->ids(lang);
        ASSERT_FALSE(ids.isEmpty());
        for (int pick = 0; pick < ids.size(); ++pick) {
            const LexicalEvaluator evaluator(*library, testdata::constantRandom(pick));
            const Evaluation e = evaluator.evaluate(QString::fromUtf8(query), lang);
            EXPECT_TRUE(e.anything) << query;
            EXPECT_EQ(e.score, 100);
            EXPECT_EQ(e.scriptId, ids.at(pick)) << query;
            EXPECT_EQ(infoOf(*library, e).language, lang);
            EXPECT_EQ(e.title, infoOf(*library, e).title);
            // The same random numbers give the same story.
            EXPECT_EQ(evaluator.evaluate(QString::fromUtf8(query), lang).scriptId, e.scriptId);
        }
    }
}

TEST_F(LexicalEvaluatorTest, AnythingInALanguageWithNoStoriesPicksFromAll)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom(0));
    const Evaluation e = evaluator.evaluate(QStringLiteral("anything"), QStringLiteral("fr"));
    EXPECT_TRUE(e.anything);
    EXPECT_TRUE(e.error.isEmpty()) << e.error.toStdString();
    EXPECT_EQ(e.scriptId, library->ids().value(0));
    EXPECT_TRUE(e.hasCandidate());
}

TEST_F(LexicalEvaluatorTest, EmptyAndOverlongRequestsAreErrors)
{
    const LexicalEvaluator evaluator(*library, testdata::constantRandom());
    for (const QString& empty : {QString(), QStringLiteral("   \n ")}) {
        const Evaluation e = evaluator.evaluate(empty, QStringLiteral("en"));
        EXPECT_FALSE(e.error.isEmpty());
        EXPECT_FALSE(e.hasCandidate());
    }
    const QString longQuery = QStringLiteral("Mary Celeste ").repeated(770).left(10000);
    ASSERT_EQ(longQuery.size(), 10000);
    const Evaluation e = evaluator.evaluate(longQuery, QStringLiteral("en"));
    EXPECT_FALSE(e.error.isEmpty());
    EXPECT_TRUE(e.error.contains(QString::number(LexicalEvaluator::kMaxQueryLength)));
    EXPECT_FALSE(e.hasCandidate());
}

TEST_F(LexicalEvaluatorTest, EmptyLibraryAnythingIsAnError)
{
    TempDataDir emptyDir;
    Database emptyDb(emptyDir.databasePath());
    ASSERT_TRUE(emptyDb.open().ok());
    ScriptLibrary empty(emptyDb.connection());
    const LexicalEvaluator evaluator(empty, testdata::constantRandom());
    const Evaluation e = evaluator.evaluate(QStringLiteral("anything"), QStringLiteral("en"));
    EXPECT_FALSE(e.error.isEmpty());
    EXPECT_FALSE(e.hasCandidate());
    EXPECT_EQ(evaluator.evaluate(QStringLiteral("Mary Celeste"), QStringLiteral("en")).score, 0);
}

TEST(LexicalEvaluatorStepTest, RoundToStep)
{
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.87), 85);
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.85), 85);
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.88), 90);
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.82), 80);
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.0), 0);
    EXPECT_EQ(LexicalEvaluator::roundToStep(0.02), 0);
    EXPECT_EQ(LexicalEvaluator::roundToStep(1.0), 100);
    EXPECT_EQ(LexicalEvaluator::roundToStep(1.7), 100);
    EXPECT_EQ(LexicalEvaluator::roundToStep(-0.3), 0);
    for (int i = 0; i <= 1000; ++i)
        EXPECT_EQ(LexicalEvaluator::roundToStep(i / 1000.0) % 5, 0);
}

} // namespace
} // namespace st
