// The sidebar's session history: untitled sessions named after their story, day groups with
// story, language and chapter, delete with Undo.
#include "UiHarness.h"
#include "core/flow/SessionActions.h"
#include "core/narration/ChatSession.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "core/store/SessionTrash.h"
#include "support/TempDataDir.h"
#include "ui/MessageView.h"
#include "ui/sidebar/SessionItemDelegate.h"
#include "ui/sidebar/Sidebar.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

namespace st {
namespace {

TEST(SessionManageUiTest, UntitledSessionTakesItsStorysNameAndCanBeDeletedWithUndo)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.click("startButton")); // no name: Untitled
    ASSERT_EQ(app.page(), Page::Check);
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    const QString story = app.controller().currentSession()->scriptTitle;
    auto* list = app.find<QListView>("sessionList");
    ASSERT_EQ(list->model()->rowCount(), 1);
    const QModelIndex row = list->model()->index(0, 0);
    EXPECT_EQ(row.data(SessionListModel::NameRole).toString(), story);
    const QString details = SessionItemDelegate::details(row);
    EXPECT_TRUE(details.contains(story)) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("English"))) << details.toStdString();

    ASSERT_TRUE(app.click("endButton"));
    const qint64 id = row.data(SessionListModel::IdRole).toLongLong();
    // Enter on the list opens the session, as a click does (nothing reachable by mouse only).
    ASSERT_NE(app.page(), Page::Session);
    list->setCurrentIndex(row);
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(app.page(), Page::Session);
    ASSERT_TRUE(app.click("backButton"));
    // The Menu key opens the session's menu (rename, clear, delete), as a right-click does.
    QString menuFirst;
    QTimer::singleShot(300, [&menuFirst] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            menuFirst = menu->actions().value(0) ? menu->actions().value(0)->text() : QString();
            menu->close();
        }
    });
    list->setFocus();
    list->setCurrentIndex(row);
    QTest::keyClick(list, Qt::Key_Menu);
    QTest::qWait(400);
    EXPECT_FALSE(menuFirst.isEmpty()) << "no menu from the Menu key";
    auto* sidebar = app.window().findChild<Sidebar*>();
    ASSERT_TRUE(sidebar);
    SessionActions& actions = app.controller().sessionActions();
    ASSERT_TRUE(actions.remove(id)); // "Delete…" confirmed
    EXPECT_EQ(list->model()->rowCount(), 0);
    auto* undoBar = app.find<QWidget>("undoDeleteBar");
    ASSERT_TRUE(undoBar && undoBar->isVisible());
    ASSERT_TRUE(app.click("undoDeleteButton"));
    EXPECT_EQ(list->model()->rowCount(), 1);
    EXPECT_FALSE(undoBar->isVisible());
    ASSERT_TRUE(app.controller().sessions().rename(id, QStringLiteral("Mine")));
    EXPECT_EQ(list->model()->index(0, 0).data(SessionListModel::NameRole).toString(),
              QStringLiteral("Mine"));
    ASSERT_TRUE(actions.remove(id));
    ASSERT_TRUE(actions.finishRemoval()); // the undo time is over
    EXPECT_FALSE(app.controller().sessions().get(id));
    EXPECT_FALSE(undoBar->isVisible());
}

TEST(SessionManageUiTest, ContinueFromAMessageInANewSession)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.startStory(QStringLiteral("Evening"), QStringLiteral("anything")));
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("They were afraid.")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());
    ChatSession* chat = app.controller().chat();
    const qint64 original = chat->sessionId();
    const qint64 hook = chat->model()->messages().first().id;
    const int before = chat->model()->rowCount();
    ASSERT_EQ(before, 3);

    auto* view = app.find<MessageView>("messageView");
    Q_EMIT view->forkRequested(hook); // "Continue from here in a new session"
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return app.controller().chat() && app.controller().chat()->sessionId() != original; },
        5000));
    EXPECT_EQ(app.page(), Page::Chat);
    ChatSession* branch = app.controller().chat();
    EXPECT_EQ(branch->model()->rowCount(), 1); // the hook, waiting for a new answer
    EXPECT_EQ(app.controller().currentSession()->name, QStringLiteral("Evening (branch)"));
    EXPECT_EQ(app.controller().messages().list(original).size(), before); // untouched
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(SessionManageUiTest, RegenerateOffersTheEarlierVersions)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    auto* versions = app.find<QWidget>("replyVersions");
    ASSERT_TRUE(versions);
    EXPECT_FALSE(versions->isVisible());
    QTest::qWait(5); // a later time for the new version
    ASSERT_TRUE(app.click("regenerateButton"));
    ASSERT_TRUE(app.waitUntilIdle());
    ASSERT_TRUE(QTest::qWaitFor([&] { return versions->isVisible(); }, 2000));
    auto* label = app.find<QLabel>("versionLabel");
    EXPECT_TRUE(label->text().contains(QStringLiteral("2"))) << label->text().toStdString();
    ASSERT_TRUE(app.click("previousVersionButton"));
    EXPECT_EQ(app.controller().chat()->replyVersionIndex(), 0);
    EXPECT_FALSE(app.find<QWidget>("previousVersionButton")->isEnabled());
    ASSERT_TRUE(app.click("nextVersionButton"));
    EXPECT_EQ(app.controller().chat()->replyVersionIndex(), 1);
}

} // namespace
} // namespace st
