// StoryIndex: a script's sentences as search terms, a question answered from the chapters
// told, put off when only a later chapter holds it, unknown when none does.
#include "core/narration/StoryIndex.h"

#include "core/narration/ListenerTurns.h"
#include "support/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Verdict = StoryIndex::Verdict;

Script threeChapters()
{
    return testdata::script(
        QStringLiteral("The Lighthouse"), QStringLiteral("en"),
        {QStringLiteral("The keeper was called Thomas Marshall. He lit the lamp every evening."),
         QStringLiteral("A storm came in December. The boat was lost in the waves."),
         QStringLiteral("In the spring a relief ship found the lighthouse empty.")});
}

TEST(StoryIndexTest, SentencesOfEveryChapterAreIndexed)
{
    const StoryIndex index(threeChapters(), {});
    EXPECT_EQ(index.sentenceCount(), 5);
    const auto found = index.search(QStringLiteral("storm December"), 3);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().chapter, 2);
    EXPECT_EQ(found.first().text, QStringLiteral("A storm came in December."));
    EXPECT_DOUBLE_EQ(found.first().coverage, 1.0);
}

TEST(StoryIndexTest, AnswersFromWhatWasToldPutsOffWhatComesLaterAndKnowsWhatItDoesNotKnow)
{
    const ListenerWords words;
    const StoryIndex index(threeChapters(), ListenerTurns::stopwords(words));
    const auto keeper = index.answer(QStringLiteral("Who was the keeper?"), 1);
    EXPECT_EQ(keeper.verdict, Verdict::Told);
    ASSERT_FALSE(keeper.passages.isEmpty());
    EXPECT_TRUE(keeper.passages.first().text.contains(QStringLiteral("Thomas Marshall")));

    const auto storm = index.answer(QStringLiteral("What happened in the storm?"), 1);
    EXPECT_EQ(storm.verdict, Verdict::Later);
    EXPECT_EQ(storm.chapter, 2);
    EXPECT_TRUE(storm.passages.isEmpty()); // nothing of a later chapter is handed out
    EXPECT_EQ(index.answer(QStringLiteral("What happened in the storm?"), 2).verdict,
              Verdict::Told);

    EXPECT_EQ(index.answer(QStringLiteral("What colour was his cat?"), 3).verdict,
              Verdict::Unknown);
    EXPECT_EQ(index.answer(QStringLiteral("who?"), 3).verdict, Verdict::Unknown);
}

TEST(StoryIndexTest, QuestionWordsAreTakenOutBeforeKoreanAndJapaneseBigrams)
{
    const ListenerWords words;
    const StoryIndex index(testdata::script(QStringLiteral("등대"), QStringLiteral("ko"),
                                            {QStringLiteral("등대지기는 토머스였어요.")}),
                           ListenerTurns::stopwords(words));
    // "누구였어" leaves no "구였" behind to dilute the question.
    EXPECT_EQ(
        index.questionTerms(QStringLiteral("등대지기가 누구였어?")),
        QStringList({QStringLiteral("등대"), QStringLiteral("대지"), QStringLiteral("지기")}));
    const StoryIndex ja(testdata::script(QStringLiteral("灯台"), QStringLiteral("ja"),
                                         {QStringLiteral("灯台守はトマスでした。")}),
                        ListenerTurns::stopwords(words));
    EXPECT_EQ(ja.answer(QStringLiteral("灯台守は誰？"), 1).verdict, Verdict::Told);
}

} // namespace
} // namespace st
