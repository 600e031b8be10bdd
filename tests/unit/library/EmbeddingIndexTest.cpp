#include "core/library/EmbeddingIndex.h"

#include "core/library/EmbeddingStore.h"
#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <random>

namespace st {
namespace {

QVector<qint64> idsOf(const QVector<EmbeddingIndex::Hit>& hits)
{
    QVector<qint64> ids;
    for (const EmbeddingIndex::Hit& hit : hits)
        ids.append(hit.first);
    return ids;
}

double cosine(const QVector<float>& a, const QVector<float>& b)
{
    double ab = 0, aa = 0, bb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return ab / std::sqrt(aa * bb);
}

TEST(EmbeddingIndexTest, TopKIsInExactOrderWithCosineScores)
{
    EmbeddingIndex index;
    ASSERT_TRUE(index.upsert(1, {1.0f, 0.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(2, {0.0f, 1.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(3, {1.0f, 1.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(4, {-1.0f, 0.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(5, {3.0f, 1.0f, 0.0f}));
    EXPECT_EQ(index.size(), 5);
    EXPECT_EQ(index.dimension(), 3);

    const QVector<EmbeddingIndex::Hit> hits = index.topK({2.0f, 0.0f, 0.0f}, 5);
    EXPECT_EQ(idsOf(hits), (QVector<qint64>{1, 5, 3, 2, 4}));
    ASSERT_EQ(hits.size(), 5);
    EXPECT_NEAR(hits[0].second, 1.0, 1e-6);
    EXPECT_NEAR(hits[1].second, 3.0 / std::sqrt(10.0), 1e-6);
    EXPECT_NEAR(hits[2].second, 1.0 / std::sqrt(2.0), 1e-6);
    EXPECT_NEAR(hits[3].second, 0.0, 1e-6);
    EXPECT_NEAR(hits[4].second, -1.0, 1e-6);

    EXPECT_EQ(idsOf(index.topK({2.0f, 0.0f, 0.0f}, 2)), (QVector<qint64>{1, 5}));
    EXPECT_EQ(idsOf(index.topK({0.0f, 1.0f, 0.0f}, 1)), (QVector<qint64>{2}));
    EXPECT_EQ(index.topK({1.0f, 0.0f, 0.0f}, 50).size(), 5); // k beyond the size
    EXPECT_TRUE(index.topK({1.0f, 0.0f, 0.0f}, 0).isEmpty());
}

TEST(EmbeddingIndexTest, RanksByCosineNotByDotProduct)
{
    EmbeddingIndex index;
    // By dot product with (1, 0) the long vector 2 would win (10 > 0.99); by angle 1 wins.
    ASSERT_TRUE(index.upsert(1, {0.99f, 0.1f}));
    ASSERT_TRUE(index.upsert(2, {10.0f, 10.0f}));
    const auto hits = index.topK({1.0f, 0.0f}, 2);
    EXPECT_EQ(idsOf(hits), (QVector<qint64>{1, 2}));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_NEAR(hits[1].second, std::sqrt(0.5), 1e-6);
    // The query's length does not matter either.
    EXPECT_EQ(index.topK({1000.0f, 0.0f}, 2), hits);
}

TEST(EmbeddingIndexTest, EqualScoresGoByLowerId)
{
    EmbeddingIndex index;
    ASSERT_TRUE(index.upsert(9, {1.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(3, {2.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(7, {5.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(1, {0.0f, 1.0f}));
    EXPECT_EQ(idsOf(index.topK({1.0f, 0.0f}, 2)), (QVector<qint64>{3, 7}));
    EXPECT_EQ(idsOf(index.topK({1.0f, 0.0f}, 4)), (QVector<qint64>{3, 7, 9, 1}));
}

TEST(EmbeddingIndexTest, AllowedRestrictsTheCandidates)
{
    EmbeddingIndex index;
    for (int i = 1; i <= 6; ++i)
        ASSERT_TRUE(index.upsert(i, {float(i), 1.0f}));
    const QVector<float> query{1.0f, 0.0f}; // larger i: closer
    const QSet<qint64> few{2, 4, 100};      // fewer than the rows: looked up by id
    EXPECT_EQ(idsOf(index.topK(query, 5, &few)), (QVector<qint64>{4, 2}));
    const QSet<qint64> many{1, 2, 3, 5, 100, 200, 300}; // more than the rows: a scan
    EXPECT_EQ(idsOf(index.topK(query, 3, &many)), (QVector<qint64>{5, 3, 2}));
    const QSet<qint64> none;
    EXPECT_TRUE(index.topK(query, 3, &none).isEmpty());
    EXPECT_EQ(idsOf(index.topK(query, 2)), (QVector<qint64>{6, 5}));
}

TEST(EmbeddingIndexTest, RejectsOtherDimensionsAndDegenerateVectors)
{
    EmbeddingIndex index;
    EXPECT_FALSE(index.upsert(1, {}));
    EXPECT_FALSE(index.upsert(1, {0.0f, 0.0f, 0.0f}));
    EXPECT_FALSE(index.upsert(1, {std::numeric_limits<float>::quiet_NaN(), 1.0f, 0.0f}));
    EXPECT_TRUE(index.isEmpty());
    EXPECT_EQ(index.dimension(), 0);

    ASSERT_TRUE(index.upsert(1, {1.0f, 0.0f, 0.0f})); // sets the dimension
    EXPECT_FALSE(index.upsert(2, {1.0f, 0.0f}));
    EXPECT_FALSE(index.upsert(1, {1.0f, 0.0f, 0.0f, 0.0f})); // nor replaces with another
    EXPECT_EQ(index.size(), 1);
    EXPECT_EQ(index.dimension(), 3);
    EXPECT_TRUE(index.topK({1.0f, 0.0f}, 3).isEmpty());       // a query of another size
    EXPECT_TRUE(index.topK({0.0f, 0.0f, 0.0f}, 3).isEmpty()); // a zero query
    EXPECT_EQ(idsOf(index.topK({1.0f, 0.0f, 0.0f}, 3)), QVector<qint64>{1});

    index.remove(1); // empty again: any dimension
    EXPECT_EQ(index.dimension(), 0);
    EXPECT_TRUE(index.upsert(2, {1.0f, 0.0f}));
    EXPECT_EQ(index.dimension(), 2);
}

TEST(EmbeddingIndexTest, UpsertReplacesAndRemoveKeepsTheOthers)
{
    EmbeddingIndex index;
    ASSERT_TRUE(index.upsert(1, {1.0f, 0.0f}));
    ASSERT_TRUE(index.upsert(2, {0.0f, 1.0f}));
    ASSERT_TRUE(index.upsert(3, {1.0f, 1.0f}));
    ASSERT_TRUE(index.upsert(1, {-1.0f, 0.0f})); // replaced in place
    EXPECT_EQ(index.size(), 3);
    EXPECT_EQ(idsOf(index.topK({1.0f, 0.0f}, 3)), (QVector<qint64>{3, 2, 1}));

    index.remove(1); // the last row moves into its place
    index.remove(42);
    EXPECT_EQ(index.size(), 2);
    EXPECT_FALSE(index.contains(1));
    EXPECT_EQ(idsOf(index.topK({0.0f, 1.0f}, 3)), (QVector<qint64>{2, 3}));
    const auto hits = index.topK({1.0f, 1.0f}, 1);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].first, 3);
    EXPECT_NEAR(hits[0].second, 1.0, 1e-6);
}

TEST(EmbeddingIndexTest, MatchesABruteForceCosineOnRandomVectors)
{
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    const int dim = 77; // not a multiple of the 16 floats of the SIMD loop
    QVector<QVector<float>> vectors;
    EmbeddingIndex index;
    for (int i = 0; i < 300; ++i) {
        QVector<float> v(dim);
        for (float& x : v)
            x = normal(random) * float(1 + i % 5);
        vectors.append(v);
        ASSERT_TRUE(index.upsert(i + 1, v));
    }
    for (int round = 0; round < 10; ++round) {
        QVector<float> query(dim);
        for (float& x : query)
            x = normal(random);
        QVector<QPair<double, qint64>> expected;
        for (int i = 0; i < vectors.size(); ++i)
            expected.append({-cosine(query, vectors[i]), i + 1});
        std::sort(expected.begin(), expected.end());
        const auto hits = index.topK(query, 10);
        ASSERT_EQ(hits.size(), 10);
        for (int i = 0; i < 10; ++i) {
            EXPECT_EQ(hits[i].first, expected[i].second) << "round " << round << " rank " << i;
            EXPECT_NEAR(hits[i].second, -expected[i].first, 1e-5);
        }
    }
}

TEST(EmbeddingIndexTest, LoadsOneModelFromTheStoreSkippingOtherDimensions)
{
    TempDataDir dir;
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    ScriptLibrary library(db.connection());
    EmbeddingStore store(db.connection());
    QVector<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Script s;
        s.title = QStringLiteral("Script %1").arg(i);
        s.language = QStringLiteral("en");
        ids.append(library.add(s).value_or(0));
    }
    const QString model = QStringLiteral("m");
    ASSERT_TRUE(store.put(ids[0], model, {1.0f, 0.0f}));
    ASSERT_TRUE(store.put(ids[1], model, {0.0f, 1.0f}));
    ASSERT_TRUE(store.put(ids[2], model, {1.0f, 0.0f, 0.0f})); // another dimension: skipped
    ASSERT_TRUE(store.put(ids[3], QStringLiteral("other"), {1.0f, 0.0f}));

    EmbeddingIndex index;
    ASSERT_TRUE(index.upsert(999, {5.0f, 5.0f})); // replaced by load()
    index.load(store, model);
    EXPECT_EQ(index.size(), 2);
    EXPECT_EQ(index.dimension(), 2);
    EXPECT_FALSE(index.contains(999));
    EXPECT_EQ(idsOf(index.topK({0.1f, 1.0f}, 5)), (QVector<qint64>{ids[1], ids[0]}));

    index.load(store, QStringLiteral("nothing-stored"));
    EXPECT_TRUE(index.isEmpty());
}

} // namespace
} // namespace st
