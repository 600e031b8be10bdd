// The yardstick of HtmlExtractorPagesTest: tokens, precision/recall/F1 and the title rule.
#include "ExtractionScore.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st::webtest {
namespace {

TEST(ExtractionScoreTest, WordsForSpacedLanguagesCharactersForChineseAndJapanese)
{
    EXPECT_EQ(ExtractionScore::tokens(QStringLiteral("The keeper's LOG, 1900: \"wind—sea\"!")),
              (QStringList{QStringLiteral("the"), QStringLiteral("keepers"), QStringLiteral("log"),
                           QStringLiteral("1900"), QStringLiteral("wind"), QStringLiteral("sea")}));
    EXPECT_EQ(ExtractionScore::tokens(QStringLiteral("한산도 대첩, 학익진으로!")),
              (QStringList{QStringLiteral("한산도"), QStringLiteral("대첩"),
                           QStringLiteral("학익진으로")}));
    EXPECT_EQ(ExtractionScore::tokens(QStringLiteral("灯台守、イヌ。")),
              (QStringList{QStringLiteral("灯"), QStringLiteral("台"), QStringLiteral("守"),
                           QStringLiteral("イ"), QStringLiteral("ヌ")}));
    EXPECT_EQ(ExtractionScore::tokens(QStringLiteral("DeepMind新电脑")),
              (QStringList{QStringLiteral("deepmind"), QStringLiteral("新"), QStringLiteral("电"),
                           QStringLiteral("脑")}));
    EXPECT_EQ(ExtractionScore::tokens(QStringLiteral("Café naïve")),
              (QStringList{QStringLiteral("café"), QStringLiteral("naïve")}));
    EXPECT_TRUE(ExtractionScore::tokens(QStringLiteral(" ... — ")).isEmpty());
}

TEST(ExtractionScoreTest, PrecisionRecallAndF1OverTokenMultisets)
{
    const ExtractionScore same =
        ExtractionScore::of(QStringLiteral("a b c"), QStringLiteral("c b a"));
    EXPECT_DOUBLE_EQ(same.f1, 1.0);

    // Extracted: a a b x (4 tokens); expected: a b b c (4). Common: a, b → 2.
    const ExtractionScore s =
        ExtractionScore::of(QStringLiteral("a a b x"), QStringLiteral("a b b c"));
    EXPECT_DOUBLE_EQ(s.precision, 0.5);
    EXPECT_DOUBLE_EQ(s.recall, 0.5);
    EXPECT_DOUBLE_EQ(s.f1, 0.5);

    const ExtractionScore more =
        ExtractionScore::of(QStringLiteral("a b c d"), QStringLiteral("a b"));
    EXPECT_DOUBLE_EQ(more.precision, 0.5);
    EXPECT_DOUBLE_EQ(more.recall, 1.0);
    EXPECT_NEAR(more.f1, 2.0 / 3.0, 1e-12);

    EXPECT_DOUBLE_EQ(ExtractionScore::of({}, {}).f1, 1.0);
    EXPECT_DOUBLE_EQ(ExtractionScore::of({}, QStringLiteral("a")).f1, 0.0);
    EXPECT_DOUBLE_EQ(ExtractionScore::of(QStringLiteral("a"), {}).f1, 0.0);
}

TEST(ExtractionScoreTest, TitleRule)
{
    EXPECT_TRUE(ExtractionScore::titleMatches(QStringLiteral("  Xbox One X review:  A console "),
                                              QStringLiteral("xbox one x REVIEW: a console")));
    // "LWN.net Weekly Edition for March 26, 2015" is 80.4% of the title with " [LWN.net]".
    EXPECT_TRUE(ExtractionScore::titleMatches(
        QStringLiteral("LWN.net Weekly Edition for March 26, 2015"),
        QStringLiteral("LWN.net Weekly Edition for March 26, 2015 [LWN.net]")));
    EXPECT_FALSE(ExtractionScore::titleMatches(QStringLiteral("Mozilla"),
                                               QStringLiteral("Mozilla - Wikipedia")));
    EXPECT_FALSE(ExtractionScore::titleMatches(QStringLiteral("Apollo"), QStringLiteral("Gemini")));
    EXPECT_FALSE(ExtractionScore::titleMatches({}, QStringLiteral("Title")));
    EXPECT_TRUE(ExtractionScore::titleMatches({}, {}));
}

} // namespace
} // namespace st::webtest
