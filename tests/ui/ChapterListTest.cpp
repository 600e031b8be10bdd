// The chapter list on the chat page (issue 17): the chapters told can be heard again, the
// next one asked for, the later ones are closed and nameless; hearing one again keeps the
// place. Offline, through the real widgets.
#include "UiHarness.h"
#include "core/narration/ChatSession.h"
#include "core/store/MessageListModel.h"
#include "support/TempDataDir.h"

#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <gtest/gtest.h>

namespace st {
namespace {

TEST(ChapterListTest, ToldChaptersAreHeardAgainAndTheNextAskedFor)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.startStory(QStringLiteral("Evening"), QStringLiteral("anything")));
    ChatSession* chat = app.controller().chat();
    auto* view = app.find<QListView>("messageView");
    for (const QString& text : {QStringLiteral("I have no idea"), QStringLiteral("Scary")}) {
        ASSERT_TRUE(app.type("messageInput", text));
        QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
        ASSERT_TRUE(app.waitUntilIdle());
    }
    ASSERT_EQ(chat->chapter(), 2);
    const int total = chat->chapterCount();

    auto* button = app.find<QToolButton>("chapterLabel");
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("chapter 2 of %1").arg(total));
    QMenu* list = button->menu();
    Q_EMIT list->aboutToShow();
    const QList<QAction*> actions = list->actions();
    ASSERT_EQ(actions.size(), total + 4); // the chapters, a separator, skip, shorter, longer
    const auto chapters = chat->script().tellableChapters();
    for (int i = 0; i < total; ++i) {
        EXPECT_EQ(actions.at(i)->isEnabled(), i < 3) << i;
        if (i >= 3) { // a later chapter's heading could give it away
            EXPECT_FALSE(actions.at(i)->text().contains(chapters.at(i).heading)) << i;
        }
    }
    EXPECT_TRUE(actions.at(1)->text().contains(QStringLiteral("(here)")));
    EXPECT_TRUE(actions.at(2)->text().contains(QStringLiteral("(next)")));

    // Chapter 1 again: told, stored as chapter 1, the place still 2.
    int rows = view->model()->rowCount();
    actions.at(0)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == rows + 1; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(last.data(MessageListModel::ChapterRole).toInt(), 1);
    EXPECT_TRUE(last.data(Qt::DisplayRole).toString().contains(chapters.at(0).content.trimmed()));
    EXPECT_EQ(chat->chapter(), 2);
    EXPECT_EQ(button->text(), QStringLiteral("chapter 2 of %1").arg(total));

    // The next one: the story goes on.
    Q_EMIT list->aboutToShow();
    rows = view->model()->rowCount();
    list->actions().at(2)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == rows + 1; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(chat->chapter(), 3);
    EXPECT_EQ(button->text(), QStringLiteral("chapter 3 of %1").arg(total));

    // Shorter chapters, then skip to the end, by control.
    Q_EMIT list->aboutToShow();
    rows = view->model()->rowCount();
    list->actions().at(total + 2)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->model()->rowCount() == rows + 1; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(chat->replyLength(), -1);
    EXPECT_EQ(button->text(), QStringLiteral("chapter 3 of %1 · shorter chapters").arg(total));
    Q_EMIT list->aboutToShow();
    EXPECT_FALSE(list->actions().at(total + 2)->isEnabled()); // already shorter
    list->actions().at(total + 1)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == total; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_TRUE(chat->isFinished());
}

} // namespace
} // namespace st
