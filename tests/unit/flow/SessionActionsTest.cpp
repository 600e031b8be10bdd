// SessionActions: what the sidebar, the menus and the message view ask of a saved session,
// decided in core (which page to leave, which session to open) and tested without widgets.
#include "core/flow/SessionActions.h"

#include "core/flow/AppController.h"
#include "core/narration/ChatSession.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/MessageListModel.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "support/OfflineAppTest.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

class SessionActionsTest : public OfflineAppTest
{
protected:
    SessionActions& actions() { return controller->sessionActions(); }

    /// A session told to its first question and ended, back on Settings; its id.
    qint64 toldSession(const QString& name)
    {
        if (!controller->startSession(name, QStringLiteral("en")))
            return 0;
        if (!tellAnything())
            return 0;
        ChatSession* chat = controller->chat();
        if (!chat || !QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000))
            return 0;
        const qint64 id = chat->sessionId();
        if (!controller->endChat())
            return 0;
        return page() == Page::Settings || controller->exitToSettings() ? id : 0;
    }

    /// Asks for any story and waits until it is being told.
    bool tellAnything()
    {
        controller->ask(QStringLiteral("anything"));
        return QTest::qWaitFor([this] { return controller->chat() != nullptr; }, 10000);
    }

    qint64 firstMessage(qint64 sessionId)
    {
        if (!controller->openSession(sessionId))
            return 0;
        MessageListModel* history = controller->openedHistory();
        return history->rowCount() > 0
                   ? history->index(0, 0).data(MessageListModel::IdRole).toLongLong()
                   : 0;
    }
};

TEST_F(SessionActionsTest, RenameKeepsTheOldNameWhenTheNewOneIsBlank)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    EXPECT_TRUE(actions().rename(id, QStringLiteral("Lighthouse")).ok);
    EXPECT_EQ(actions().session(id)->name, QStringLiteral("Lighthouse"));
    const auto blank = actions().rename(id, QStringLiteral("   "));
    EXPECT_FALSE(blank.ok);
    EXPECT_TRUE(blank.message.isEmpty()); // nothing to tell: the name simply stays
    EXPECT_EQ(actions().session(id)->name, QStringLiteral("Lighthouse"));
    EXPECT_FALSE(actions().rename(id + 1000, QStringLiteral("Nobody")).ok);
}

TEST_F(SessionActionsTest, TheSessionBeingToldIsNeitherClearedNorDeleted)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Now"), QStringLiteral("en")));
    ASSERT_TRUE(tellAnything());
    const qint64 id = controller->chat()->sessionId();
    EXPECT_FALSE(actions().canChange(id));
    const auto cleared = actions().clearHistory(id);
    EXPECT_FALSE(cleared.ok);
    EXPECT_FALSE(cleared.message.isEmpty());
    EXPECT_FALSE(actions().remove(id));
    EXPECT_TRUE(actions().session(id));
    EXPECT_EQ(page(), Page::Chat);
}

TEST_F(SessionActionsTest, ClearHistoryEmptiesASavedSession)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    ASSERT_GT(actions().session(id)->messageCount, 0);
    EXPECT_TRUE(actions().clearHistory(id).ok);
    EXPECT_EQ(actions().session(id)->messageCount, 0);
}

TEST_F(SessionActionsTest, DeletingTheOpenSessionLeavesTheSessionPageAndCanBeUndone)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    ASSERT_TRUE(controller->openSession(id));
    ASSERT_EQ(page(), Page::Session);
    QSignalSpy trashed(&actions(), &SessionActions::trashed);
    ASSERT_TRUE(actions().remove(id));
    EXPECT_EQ(page(), Page::Settings); // not left showing a session that is going away
    ASSERT_EQ(trashed.count(), 1);
    EXPECT_EQ(trashed.first().at(1).toString(), QStringLiteral("Harbour"));
    EXPECT_EQ(actions().pendingRemoval(), id);
    EXPECT_EQ(controller->sessionModel()->rowCount(), 0);
    EXPECT_TRUE(actions().undoRemove());
    EXPECT_EQ(actions().pendingRemoval(), 0);
    EXPECT_EQ(controller->sessionModel()->rowCount(), 1);

    QSignalSpy removed(&actions(), &SessionActions::removed);
    ASSERT_TRUE(actions().remove(id));
    ASSERT_TRUE(actions().finishRemoval());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_FALSE(actions().session(id));
}

TEST_F(SessionActionsTest, DeletingAnotherSessionKeepsThePage)
{
    const qint64 first = toldSession(QStringLiteral("First"));
    const qint64 second = toldSession(QStringLiteral("Second"));
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);
    ASSERT_TRUE(controller->openSession(second));
    ASSERT_TRUE(actions().remove(first));
    EXPECT_EQ(page(), Page::Session);
}

TEST_F(SessionActionsTest, SearchLeavesOutASessionWaitingToBeDeleted)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    ASSERT_FALSE(controller->searchSessions(QStringLiteral("Harbour"), 10).isEmpty());
    ASSERT_TRUE(actions().remove(id));
    EXPECT_TRUE(controller->searchSessions(QStringLiteral("Harbour"), 10).isEmpty());
    ASSERT_TRUE(actions().undoRemove());
    EXPECT_FALSE(controller->searchSessions(QStringLiteral("Harbour"), 10).isEmpty());
}

TEST_F(SessionActionsTest, ForkAndContinueTellsACopyAndLeavesTheOriginal)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    const int messages = actions().session(id)->messageCount;
    const qint64 message = firstMessage(id);
    ASSERT_GT(message, 0);
    const auto outcome = actions().forkAndContinue(id, message);
    EXPECT_TRUE(outcome.ok) << outcome.message.toStdString();
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_TRUE(controller->chat());
    const qint64 fork = controller->chat()->sessionId();
    EXPECT_NE(fork, id);
    EXPECT_EQ(actions().session(fork)->name, QStringLiteral("Harbour (branch)"));
    EXPECT_EQ(actions().session(id)->messageCount, messages);

    const auto failed = actions().forkAndContinue(id + 1000, message);
    EXPECT_FALSE(failed.ok);
    EXPECT_FALSE(failed.message.isEmpty());
}

TEST_F(SessionActionsTest, ExportThenImportOpensTheSessionAgain)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    EXPECT_TRUE(actions().exportBase(id, dir.path()).endsWith(QStringLiteral("Harbour")));
    const QString json = dir.path() + QStringLiteral("/harbour.json");
    const auto exported = actions().exportTo(id, json);
    ASSERT_TRUE(exported.ok) << exported.message.toStdString();
    EXPECT_TRUE(exported.message.contains(QStringLiteral("harbour.json")));
    const QString md = dir.path() + QStringLiteral("/harbour.MD"); // any case
    ASSERT_TRUE(actions().exportTo(id, md).ok);
    QFile transcript(md);
    ASSERT_TRUE(transcript.open(QIODevice::ReadOnly));
    EXPECT_TRUE(transcript.readAll().startsWith("# Harbour"));

    ASSERT_TRUE(actions().remove(id));
    ASSERT_TRUE(actions().finishRemoval());
    const auto imported = actions().importFiles({json});
    EXPECT_EQ(imported.imported, 1) << imported.message.toStdString();
    EXPECT_EQ(page(), Page::Session); // one session came in: it is opened
    ASSERT_TRUE(controller->currentSession());
    EXPECT_EQ(controller->currentSession()->name, QStringLiteral("Harbour"));
    EXPECT_GT(controller->openedHistory()->rowCount(), 0);
}

TEST_F(SessionActionsTest, ImportingWhileAStoryIsToldKeepsTheStory)
{
    const qint64 id = toldSession(QStringLiteral("Harbour"));
    ASSERT_GT(id, 0);
    const QString json = dir.path() + QStringLiteral("/harbour.json");
    ASSERT_TRUE(actions().exportTo(id, json).ok);
    ASSERT_TRUE(controller->startSession(QStringLiteral("Now"), QStringLiteral("en")));
    ASSERT_TRUE(tellAnything());
    const auto imported = actions().importFiles({json});
    EXPECT_EQ(imported.imported, 1);
    EXPECT_TRUE(imported.message.contains(QStringLiteral("as a copy")))
        << imported.message.toStdString();
    EXPECT_EQ(page(), Page::Chat);
}

TEST_F(SessionActionsTest, ABadFileSaysWhyAndAddsNothing)
{
    const QString bad = dir.path() + QStringLiteral("/notes.json");
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"hello\": 1}");
    file.close();
    const auto imported = actions().importFiles({bad, dir.path() + QStringLiteral("/gone.json")});
    EXPECT_EQ(imported.imported, 0);
    EXPECT_EQ(imported.message.split(QLatin1Char('\n')).size(), 2);
    EXPECT_EQ(controller->sessionModel()->rowCount(), 0);
    EXPECT_EQ(page(), Page::Settings);
    const auto exported =
        actions().exportTo(4242, dir.path() + QStringLiteral("/no/such/folder/x.json"));
    EXPECT_FALSE(exported.ok);
    EXPECT_FALSE(exported.message.isEmpty());
}

} // namespace
} // namespace st
