#include "core/library/EmbeddingStore.h"

#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSqlQuery>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace st {
namespace {

const QString kModel = QStringLiteral("test-embed");

Script makeScript(const QString& title)
{
    Script s;
    s.title = title;
    s.language = QStringLiteral("en");
    s.section(ScriptSection::Prologue1).content = QStringLiteral("Once upon a time.");
    return s;
}

class EmbeddingStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection(), [this] { return now; });
        store = std::make_unique<EmbeddingStore>(db.connection(), [this] { return now; });
    }

    qint64 add(const QString& title) { return library->add(makeScript(title)).value_or(0); }

    int rowCount()
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM script_embeddings")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1000;
    std::unique_ptr<ScriptLibrary> library;
    std::unique_ptr<EmbeddingStore> store;
};

TEST(EmbeddingStoreEncoding, IsLittleEndianFloat32)
{
    // 1.0f = 0x3F800000, -2.0f = 0xC0000000, 0.15625f = 0x3E200000: low byte first.
    const QByteArray bytes = EmbeddingStore::encode({1.0f, -2.0f, 0.15625f});
    EXPECT_EQ(bytes, QByteArray::fromHex("0000803f000000c00000203e"));
    EXPECT_TRUE(EmbeddingStore::encode({}).isEmpty());
}

TEST(EmbeddingStoreEncoding, RoundTripsExactly)
{
    const QVector<float> values{0.0f,
                                -0.0f,
                                1.0f,
                                -1.0f,
                                0.1f,
                                -0.333333343f,
                                123456.789f,
                                -9.87654e-20f,
                                std::numeric_limits<float>::min(), // smallest normal
                                -std::numeric_limits<float>::max(),
                                std::numeric_limits<float>::epsilon()};
    const auto decoded = EmbeddingStore::decode(EmbeddingStore::encode(values));
    ASSERT_TRUE(decoded);
    ASSERT_EQ(decoded->size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        EXPECT_EQ(std::signbit(decoded->at(i)), std::signbit(values.at(i))) << i;
        EXPECT_EQ(decoded->at(i), values.at(i)) << i; // bit-exact, not approximately
    }
}

TEST(EmbeddingStoreEncoding, DecodeRefusesATruncatedBlob)
{
    EXPECT_FALSE(EmbeddingStore::decode(QByteArray::fromHex("0000803f0000")));
    const auto empty = EmbeddingStore::decode(QByteArray());
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST_F(EmbeddingStoreTest, PutThenGet)
{
    const qint64 id = add(QStringLiteral("Roanoke"));
    ASSERT_TRUE(store->put(id, kModel, {0.5f, -0.25f, 2.0f}));
    EXPECT_EQ(store->get(id, kModel), (QVector<float>{0.5f, -0.25f, 2.0f}));
    EXPECT_FALSE(store->get(id, QStringLiteral("other-model")));
    EXPECT_FALSE(store->get(id + 1, kModel));

    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT dim, length(vector), created_at "
                                      "FROM script_embeddings")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    EXPECT_EQ(q.value(1).toInt(), 12);
    EXPECT_EQ(q.value(2).toLongLong(), 1000);
}

TEST_F(EmbeddingStoreTest, PutReplacesTheVectorOfTheSameScriptAndModel)
{
    const qint64 id = add(QStringLiteral("Roanoke"));
    ASSERT_TRUE(store->put(id, kModel, {1.0f, 2.0f, 3.0f}));
    ASSERT_TRUE(store->put(id, QStringLiteral("other-model"), {9.0f}));
    now = 2000;
    ASSERT_TRUE(store->put(id, kModel, {4.0f, 5.0f, 6.0f, 7.0f}));
    EXPECT_EQ(store->get(id, kModel), (QVector<float>{4.0f, 5.0f, 6.0f, 7.0f}));
    EXPECT_EQ(store->get(id, QStringLiteral("other-model")), (QVector<float>{9.0f}));
    EXPECT_EQ(rowCount(), 2);

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT dim, created_at FROM script_embeddings WHERE model = :m"));
    q.bindValue(QStringLiteral(":m"), kModel);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    EXPECT_EQ(q.value(1).toLongLong(), 2000);
}

TEST_F(EmbeddingStoreTest, RefusesEmptyNonFiniteAndUnknownScripts)
{
    const qint64 id = add(QStringLiteral("Roanoke"));
    EXPECT_FALSE(store->put(id, kModel, {}));
    EXPECT_FALSE(store->put(id, kModel, {1.0f, std::numeric_limits<float>::quiet_NaN()}));
    EXPECT_FALSE(store->put(id, kModel, {std::numeric_limits<float>::infinity()}));
    EXPECT_FALSE(store->put(id, QString(), {1.0f}));
    EXPECT_FALSE(store->put(id + 100, kModel, {1.0f}));
    EXPECT_FALSE(store->lastError().isEmpty());
    EXPECT_EQ(rowCount(), 0);
}

TEST_F(EmbeddingStoreTest, MissingListsScriptsWithoutAVectorForTheModel)
{
    const qint64 a = add(QStringLiteral("A"));
    const qint64 b = add(QStringLiteral("B"));
    const qint64 c = add(QStringLiteral("C"));
    EXPECT_EQ(store->missing(kModel), (QVector<qint64>{a, b, c}));
    ASSERT_TRUE(store->put(b, kModel, {1.0f}));
    ASSERT_TRUE(store->put(a, QStringLiteral("other-model"), {1.0f}));
    EXPECT_EQ(store->missing(kModel), (QVector<qint64>{a, c}));
    EXPECT_EQ(store->missing(QStringLiteral("other-model")), (QVector<qint64>{b, c}));
    EXPECT_EQ(store->missing(QStringLiteral("never-used")), (QVector<qint64>{a, b, c}));
}

TEST_F(EmbeddingStoreTest, AllAndRemoveWorkPerModel)
{
    const qint64 a = add(QStringLiteral("A"));
    const qint64 b = add(QStringLiteral("B"));
    ASSERT_TRUE(store->put(b, kModel, {2.0f, 0.0f}));
    ASSERT_TRUE(store->put(a, kModel, {1.0f, 0.0f}));
    ASSERT_TRUE(store->put(a, QStringLiteral("other-model"), {3.0f}));

    const QVector<EmbeddingStore::Row> rows = store->all(kModel);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).first, a); // by script id
    EXPECT_EQ(rows.at(0).second, (QVector<float>{1.0f, 0.0f}));
    EXPECT_EQ(rows.at(1).first, b);

    EXPECT_EQ(store->remove(kModel), 2);
    EXPECT_TRUE(store->all(kModel).isEmpty());
    EXPECT_EQ(store->all(QStringLiteral("other-model")).size(), 1);
    EXPECT_EQ(store->remove(kModel), 0);
}

TEST_F(EmbeddingStoreTest, DeletingTheScriptDeletesItsVectors)
{
    const qint64 a = add(QStringLiteral("A"));
    const qint64 b = add(QStringLiteral("B"));
    ASSERT_TRUE(store->put(a, kModel, {1.0f}));
    ASSERT_TRUE(store->put(a, QStringLiteral("other-model"), {1.0f}));
    ASSERT_TRUE(store->put(b, kModel, {2.0f}));

    QSqlQuery q(db.connection()); // ScriptLibrary has no delete yet
    q.prepare(QStringLiteral("DELETE FROM scripts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), a);
    ASSERT_TRUE(q.exec());

    EXPECT_EQ(rowCount(), 1);
    EXPECT_FALSE(store->get(a, kModel));
    EXPECT_EQ(store->get(b, kModel), QVector<float>{2.0f});
    EXPECT_EQ(store->missing(kModel), QVector<qint64>{});
}

TEST_F(EmbeddingStoreTest, PutAllIsAllOrNothing)
{
    const qint64 a = add(QStringLiteral("A"));
    const qint64 b = add(QStringLiteral("B"));
    ASSERT_TRUE(store->put(a, kModel, {7.0f}));

    // A refused vector in the middle: nothing of the batch is written, the old row stays.
    EXPECT_EQ(store->putAll(kModel, {{a, {1.0f}}, {b, {std::numeric_limits<float>::quiet_NaN()}}}),
              -1);
    EXPECT_EQ(store->get(a, kModel), QVector<float>{7.0f});
    EXPECT_FALSE(store->get(b, kModel));

    // A script that no longer exists is skipped, the others written.
    EXPECT_EQ(store->putAll(kModel, {{a, {1.0f}}, {b + 100, {2.0f}}, {b, {3.0f}}}), 2);
    EXPECT_EQ(store->get(a, kModel), QVector<float>{1.0f});
    EXPECT_EQ(store->get(b, kModel), QVector<float>{3.0f});
    EXPECT_EQ(rowCount(), 2);
}

TEST_F(EmbeddingStoreTest, PutAllNestsInsideALibraryTransaction)
{
    const qint64 a = add(QStringLiteral("A"));
    // Rolled back with the outer transaction.
    EXPECT_FALSE(library->transaction([&] {
        EXPECT_EQ(store->putAll(kModel, {{a, {1.0f}}}), 1);
        return false;
    }));
    EXPECT_FALSE(store->get(a, kModel));
    // Committed with it.
    EXPECT_TRUE(library->transaction([&] { return store->putAll(kModel, {{a, {2.0f}}}) == 1; }));
    EXPECT_EQ(store->get(a, kModel), QVector<float>{2.0f});
}

TEST_F(EmbeddingStoreTest, ADamagedBlobReadsAsAbsent)
{
    const qint64 a = add(QStringLiteral("A"));
    const qint64 b = add(QStringLiteral("B"));
    ASSERT_TRUE(store->put(a, kModel, {1.0f, 2.0f}));
    ASSERT_TRUE(store->put(b, kModel, {3.0f, 4.0f}));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE script_embeddings SET dim = 3 WHERE script_id = :id"));
    q.bindValue(QStringLiteral(":id"), a);
    ASSERT_TRUE(q.exec());

    EXPECT_FALSE(store->get(a, kModel));
    const QVector<EmbeddingStore::Row> rows = store->all(kModel);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).first, b);
}

} // namespace
} // namespace st
