#include "core/match/Evaluation.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Decision = Evaluation::Decision;

TEST(EvaluationTest, DefaultThresholds)
{
    const std::pair<int, Decision> cases[] = {
        {0, Decision::Unknown},     {75, Decision::Unknown},    {79, Decision::Unknown},
        {80, Decision::MoreDetail}, {90, Decision::MoreDetail}, {94, Decision::MoreDetail},
        {95, Decision::Match},      {100, Decision::Match},
    };
    for (const auto& [score, expected] : cases)
        EXPECT_EQ(Evaluation::decide(score, 80, 95), expected) << score;
}

TEST(EvaluationTest, CustomThresholds)
{
    EXPECT_EQ(Evaluation::decide(45, 50, 70), Decision::Unknown);
    EXPECT_EQ(Evaluation::decide(50, 50, 70), Decision::MoreDetail);
    EXPECT_EQ(Evaluation::decide(65, 50, 70), Decision::MoreDetail);
    EXPECT_EQ(Evaluation::decide(70, 50, 70), Decision::Match);
    // Equal thresholds: no "more detail" band.
    EXPECT_EQ(Evaluation::decide(85, 90, 90), Decision::Unknown);
    EXPECT_EQ(Evaluation::decide(90, 90, 90), Decision::Match);
    // Everything matches with zero thresholds; nothing does above 100.
    EXPECT_EQ(Evaluation::decide(0, 0, 0), Decision::Match);
    EXPECT_EQ(Evaluation::decide(100, 100, 101), Decision::MoreDetail);
}

TEST(EvaluationTest, CandidateFlag)
{
    Evaluation e;
    EXPECT_FALSE(e.hasCandidate());
    e.scriptId = 3;
    EXPECT_TRUE(e.hasCandidate());
}

} // namespace
} // namespace st
