// Session export and import from the window: Story ▸ Export this session… / Import
// session… and the sidebar's Export…, through SessionActions (what they call after the dialogs):
// the files written, a session imported back and opened, a copy when it is already here,
// and a clear message for a file that is not a session.
#include "UiHarness.h"
#include "core/flow/SessionActions.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "support/TempDataDir.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <gtest/gtest.h>

namespace st {
namespace {

qint64 tellAndEnd(UiHarness& app)
{
    if (!(app.type("sessionNameEdit", QStringLiteral("Harbour night")) &&
          app.click("startButton") && app.type("queryEdit", QStringLiteral("anything")) &&
          app.click("askButton") &&
          QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000) && app.waitUntilIdle()))
        return 0;
    const auto session = app.controller().currentSession();
    return session && app.controller().endChat() ? session->id : 0;
}

QString read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

TEST(SessionTransferTest, ExportsJsonAndMarkdownAndImportsTheSessionBack)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const qint64 id = tellAndEnd(app);
    ASSERT_GT(id, 0);
    SessionActions& actions = app.controller().sessionActions();

    // The Story menu offers both; export only once there is a session with messages.
    auto* importAction = app.find<QAction>("importSessionAction");
    auto* exportAction = app.find<QAction>("exportSessionAction");
    ASSERT_TRUE(importAction && exportAction);
    EXPECT_FALSE(importAction->text().isEmpty());
    auto* menu = qobject_cast<QMenu*>(exportAction->parent());
    if (menu) {
        Q_EMIT menu->aboutToShow();
        EXPECT_TRUE(exportAction->isEnabled());
    }

    const QString json = dir.path() + QStringLiteral("/harbour.json");
    auto exported = actions.exportTo(id, json);
    ASSERT_TRUE(exported.ok) << exported.message.toStdString();
    EXPECT_TRUE(exported.message.contains(QStringLiteral("harbour.json")));
    EXPECT_TRUE(read(json).contains(QStringLiteral("\"storyteller-session\"")));
    const QString md = dir.path() + QStringLiteral("/harbour.md");
    exported = actions.exportTo(id, md);
    ASSERT_TRUE(exported.ok) << exported.message.toStdString();
    EXPECT_TRUE(read(md).startsWith(QStringLiteral("# Harbour night")));

    // Imported while the session is still here: a copy, the sidebar shows both.
    const int before = app.controller().sessionModel()->rowCount();
    auto imported = actions.importFiles({json});
    EXPECT_EQ(imported.imported, 1);
    EXPECT_TRUE(imported.message.contains(QStringLiteral("harbour.json")));
    EXPECT_EQ(app.controller().sessionModel()->rowCount(), before + 1);

    // Gone and imported again: the same session comes back and opens, with its history.
    ASSERT_TRUE(app.controller().sessions().remove(id));
    app.controller().sessionModel()->reload();
    imported = actions.importFiles({json});
    EXPECT_EQ(imported.imported, 1) << imported.message.toStdString();
    ASSERT_EQ(app.page(), Page::Session);
    const auto opened = app.controller().currentSession();
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->name, QStringLiteral("Harbour night"));
    EXPECT_GT(opened->messageCount, 0);
}

TEST(SessionTransferTest, AFileThatIsNotASessionSaysSoAndAddsNothing)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const QString bad = dir.path() + QStringLiteral("/notes.json");
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\": 1}");
    file.close();
    const QString missing = dir.path() + QStringLiteral("/missing.json");
    const auto outcome = app.controller().sessionActions().importFiles({bad, missing});
    const QString message = outcome.message;
    EXPECT_EQ(outcome.imported, 0);
    EXPECT_TRUE(message.contains(QStringLiteral("notes.json")));
    EXPECT_TRUE(message.contains(QStringLiteral("missing.json")));
    EXPECT_EQ(message.split(QLatin1Char('\n')).size(), 2); // one line per file
    EXPECT_EQ(app.controller().sessionModel()->rowCount(), 0);
    EXPECT_EQ(app.page(), Page::Settings);
}

TEST(SessionTransferTest, AnExportThatCannotBeWrittenSaysWhy)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const qint64 id = tellAndEnd(app);
    ASSERT_GT(id, 0);
    const auto outcome = app.controller().sessionActions().exportTo(
        id, dir.path() + QStringLiteral("/no/such/folder/x.json"));
    EXPECT_FALSE(outcome.ok);
    EXPECT_FALSE(outcome.message.isEmpty());
}

} // namespace
} // namespace st
