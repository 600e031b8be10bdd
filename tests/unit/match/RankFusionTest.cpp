#include "core/match/RankFusion.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QVector<qint64> idsOf(const QVector<QPair<qint64, double>>& fused)
{
    QVector<qint64> ids;
    for (const auto& entry : fused)
        ids.append(entry.first);
    return ids;
}

enum : qint64
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5
};

TEST(RankFusionTest, StandardExampleWithKSixty)
{
    // bm25 ranks A, B, C; the embeddings rank B, C, D. B and C are found by both.
    const auto fused = RankFusion::fuse({{A, B, C}, {B, C, D}});
    ASSERT_EQ(fused.size(), 4);
    EXPECT_EQ(idsOf(fused), (QVector<qint64>{B, C, A, D}));
    EXPECT_DOUBLE_EQ(fused[0].second, 1.0 / 62 + 1.0 / 61); // B: 0.03252…
    EXPECT_DOUBLE_EQ(fused[1].second, 1.0 / 63 + 1.0 / 62); // C: 0.03100…
    EXPECT_DOUBLE_EQ(fused[2].second, 1.0 / 61);            // A: 0.01639…
    EXPECT_DOUBLE_EQ(fused[3].second, 1.0 / 63);            // D: 0.01587…
}

int positionOf(const QVector<QPair<qint64, double>>& fused, qint64 id)
{
    return static_cast<int>(idsOf(fused).indexOf(id));
}

TEST(RankFusionTest, KWeighsTheTopRanks)
{
    // A is first in one ranking; B is fifth in two.
    const QVector<QVector<qint64>> rankings{{A, C, D, E, B}, {C, D, E, 6, B}};
    // k = 0: A = 1/1 = 1.0 beats B = 1/5 + 1/5 = 0.4.
    const auto steep = RankFusion::fuse(rankings, 0);
    EXPECT_LT(positionOf(steep, A), positionOf(steep, B));
    EXPECT_DOUBLE_EQ(steep[positionOf(steep, A)].second, 1.0);
    EXPECT_DOUBLE_EQ(steep[positionOf(steep, B)].second, 0.4);
    // k = 1000 flattens the ranks: B = 2/1005 beats A = 1/1001.
    const auto flat = RankFusion::fuse(rankings, 1000);
    EXPECT_GT(positionOf(flat, A), positionOf(flat, B));
    // A negative k counts as 0 (no division by zero at rank 1 for k = -1).
    EXPECT_EQ(RankFusion::fuse(rankings, -1), steep);
}

TEST(RankFusionTest, TiesKeepTheOrderOfFirstAppearance)
{
    EXPECT_EQ(idsOf(RankFusion::fuse({{A, B}, {B, A}})), (QVector<qint64>{A, B}));
    EXPECT_EQ(idsOf(RankFusion::fuse({{B, A}, {A, B}})), (QVector<qint64>{B, A}));
    // Only in one ranking each, at the same rank: the first ranking's comes first.
    EXPECT_EQ(idsOf(RankFusion::fuse({{D}, {C}, {E}})), (QVector<qint64>{D, C, E}));
    // Equal sums made of the same ranks in another order are exactly equal.
    const auto rotated = RankFusion::fuse({{A, B, C}, {C, A, B}, {B, C, A}});
    EXPECT_EQ(idsOf(rotated), (QVector<qint64>{A, B, C}));
    EXPECT_EQ(rotated[0].second, rotated[1].second);
    EXPECT_EQ(rotated[1].second, rotated[2].second);
}

TEST(RankFusionTest, RepeatsInsideARankingCountOnceAtTheirBestRank)
{
    const auto fused = RankFusion::fuse({{A, B, A, A}});
    ASSERT_EQ(fused.size(), 2);
    EXPECT_DOUBLE_EQ(fused[0].second, 1.0 / 61);
    EXPECT_DOUBLE_EQ(fused[1].second, 1.0 / 62);
}

TEST(RankFusionTest, EmptyInputs)
{
    EXPECT_TRUE(RankFusion::fuse({}).isEmpty());
    EXPECT_TRUE(RankFusion::fuse({{}, {}}).isEmpty());
    EXPECT_EQ(idsOf(RankFusion::fuse({{}, {C, A}})), (QVector<qint64>{C, A}));
}

} // namespace
} // namespace st
