#include "core/library/EmbeddingIndexer.h"

#include "core/library/EmbeddingStore.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/store/Database.h"
#include "support/FakeLlmServer.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kModel = QStringLiteral("test-embed");
const QString kEmbeddings = QStringLiteral("/v1/embeddings");

Script makeScript(int i)
{
    Script s;
    s.title = QStringLiteral("Story %1").arg(i);
    s.language = QStringLiteral("en");
    s.summary = QStringLiteral("What happened in story %1.").arg(i);
    s.section(ScriptSection::Prologue1).content = QStringLiteral("It began on day %1.").arg(i);
    return s;
}

class EmbeddingIndexerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(server.listen());
        network.setProxy(QNetworkProxy::NoProxy);
        library = std::make_unique<ScriptLibrary>(db.connection());
        store = std::make_unique<EmbeddingStore>(db.connection());
        indexer = std::make_unique<EmbeddingIndexer>(*library, *store);
        client = ModelClient::create(config(ProviderPreset::Api::OpenAi), network);
    }

    ProviderConfig config(ProviderPreset::Api api) const
    {
        ProviderConfig c;
        c.api = api;
        const bool ollama = api == ProviderPreset::Api::Ollama;
        c.presetId = ollama ? QStringLiteral("ollama") : QStringLiteral("custom");
        c.baseUrl = ollama ? server.baseUrl() : server.url(QStringLiteral("/v1"));
        c.model = QStringLiteral("test-model");
        c.embeddingModel = kModel;
        c.connectTimeoutMs = 5000;
        return c;
    }

    QVector<qint64> addScripts(int count)
    {
        QVector<qint64> ids;
        library->transaction([&] {
            for (int i = 0; i < count; ++i)
                ids.append(library->add(makeScript(i)).value_or(0));
            return true;
        });
        return ids;
    }

    /// What the fake server answers for script \a id by default.
    QVector<float> expectedVector(qint64 id) const
    {
        return FakeLlmServer::embeddingFor(EmbeddingIndexer::textFor(*library->script(id)));
    }

    void expectStoredAsServed(qint64 id)
    {
        const auto stored = store->get(id, kModel);
        ASSERT_TRUE(stored) << "script " << id;
        const QVector<float> expected = expectedVector(id);
        ASSERT_EQ(stored->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            EXPECT_NEAR(stored->at(i), expected.at(i), 1e-6) << "script " << id;
    }

    static QVector<QPair<int, int>> progressOf(const QSignalSpy& spy)
    {
        QVector<QPair<int, int>> result;
        for (const QList<QVariant>& args : spy)
            result.append({args.at(0).toInt(), args.at(1).toInt()});
        return result;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    FakeLlmServer server;
    QNetworkAccessManager network;
    std::unique_ptr<ScriptLibrary> library;
    std::unique_ptr<EmbeddingStore> store;
    std::unique_ptr<EmbeddingIndexer> indexer;
    std::unique_ptr<ModelClient> client;
};

TEST_F(EmbeddingIndexerTest, EmbedsEveryMissingScriptInBatchesOfSixteen)
{
    const QVector<qint64> ids = addScripts(20);
    QSignalSpy progress(indexer.get(), &EmbeddingIndexer::progress);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);

    indexer->run(*client, kModel);
    EXPECT_TRUE(indexer->isRunning());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(indexer->isRunning());
    EXPECT_EQ(finished.first().at(0).toInt(), 20);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(progressOf(progress), (QVector<QPair<int, int>>{{0, 20}, {16, 20}, {20, 20}}));

    const QVector<FakeRequest> requests = server.requests(kEmbeddings);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].json().value(QStringLiteral("input")).toArray().size(), 16);
    EXPECT_EQ(requests[1].json().value(QStringLiteral("input")).toArray().size(), 4);
    EXPECT_EQ(requests[0].json().value(QStringLiteral("model")).toString(), kModel);
    for (qint64 id : ids)
        expectStoredAsServed(id); // each script got the vector of its own text
    EXPECT_TRUE(store->missing(kModel).isEmpty());

    // Nothing left to do: finished(0) at once, no request.
    finished.clear();
    indexer->run(*client, kModel);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_EQ(server.requests(kEmbeddings).size(), 2);
}

TEST_F(EmbeddingIndexerTest, OnlyTheMissingAreEmbedded)
{
    const QVector<qint64> ids = addScripts(3);
    ASSERT_TRUE(store->put(ids[1], kModel, {9.0f, 9.0f, 9.0f}));
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    indexer->run(*client, kModel);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(0).toInt(), 2);
    EXPECT_EQ(store->get(ids[1], kModel), (QVector<float>{9.0f, 9.0f, 9.0f})); // untouched
    expectStoredAsServed(ids[0]);
    expectStoredAsServed(ids[2]);
}

TEST_F(EmbeddingIndexerTest, AServerErrorFailsAndKeepsOnlyTheFinishedBatches)
{
    const QVector<qint64> ids = addScripts(20);
    QVector<QVector<float>> first;
    for (int i = 0; i < EmbeddingIndexer::kBatchSize; ++i)
        first.append(expectedVector(ids[i]));
    server.enqueue(kEmbeddings, FakeResponse::openAiEmbeddings(first));
    server.setDefaultResponse(kEmbeddings, FakeResponse::serverError(500)); // also any retry
    QSignalSpy progress(indexer.get(), &EmbeddingIndexer::progress);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);

    indexer->run(*client, kModel);
    ASSERT_TRUE(failed.wait(10000));
    const auto error = failed.first().at(0).value<LlmError>();
    EXPECT_EQ(error.kind, LlmError::Kind::Server);
    EXPECT_EQ(error.httpStatus, 500);
    EXPECT_FALSE(indexer->isRunning());
    QTest::qWait(50);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(progressOf(progress), (QVector<QPair<int, int>>{{0, 20}, {16, 20}}));

    for (int i = 0; i < 16; ++i)
        expectStoredAsServed(ids[i]);
    EXPECT_EQ(store->all(kModel).size(), 16);
    EXPECT_EQ(store->missing(kModel), ids.mid(16)); // the next run resumes here

    // It does: the server is well again.
    server.clearResponses();
    finished.clear();
    indexer->run(*client, kModel);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(0).toInt(), 4);
    for (qint64 id : ids)
        expectStoredAsServed(id);
}

TEST_F(EmbeddingIndexerTest, AnAnswerWithTheWrongNumberOfVectorsWritesNothing)
{
    const QVector<qint64> ids = addScripts(3);
    server.enqueue(kEmbeddings, FakeResponse::openAiEmbeddings({{1.0f, 0.0f}, {0.0f, 1.0f}}));
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);
    indexer->run(*client, kModel);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().at(0).value<LlmError>().kind, LlmError::Kind::MalformedStream);
    EXPECT_TRUE(store->all(kModel).isEmpty());
    EXPECT_EQ(store->missing(kModel), ids);
}

TEST_F(EmbeddingIndexerTest, VectorsOfMixedLengthsWriteNothing)
{
    addScripts(2);
    server.enqueue(kEmbeddings, FakeResponse::openAiEmbeddings({{1.0f, 0.0f}, {0.0f, 1.0f, 0.0f}}));
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);
    indexer->run(*client, kModel);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.first().at(0).value<LlmError>().kind, LlmError::Kind::MalformedStream);
    EXPECT_TRUE(store->all(kModel).isEmpty());
}

TEST_F(EmbeddingIndexerTest, AnEmptyModelNameIsSkipped)
{
    addScripts(2);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    indexer->run(*client, QString());
    ASSERT_EQ(finished.size(), 1); // at once
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_FALSE(indexer->isRunning());
    QTest::qWait(50);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(EmbeddingIndexerTest, CancelDropsTheBatchInFlight)
{
    const QVector<qint64> ids = addScripts(20);
    server.setDefaultResponse(
        kEmbeddings, FakeResponse::openAiEmbeddings(QVector<QVector<float>>(16, {1.0f, 0.0f, 0.0f}))
                         .delayHeaders(100));
    QSignalSpy progress(indexer.get(), &EmbeddingIndexer::progress);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);
    indexer->run(*client, kModel);
    QSignalSpy received(&server, &FakeLlmServer::requestReceived);
    ASSERT_TRUE(received.wait(5000));
    indexer->cancel();
    EXPECT_FALSE(indexer->isRunning());
    QTest::qWait(400); // the answer arrives and is dropped
    EXPECT_EQ(progress.size(), 1);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_TRUE(store->all(kModel).isEmpty());
    EXPECT_EQ(server.requests(kEmbeddings).size(), 1);
}

TEST_F(EmbeddingIndexerTest, CancelFromProgressStopsAfterThatBatch)
{
    const QVector<qint64> ids = addScripts(40);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    QObject::connect(indexer.get(), &EmbeddingIndexer::progress, indexer.get(),
                     [this](int done, int) {
                         if (done == 16)
                             indexer->cancel();
                     });
    indexer->run(*client, kModel);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !indexer->isRunning(); }, 10000));
    QTest::qWait(100);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_EQ(store->all(kModel).size(), 16);
    EXPECT_EQ(server.requests(kEmbeddings).size(), 1);
}

TEST_F(EmbeddingIndexerTest, CancelOnTheFirstProgressSendsNothing)
{
    addScripts(3);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    QObject::connect(indexer.get(), &EmbeddingIndexer::progress, indexer.get(),
                     [this] { indexer->cancel(); });
    indexer->run(*client, kModel);
    EXPECT_FALSE(indexer->isRunning());
    QTest::qWait(50);
    EXPECT_EQ(finished.size(), 0);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(EmbeddingIndexerTest, WorksWithOllama)
{
    const QVector<qint64> ids = addScripts(17);
    client = ModelClient::create(config(ProviderPreset::Api::Ollama), network);
    QSignalSpy finished(indexer.get(), &EmbeddingIndexer::finished);
    indexer->run(*client, kModel);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(0).toInt(), 17);
    EXPECT_EQ(server.requests(QStringLiteral("/api/embed")).size(), 2);
    for (qint64 id : ids)
        expectStoredAsServed(id);
}

TEST_F(EmbeddingIndexerTest, ADestroyedClientFailsTheRun)
{
    addScripts(2);
    server.setDefaultResponse(kEmbeddings, FakeResponse::openAiEmbeddings({}).delayHeaders(200));
    QSignalSpy failed(indexer.get(), &EmbeddingIndexer::failed);
    indexer->run(*client, kModel);
    client.reset();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().at(0).value<LlmError>().kind, LlmError::Kind::Cancelled);
    EXPECT_FALSE(indexer->isRunning());
}

TEST(EmbeddingIndexerText, TitleSummaryKeywordsThenTheChaptersCut)
{
    Script s;
    s.title = QStringLiteral("The Mary Celeste");
    s.summary = QStringLiteral("A ship found adrift.");
    s.keywords = {QStringLiteral("ship"), QStringLiteral("1872")};
    s.section(ScriptSection::Prologue1).heading = QStringLiteral("Found");
    s.section(ScriptSection::Prologue1).content = QStringLiteral("The Dei Gratia saw her.");
    s.section(ScriptSection::Prologue2).content = QStringLiteral("N/A"); // not tellable
    s.section(ScriptSection::Epilogue).content = QString(3000, u'x');
    const QString text = EmbeddingIndexer::textFor(s);
    EXPECT_TRUE(text.startsWith(QStringLiteral("The Mary Celeste\nA ship found adrift.\n"
                                               "ship, 1872\nFound\nThe Dei Gratia saw her.\nxxx")))
        << text.left(200).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("N/A")));
    const int header =
        int(QStringLiteral("The Mary Celeste\nA ship found adrift.\nship, 1872\n").size());
    EXPECT_EQ(text.size(), header + EmbeddingIndexer::kSectionChars);

    Script bare;
    bare.title = QStringLiteral("Only a title");
    EXPECT_EQ(EmbeddingIndexer::textFor(bare), QStringLiteral("Only a title"));

    Script emoji; // the cut never splits a surrogate pair
    emoji.title = QStringLiteral("E");
    emoji.section(ScriptSection::Prologue1).content =
        QString(EmbeddingIndexer::kSectionChars - 1, u'a') + QStringLiteral("\U0001F600b");
    const QString cut = EmbeddingIndexer::textFor(emoji);
    EXPECT_FALSE(cut.back().isHighSurrogate());
    EXPECT_EQ(cut.size(), 2 + EmbeddingIndexer::kSectionChars - 1);
}

} // namespace
} // namespace st
