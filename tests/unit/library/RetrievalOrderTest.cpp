// Lexical (bm25) and embedding retrieval over the same small library, where the two
// disagree, and their reciprocal rank fusion.
#include "core/library/EmbeddingIndex.h"
#include "core/library/EmbeddingStore.h"
#include "core/library/ScriptLibrary.h"
#include "core/match/RankFusion.h"
#include "core/store/Database.h"
#include "core/text/SearchText.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

const QString kModel = QStringLiteral("hand-made");

Script makeScript(const QString& title, const QString& body)
{
    Script s;
    s.title = title;
    s.language = QStringLiteral("en");
    s.section(ScriptSection::Prologue1).content = body;
    return s;
}

QVector<qint64> idsOf(const QVector<EmbeddingIndex::Hit>& hits)
{
    QVector<qint64> ids;
    for (const auto& hit : hits)
        ids.append(hit.first);
    return ids;
}

QVector<qint64> idsOf(const QVector<QPair<qint64, double>>& fused)
{
    QVector<qint64> ids;
    for (const auto& entry : fused)
        ids.append(entry.first);
    return ids;
}

TEST(RetrievalOrderTest, LexicalEmbeddingAndFusedOrders)
{
    TempDataDir dir;
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    ScriptLibrary library(db.connection());
    EmbeddingStore store(db.connection());

    // A names the words in its title, but is about the keepers' daily round.
    const qint64 a = library
                         .add(makeScript(QStringLiteral("The Lighthouse Keepers"),
                                         QStringLiteral("Trimming wicks and polishing brass, "
                                                        "the keepers lived by the lamp.")))
                         .value_or(0);
    // B repeats the words in its body, but is about building the tower.
    const qint64 b =
        library
            .add(makeScript(QStringLiteral("Building on Rock"),
                            QStringLiteral("How a lighthouse is raised on a reef: the "
                                           "lighthouse tower, its lantern, and rooms where "
                                           "keepers sleep.")))
            .value_or(0);
    // C is the story asked for, but shares a single word with the request.
    const qint64 c = library
                         .add(makeScript(QStringLiteral("The December Storm"),
                                         QStringLiteral("After the gale the island's three "
                                                        "keepers were never seen again.")))
                         .value_or(0);
    // D tells the same kind of story in other words: no shared word at all.
    const qint64 d = library
                         .add(makeScript(QStringLiteral("The Missing Watchmen"),
                                         QStringLiteral("Three watchmen disappeared from a "
                                                        "remote beacon tower on the rocks.")))
                         .value_or(0);
    ASSERT_GT(a * b * c * d, 0);

    // Lexical: bm25 over the request's terms, title weighted 4:1. In four scripts every
    // term is common, so bm25's idf is at its floor and where and how often the words
    // occur decide: A (title), B (three times in the body), C (once). D is not found.
    const QStringList terms = SearchText::queryTerms(QStringLiteral("lighthouse keepers vanished"));
    const QVector<qint64> lexical = library.search(terms, QStringLiteral("en"), 10);
    EXPECT_EQ(lexical, (QVector<qint64>{a, b, c}));

    // Embeddings (made by hand: what a model would say about meaning). Query: (1, 0, 0, 0).
    ASSERT_TRUE(store.put(c, kModel, {0.95f, 0.30f, 0.0f, 0.0f}));  // cosine 0.95
    ASSERT_TRUE(store.put(d, kModel, {0.80f, 0.0f, 0.60f, 0.0f}));  // 0.80
    ASSERT_TRUE(store.put(a, kModel, {0.50f, 0.0f, 0.0f, 0.866f})); // 0.50
    ASSERT_TRUE(store.put(b, kModel, {0.10f, 0.99f, 0.0f, 0.0f}));  // 0.10
    EmbeddingIndex index;
    index.load(store, kModel);
    const QVector<qint64> semantic = idsOf(index.topK({1.0f, 0.0f, 0.0f, 0.0f}, 10));
    EXPECT_EQ(semantic, (QVector<qint64>{c, d, a, b}));

    // Fused (k = 60): A = 1/61 + 1/63 and C = 1/63 + 1/61 tie exactly, and A appeared first
    // (in the lexical ranking); B = 1/62 + 1/64; D = 1/62, found by one retriever only.
    const auto fused = RankFusion::fuse({lexical, semantic});
    EXPECT_EQ(idsOf(fused), (QVector<qint64>{a, c, b, d}));
    ASSERT_EQ(fused.size(), 4);
    EXPECT_EQ(fused[0].second, fused[1].second);
    EXPECT_DOUBLE_EQ(fused[2].second, 1.0 / 62 + 1.0 / 64);
    EXPECT_DOUBLE_EQ(fused[3].second, 1.0 / 62);

    // The other order of the rankings breaks the tie the other way.
    EXPECT_EQ(idsOf(RankFusion::fuse({semantic, lexical})), (QVector<qint64>{c, a, b, d}));
}

} // namespace
} // namespace st
