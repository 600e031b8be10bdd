// BatchImporter against the fake model server: a batch of good and bad entries (a document
// written by the model, an empty one, a broken script, a source with no story, a ready
// script, a file that is not JSON) ends with the right counts, messages and library; a
// cancel mid-batch keeps only what was finished; without a model, documents fail clearly
// and scripts still import.
#include "core/create/BatchImporter.h"

#include "core/create/ScriptWriter.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/OpenAiClient.h"
#include "core/script/ScriptJson.h"
#include "core/store/Database.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

FakeResponse writerAnswer(const QString& title = QStringLiteral("The Dancing Plague"),
                          int slowMs = 0)
{
    QString markdown = testdata::wellFormedMarkdown();
    markdown.replace(QStringLiteral("The Dancing Plague"), title);
    QStringList pieces;
    for (qsizetype i = 0; i < markdown.size(); i += 80)
        pieces.append(markdown.mid(i, 80));
    FakeResponse response = FakeResponse::openAiStream(pieces, 300, 400);
    if (slowMs > 0)
        response.slow(slowMs);
    return response;
}

QByteArray document(const QString& title, const QString& content)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("content"), content}})
        .toJson(QJsonDocument::Compact);
}

QByteArray list(const QList<QByteArray>& entries)
{
    QByteArray out = "[";
    for (const QByteArray& e : entries)
        out += (out.size() > 1 ? ",\n" : "\n") + e;
    return out + "\n]";
}

Script readyScript(const QString& title)
{
    Script s = testdata::numberedScript(14, QStringLiteral("en"));
    s.title = title;
    return s;
}

class BatchImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection());
        options.chunkTokens = 1000;
        options.overlapTokens = 100;
        options.contextBudget = 100000;
    }

    BatchImporter::ClientFactory modelClients()
    {
        return [this]() -> std::unique_ptr<ModelClient> {
            ++clientsMade;
            ProviderConfig config = fakemodel::config(server);
            config.idleTimeoutMs = 5000;
            return fakemodel::client(config, network);
        };
    }

    QString file(const QString& name, const QByteArray& bytes)
    {
        EXPECT_TRUE(dir.writeFile(name, bytes));
        return dir.filePath(name);
    }

    QStringList titles() const
    {
        QStringList out;
        for (const ScriptInfo& info : library->list())
            out.append(info.title);
        return out;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<ScriptLibrary> library;
    FakeLlmServer server;
    QNetworkAccessManager network;
    ScriptPipelineOptions options;
    int clientsMade = 0;
};

TEST_F(BatchImporterTest, AMixedBatchImportsWhatIsGoodAndSaysWhyTheRestFailed)
{
    const Script ready = readyScript(QStringLiteral("The Flannan Isles Lighthouse"));
    const QString docs =
        file(QStringLiteral("docs.json"),
             list({document(QStringLiteral("Strasbourg 1518"),
                            QStringLiteral("In July 1518 a woman began to dance in Strasbourg.")),
                   document(QStringLiteral("Empty one"), QStringLiteral("   ")),
                   R"({"format": "storyteller-script", "title": "Broken", "sections": {}})",
                   document(QStringLiteral("Cookie page"), QStringLiteral("Accept all cookies.")),
                   ScriptJson::write(ready)}));
    const QString notJson = file(QStringLiteral("notes.txt"), "just some notes, not JSON");
    server.enqueue(kChat, writerAnswer());
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("NO STORY")}, 10, 2));

    BatchImporter importer(*library, modelClients(), options);
    QSignalSpy progress(&importer, &BatchImporter::progress);
    QSignalSpy started(&importer, &BatchImporter::itemStarted);
    QSignalSpy itemDone(&importer, &BatchImporter::itemFinished);
    QSignalSpy finished(&importer, &BatchImporter::finished);
    QSignalSpy cancelled(&importer, &BatchImporter::cancelled);
    importer.start({docs, notJson}, QStringLiteral("ja"));
    EXPECT_TRUE(importer.isRunning());
    EXPECT_TRUE(progress.isEmpty() && started.isEmpty()) << "no signal from inside start()";
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(importer.isRunning());
    EXPECT_TRUE(cancelled.isEmpty());

    const auto summary = finished.first().first().value<ImportSummary>();
    EXPECT_EQ(summary.total, 6);
    EXPECT_EQ(summary.succeeded(), 2);
    EXPECT_EQ(summary.failed(), 4);
    EXPECT_EQ(summary.notImported(), 0);
    ASSERT_EQ(summary.outcomes.size(), 6);
    ASSERT_EQ(itemDone.size(), 6);
    ASSERT_EQ(started.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(started.at(i).at(0).toInt(), i);
        EXPECT_EQ(started.at(i).at(1).toInt(), 6);
        EXPECT_EQ(itemDone.at(i).first().value<ImportOutcome>().title,
                  summary.outcomes.at(i).title);
    }
    EXPECT_EQ(started.at(0).at(2).toString(), QStringLiteral("Strasbourg 1518"));

    const ImportOutcome& written = summary.outcomes.at(0);
    EXPECT_TRUE(written.ok) << written.message.toStdString();
    EXPECT_EQ(written.file, docs);
    EXPECT_EQ(written.index, 0);
    EXPECT_EQ(written.title, QStringLiteral("Strasbourg 1518"));
    const auto writtenScript = library->script(written.scriptId);
    ASSERT_TRUE(writtenScript);
    EXPECT_EQ(writtenScript->title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(writtenScript->language, QStringLiteral("ja"));
    EXPECT_EQ(writtenScript->source.kind, QStringLiteral("import"));
    EXPECT_EQ(writtenScript->tellableChapters().size(), 14);

    const ImportOutcome& empty = summary.outcomes.at(1);
    EXPECT_FALSE(empty.ok);
    EXPECT_EQ(empty.index, 1);
    EXPECT_TRUE(empty.message.contains(QStringLiteral("empty"))) << empty.message.toStdString();

    const ImportOutcome& broken = summary.outcomes.at(2);
    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.title, QStringLiteral("Broken"));
    EXPECT_EQ(broken.message, ScriptJson::read(R"({"title": "B", "sections": {}})").error);

    const ImportOutcome& noStory = summary.outcomes.at(3);
    EXPECT_FALSE(noStory.ok);
    EXPECT_TRUE(noStory.message.contains(QStringLiteral("does not tell a story")))
        << noStory.message.toStdString();

    const ImportOutcome& direct = summary.outcomes.at(4);
    EXPECT_TRUE(direct.ok) << direct.message.toStdString();
    EXPECT_EQ(direct.index, 4);
    const auto directScript = library->script(direct.scriptId);
    ASSERT_TRUE(directScript);
    EXPECT_TRUE(*directScript == ready);

    const ImportOutcome& refused = summary.outcomes.at(5);
    EXPECT_FALSE(refused.ok);
    EXPECT_EQ(refused.file, notJson);
    EXPECT_EQ(refused.index, -1);
    EXPECT_EQ(refused.title, QStringLiteral("notes.txt"));
    EXPECT_TRUE(refused.message.contains(QStringLiteral("not valid JSON")))
        << refused.message.toStdString();

    EXPECT_EQ(library->count(), 2);
    EXPECT_EQ(titles().size(), 2);
    EXPECT_TRUE(titles().contains(QStringLiteral("The Dancing Plague")));
    EXPECT_TRUE(titles().contains(ready.title));

    // Only the two documents with text went to the model, in order, in the batch language.
    const QVector<FakeRequest> requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_TRUE(requests.at(0).body.contains("In July 1518 a woman began to dance"));
    EXPECT_TRUE(requests.at(0).body.contains("Japanese"));
    EXPECT_TRUE(requests.at(1).body.contains("Accept all cookies."));
    EXPECT_EQ(clientsMade, 1);

    // Progress: 0 of 6 first, then one step per entry, up to 6 of 6.
    ASSERT_EQ(progress.size(), 7);
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(progress.at(i).at(0).toInt(), i);
        EXPECT_EQ(progress.at(i).at(1).toInt(), 6);
    }
}

TEST_F(BatchImporterTest, CancelMidBatchKeepsOnlyFinishedScripts)
{
    const QString batch =
        file(QStringLiteral("batch.json"),
             list({ScriptJson::write(readyScript(QStringLiteral("Ready A"))),
                   document(QStringLiteral("First"), QStringLiteral("The first source text.")),
                   document(QStringLiteral("Second"), QStringLiteral("The second source text.")),
                   ScriptJson::write(readyScript(QStringLiteral("Ready B")))}));
    server.enqueue(kChat, writerAnswer(QStringLiteral("Written First")));
    server.enqueue(kChat, writerAnswer(QStringLiteral("Written Second"), 50));

    BatchImporter importer(*library, modelClients(), options);
    QSignalSpy started(&importer, &BatchImporter::itemStarted);
    QSignalSpy finished(&importer, &BatchImporter::finished);
    QSignalSpy cancelled(&importer, &BatchImporter::cancelled);
    QSignalSpy received(&server, &FakeLlmServer::requestReceived);
    importer.start({batch}, QStringLiteral("en"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() >= 2; }, 10000));
    ASSERT_EQ(started.size(), 3);
    EXPECT_EQ(started.last().at(2).toString(), QStringLiteral("Second"));
    importer.cancel();
    EXPECT_FALSE(importer.isRunning());
    ASSERT_EQ(cancelled.size(), 1);

    const auto summary = cancelled.first().first().value<ImportSummary>();
    EXPECT_EQ(summary.total, 4);
    ASSERT_EQ(summary.outcomes.size(), 2);
    EXPECT_EQ(summary.succeeded(), 2);
    EXPECT_EQ(summary.notImported(), 2);
    EXPECT_EQ(summary.outcomes.at(0).title, QStringLiteral("Ready A"));
    EXPECT_EQ(summary.outcomes.at(1).title, QStringLiteral("First"));

    QTest::qWait(1500); // the slow answer (~0.7 s) would have finished by now
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_EQ(started.size(), 3);
    EXPECT_EQ(library->count(), 2);
    QStringList stored = titles();
    stored.sort();
    EXPECT_EQ(stored, (QStringList{QStringLiteral("Ready A"), QStringLiteral("Written First")}));
    EXPECT_EQ(server.requests(kChat).size(), 2);
    importer.cancel(); // a second cancel does nothing
    EXPECT_EQ(cancelled.size(), 1);
}

TEST_F(BatchImporterTest, WithoutAModelDocumentsFailClearlyAndScriptsStillImport)
{
    const QString batch =
        file(QStringLiteral("batch.json"),
             list({document(QStringLiteral("One"), QStringLiteral("Text one.")),
                   ScriptJson::write(readyScript(QStringLiteral("Ready"))),
                   document(QStringLiteral("Two"), QStringLiteral("Text two."))}));
    int asked = 0;
    BatchImporter importer(*library, [&asked]() -> std::unique_ptr<ModelClient> {
        ++asked;
        return nullptr;
    });
    QSignalSpy finished(&importer, &BatchImporter::finished);
    importer.start({batch}, QStringLiteral("en"));
    ASSERT_TRUE(finished.wait(10000));
    const auto summary = finished.first().first().value<ImportSummary>();
    ASSERT_EQ(summary.outcomes.size(), 3);
    EXPECT_EQ(summary.succeeded(), 1);
    EXPECT_EQ(summary.failed(), 2);
    EXPECT_EQ(summary.outcomes.at(0).message, BatchImporter::needsModelMessage());
    EXPECT_EQ(summary.outcomes.at(2).message, BatchImporter::needsModelMessage());
    EXPECT_TRUE(
        BatchImporter::needsModelMessage().contains(QStringLiteral("needs a language model")));
    EXPECT_TRUE(summary.outcomes.at(1).ok);
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Ready")});
    EXPECT_EQ(asked, 1) << "asked once per batch";
    EXPECT_TRUE(server.requests(kChat).isEmpty());
}

TEST_F(BatchImporterTest, AModelErrorFailsThatDocumentAndTheBatchGoesOn)
{
    const QString batch =
        file(QStringLiteral("batch.json"),
             list({document(QStringLiteral("One"), QStringLiteral("Text one.")),
                   document(QStringLiteral("Two"), QStringLiteral("Text two."))}));
    server.enqueue(kChat, FakeResponse::invalidApiKey());
    server.enqueue(kChat, writerAnswer(QStringLiteral("Written Two")));
    BatchImporter importer(*library, modelClients(), options);
    QSignalSpy finished(&importer, &BatchImporter::finished);
    importer.start({batch}, QStringLiteral("en"));
    ASSERT_TRUE(finished.wait(20000));
    const auto summary = finished.first().first().value<ImportSummary>();
    ASSERT_EQ(summary.outcomes.size(), 2);
    EXPECT_FALSE(summary.outcomes.at(0).ok);
    EXPECT_FALSE(summary.outcomes.at(0).message.isEmpty());
    EXPECT_TRUE(summary.outcomes.at(1).ok) << summary.outcomes.at(1).message.toStdString();
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Written Two")});
}

TEST_F(BatchImporterTest, AnIdenticalScriptIsNotAddedTwice)
{
    const Script ready = readyScript(QStringLiteral("Ready"));
    const QString one = file(QStringLiteral("one.json"), ScriptJson::write(ready));
    Script changed = ready;
    changed.summary = QStringLiteral("Another summary.");
    const QString two = file(QStringLiteral("two.json"),
                             list({ScriptJson::write(ready), ScriptJson::write(changed)}));
    BatchImporter importer(*library, {});
    QSignalSpy finished(&importer, &BatchImporter::finished);
    importer.start({one}, QStringLiteral("en"));
    ASSERT_TRUE(finished.wait(5000));
    const qint64 id = finished.last().first().value<ImportSummary>().outcomes.first().scriptId;
    ASSERT_GT(id, 0);

    importer.start({two}, QStringLiteral("en"));
    ASSERT_TRUE(finished.wait(5000));
    const auto summary = finished.last().first().value<ImportSummary>();
    ASSERT_EQ(summary.outcomes.size(), 2);
    EXPECT_TRUE(summary.outcomes.at(0).ok);
    EXPECT_EQ(summary.outcomes.at(0).scriptId, id);
    EXPECT_TRUE(summary.outcomes.at(0).message.contains(QStringLiteral("Already in the library")));
    EXPECT_TRUE(summary.outcomes.at(1).ok);
    EXPECT_NE(summary.outcomes.at(1).scriptId, id) << "a different script is added";
    EXPECT_EQ(library->count(), 2);
}

TEST_F(BatchImporterTest, NoFilesFinishesFromTheEventLoop)
{
    BatchImporter importer(*library, {});
    QSignalSpy finished(&importer, &BatchImporter::finished);
    importer.start({}, QStringLiteral("en"));
    EXPECT_TRUE(finished.isEmpty());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.first().first().value<ImportSummary>().total, 0);
}

} // namespace
} // namespace st
