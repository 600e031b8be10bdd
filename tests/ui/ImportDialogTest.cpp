// The Import dialog over the real controller: a file of mixed entries, offline (scripts in,
// documents refused with why) and with the fake model (documents written into scripts);
// Cancel keeps what was finished.
#include "ui/ImportDialog.h"

#include "UiHarness.h"
#include "core/library/ScriptLibrary.h"
#include "core/script/ScriptJson.h"
#include "core/settings/SecretStore.h"
#include "support/FakeLlmServer.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

QString writeFile(const TempDataDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

/// A ready script, a document, an empty document.
QByteArray mixedBatch()
{
    Script ready = testdata::numberedScript(4);
    ready.title = QStringLiteral("The Imported Script");
    return "[" + ScriptJson::write(ready, false) +
           R"(, {"title": "The Great Molasses Flood", "content": "On 15 January 1919 a storage tank burst in Boston and a wave of molasses swept through the North End."},
               {"title": "Nothing here", "content": "   "}])";
}

QStringList lines(QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

TEST(ImportDialogTest, OfflineScriptsComeInAndDocumentsSayTheyNeedAModel)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const int before = app.controller().library().count();
    const QString file = writeFile(dir, QStringLiteral("batch.json"), mixedBatch());
    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{ not json");

    ImportDialog dialog(app.controller(), &app.window());
    dialog.show();
    dialog.start({file, broken});
    auto* close = dialog.findChild<QPushButton*>(QStringLiteral("importCloseButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return close->isVisible(); }, 10000));

    EXPECT_EQ(app.controller().library().count(), before + 1);
    const QStringList results =
        lines(dialog.findChild<QListWidget*>(QStringLiteral("importResults")));
    ASSERT_EQ(results.size(), 4) << results.join(u'\n').toStdString();
    EXPECT_TRUE(results.at(0).startsWith(QStringLiteral("✓ The Imported Script")));
    EXPECT_TRUE(results.at(1).startsWith(QStringLiteral("✗ The Great Molasses Flood")));
    EXPECT_TRUE(results.at(1).contains(QStringLiteral("model"))) << results.at(1).toStdString();
    EXPECT_TRUE(results.at(2).startsWith(QStringLiteral("✗ Nothing here")));
    EXPECT_TRUE(results.at(3).startsWith(QStringLiteral("✗ "))) << results.at(3).toStdString();
    EXPECT_TRUE(results.at(3).contains(QStringLiteral("broken.json")));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text(),
              QStringLiteral("Imported: 1. Failed: 3."));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("importCancelButton"))->isVisible());
    // With STORYTELLER_SCREENSHOTS=DIR (tools/screenshots.sh), a picture of the result.
    const QString shots = qEnvironmentVariable("STORYTELLER_SCREENSHOTS");
    if (!shots.isEmpty() && QDir().mkpath(shots))
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("import.png")));
}

TEST(ImportDialogTest, WithAModelDocumentsAreWrittenAndCancelKeepsWhatWasFinished)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    TempDataDir dir;
    QNetworkAccessManager network;
    SecretStore secrets(dir.path(), SecretStore::Backend::FileOnly);
    UiHarness app(dir.path(), 0, UiHarness::modelServices(server.baseUrl(), network, secrets));
    ASSERT_TRUE(app.isOpen());
    const int before = app.controller().library().count();
    server.enqueue(kChat, FakeResponse::openAiStream({testdata::wellFormedMarkdown()}, 300, 400));
    // The second document is written slowly: cancelled half way.
    server.enqueue(kChat,
                   FakeResponse::openAiStream(testdata::wellFormedMarkdown().split(u'\n'), 300, 400)
                       .slow(100));
    const QString file = writeFile(
        dir, QStringLiteral("documents.json"),
        R"([{"title": "The Dancing Plague", "content": "In July 1518 a woman began to dance in Strasbourg."},
            {"title": "Second", "content": "Another story about a flood in Boston in 1919."}])");

    ImportDialog dialog(app.controller(), &app.window());
    dialog.show();
    dialog.start({file});
    auto* results = dialog.findChild<QListWidget*>(QStringLiteral("importResults"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->count() == 1; }, 10000));
    EXPECT_TRUE(results->item(0)->text().startsWith(QStringLiteral("✓ The Dancing Plague")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests(kChat).size() == 2; }, 10000));
    QTest::qWait(150);
    dialog.findChild<QPushButton*>(QStringLiteral("importCancelButton"))->click();
    auto* close = dialog.findChild<QPushButton*>(QStringLiteral("importCloseButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return close->isVisible(); }, 5000));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("Cancelled: 1 not imported.")));
    EXPECT_EQ(app.controller().library().count(), before + 1);
    EXPECT_FALSE(dialog.isRunning());
}

} // namespace
} // namespace st
