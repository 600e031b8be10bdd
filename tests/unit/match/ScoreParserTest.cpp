// ScoreParser: the relevance score out of however a model put it, rounded to a step of 5;
// no clear score is an error with a message, never a zero.
#include "core/match/ScoreParser.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

struct Readable
{
    const char* answer; // UTF-8
    int score;
};

void PrintTo(const Readable& c, std::ostream* os)
{
    *os << '"' << c.answer << '"';
}

class ScoreParserReadsTest : public ::testing::TestWithParam<Readable>
{
};

TEST_P(ScoreParserReadsTest, ReadsTheScore)
{
    const Readable& c = GetParam();
    const ScoreParser::Result r = ScoreParser::parse(QString::fromUtf8(c.answer));
    ASSERT_TRUE(r.score.has_value()) << r.error.toStdString();
    EXPECT_EQ(*r.score, c.score);
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    MessyAnswers, ScoreParserReadsTest,
    ::testing::Values(
        Readable{"Score: 85", 85}, Readable{"score:85", 85}, Readable{"Score - 90.", 90},
        Readable{"SCORE: 100", 100}, Readable{"  Score: 0  ", 0}, Readable{"85/100", 85},
        Readable{"85 / 100", 85}, Readable{"I'd give it 90 out of 100.", 90},
        Readable{"**95**", 95}, Readable{"Relevance: 87", 85}, Readable{"Score: 93", 95},
        Readable{"Score: 92", 90}, Readable{"Score: 87.5", 90}, Readable{"{\"score\": 80}", 80},
        Readable{"Sure! {\"score\": 72, \"reason\": \"vague\"}", 70}, Readable{"점수: 85", 85},
        Readable{"スコア：90", 90}, Readable{"Puntuación: 75", 75}, Readable{"puntuacion: 60", 60},
        Readable{"The Mary Celeste (1872) fits well. Score: 95", 95},
        Readable{"The Mary Celeste (1872) fits well.\n\n**100**", 100},
        Readable{"I think 80 fits", 80}, Readable{"90点", 90}, Readable{"85 점", 85},
        Readable{"Le doy un puntaje de 100", 100}));

class ScoreParserRefusesTest : public ::testing::TestWithParam<const char*>
{
};

TEST_P(ScoreParserRefusesTest, NoClearScoreIsAnErrorNeverAZero)
{
    const QString answer = QString::fromUtf8(GetParam());
    const ScoreParser::Result r = ScoreParser::parse(answer);
    EXPECT_FALSE(r.score.has_value()) << *r.score;
    EXPECT_FALSE(r.error.isEmpty());
    if (!answer.trimmed().isEmpty()) { // the message quotes what the model said
        EXPECT_TRUE(r.error.contains(answer.trimmed().left(40))) << r.error.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Unparseable, ScoreParserRefusesTest,
                         ::testing::Values("I cannot tell", "", "   \n ", "between 60 and 80",
                                           "1872", "Score: high", "{\"score\": \"high\"}",
                                           // Out of range is not clamped: the labelled 120 is
                                           // skipped and no other number in 0–100 is left.
                                           "Score: 120", "Score: 150/100",
                                           // The scale alone is no score.
                                           "I can't rate this one out of 100.", "No idea (x/100)"));

TEST(ScoreParserTest, EmptyAnswerSaysTheModelGaveNone)
{
    const ScoreParser::Result r = ScoreParser::parse(QString());
    EXPECT_FALSE(r.score);
    EXPECT_TRUE(r.error.contains(QStringLiteral("no answer"))) << r.error.toStdString();
}

TEST(ScoreParserTest, UnclearAnswerSaysWhatToDoAndIsShortened)
{
    const QString rambling = QStringLiteral("I really cannot say. ").repeated(30);
    const ScoreParser::Result r = ScoreParser::parse(rambling);
    EXPECT_FALSE(r.score);
    EXPECT_TRUE(r.error.contains(QStringLiteral("did not contain a clear relevance score")));
    EXPECT_TRUE(r.error.contains(QStringLiteral("Try again")));
    EXPECT_LT(r.error.size(), 120 + 200); // the answer is quoted, cut to 120 characters
}

TEST(ScoreParserTest, ALabelledScoreWinsOverOtherNumbers)
{
    // Years, counts and list numbers around the label are not the score.
    const ScoreParser::Result r = ScoreParser::parse(
        QStringLiteral("1. The ship was found in 1872 with 10 people missing.\nScore: 40"));
    ASSERT_TRUE(r.score);
    EXPECT_EQ(*r.score, 40);
}

} // namespace
} // namespace st
