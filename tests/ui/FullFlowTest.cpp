// Drives the whole offline flow through the real widgets, tears the app down, starts it
// again on the same database and resumes the session.
#include "UiHarness.h"
#include "core/narration/ChatSession.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "support/TempDataDir.h"
#include "ui/pages/ChatPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QToolButton>
#include <gtest/gtest.h>

namespace st {
namespace {

int lastNarratorChapter(const QAbstractItemModel* model)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex i = model->index(row, 0);
        if (i.data(MessageListModel::RoleRole).toString() == QLatin1String("assistant"))
            return i.data(MessageListModel::ChapterRole).toInt();
    }
    return -1;
}

bool answer(UiHarness& app, const QString& text)
{
    auto* view = app.find<QListView>("messageView");
    const int before = view->model()->rowCount();
    if (!app.type("messageInput", text))
        return false;
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    return QTest::qWaitFor([&] { return view->model()->rowCount() == before + 2; }, 5000) &&
           app.waitUntilIdle();
}

TEST(FullFlowTest, SettingsCheckChatEndRestartResume)
{
    TempDataDir dir;
    QString firstStory;
    int toldBeforeRestart = 0;
    {
        UiHarness app(dir.path());
        ASSERT_TRUE(app.isOpen());
        ASSERT_EQ(app.page(), Page::Settings);

        // A name too long is refused with a message, and the page stays.
        ASSERT_TRUE(app.type("sessionNameEdit", QString(AppFlow::kMaxSessionNameLength + 1, u'x')));
        ASSERT_TRUE(app.click("startButton"));
        EXPECT_EQ(app.page(), Page::Settings);
        auto* error = app.find<QLabel>("settingsError");
        ASSERT_NE(error, nullptr);
        EXPECT_TRUE(error->isVisible());
        EXPECT_FALSE(error->text().isEmpty());

        ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Evening stories")));
        ASSERT_TRUE(app.click("startButton"));
        ASSERT_EQ(app.page(), Page::Check);
        EXPECT_EQ(app.currentPage()->objectName(), QStringLiteral("checkPage"));
        EXPECT_EQ(app.find<QListView>("sessionList")->model()->rowCount(), 1);

        ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
        ASSERT_TRUE(app.click("askButton"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
        EXPECT_EQ(app.currentPage()->objectName(), QStringLiteral("chatPage"));
        ASSERT_TRUE(app.waitUntilIdle());
        firstStory = app.controller().chat()->script().title;
        EXPECT_FALSE(firstStory.isEmpty());
        EXPECT_EQ(app.find<QLabel>("chatTitle")->text(), firstStory);

        auto* view = app.find<QListView>("messageView");
        ASSERT_EQ(view->model()->rowCount(), 1); // the hook
        EXPECT_EQ(lastNarratorChapter(view->model()), 0);

        for (int i = 1; i <= 3; ++i) {
            ASSERT_TRUE(
                answer(app, QStringLiteral("I think the crew left in a hurry, answer %1").arg(i)));
            EXPECT_EQ(lastNarratorChapter(view->model()), i);
        }
        const int total = app.controller().chat()->chapterCount();
        EXPECT_EQ(app.find<QToolButton>("chapterLabel")->text(),
                  QStringLiteral("chapter 3 of %1").arg(total));
        toldBeforeRestart = 3;

        ASSERT_TRUE(app.click("endButton"));
        EXPECT_EQ(app.page(), Page::Settings);
        auto* sessions = app.find<QListView>("sessionList");
        ASSERT_EQ(sessions->model()->rowCount(), 1);
        EXPECT_EQ(sessions->model()->index(0, 0).data(SessionListModel::TitleRole).toString(),
                  firstStory);
    }

    // A new app on the same database.
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    auto* sessions = app.find<QListView>("sessionList");
    ASSERT_EQ(sessions->model()->rowCount(), 1);
    const QModelIndex first = sessions->model()->index(0, 0);
    EXPECT_EQ(first.data(SessionListModel::NameRole).toString(), QStringLiteral("Evening stories"));
    QTest::mouseClick(sessions->viewport(), Qt::LeftButton, {},
                      sessions->visualRect(first).center());
    ASSERT_EQ(app.page(), Page::Session);
    auto* history = app.find<QListView>("sessionHistory");
    EXPECT_EQ(history->model()->rowCount(), 7); // hook + 3 × (answer, chapter)

    ASSERT_TRUE(app.click("continueButton"));
    ASSERT_EQ(app.page(), Page::Chat);
    auto* view = app.find<QListView>("messageView");
    EXPECT_EQ(view->model()->rowCount(), 7);
    EXPECT_EQ(app.controller().chat()->script().title, firstStory);
    ASSERT_TRUE(answer(app, QStringLiteral("Go on, please")));
    EXPECT_EQ(lastNarratorChapter(view->model()), toldBeforeRestart + 1);

    // Every chapter was told once, in order, with nothing repeated.
    const auto messages = app.controller().messages().list(app.controller().chat()->sessionId());
    QList<int> chapters;
    for (const auto& m : messages) {
        if (m.role == MessageRecord::Role::Assistant)
            chapters.append(m.chapter);
    }
    EXPECT_EQ(chapters, (QList<int>{0, 1, 2, 3, 4}));
    const Script& script = app.controller().chat()->script();
    EXPECT_TRUE(messages.last().content.contains(script.tellableChapters().at(3).content));

    // An overlong answer gets a message and stays in the box.
    auto* input = app.find<QPlainTextEdit>("messageInput");
    const QString overlong(ChatSession::kMaxMessageLength + 1, QLatin1Char('a'));
    input->setPlainText(overlong);
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_TRUE(app.find<QWidget>("errorBanner")->isVisible());
    EXPECT_EQ(input->toPlainText(), overlong);
    EXPECT_EQ(view->model()->rowCount(), 9);

    // "exit" ends the story and saves it, like End.
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("exit")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Settings; }, 3000));
}

TEST(FullFlowTest, UnknownStoryOffersExitRetryCreate)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Test")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("quantum chromodynamics on a lattice")));
    ASSERT_TRUE(app.click("askButton"));
    auto* options = app.find<QWidget>("unknownOptions");
    ASSERT_TRUE(QTest::qWaitFor([&] { return options->isVisible(); }, 3000));
    EXPECT_EQ(app.page(), Page::Check);
    EXPECT_TRUE(app.find<QWidget>("retryHint")->isVisible());

    // Retry keeps the request in the box for editing.
    ASSERT_TRUE(app.click("retryButton"));
    EXPECT_EQ(app.find<QLineEdit>("queryEdit")->text(),
              QStringLiteral("quantum chromodynamics on a lattice"));
    EXPECT_FALSE(options->isVisible());

    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return options->isVisible(); }, 3000));
    ASSERT_TRUE(app.click("createButton"));
    EXPECT_EQ(app.page(), Page::Create);
    EXPECT_FALSE(app.find<QLabel>("modelNotice")->text().isEmpty());
    ASSERT_TRUE(app.click("discardButton"));
    EXPECT_EQ(app.page(), Page::Check);
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("quantum")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return options->isVisible(); }, 3000));
    ASSERT_TRUE(app.click("exitButton"));
    EXPECT_EQ(app.page(), Page::Settings);
}

TEST(FullFlowTest, EmptyAndOverlongRequestsGetAMessageAndKeepTheText)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Test")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.click("askButton"));
    auto* banner = app.find<QWidget>("errorBanner");
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 3000));
    EXPECT_EQ(app.page(), Page::Check);

    const QString longText(1500, QLatin1Char('x'));
    app.find<QLineEdit>("queryEdit")->setText(longText);
    banner->hide();
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 3000));
    EXPECT_EQ(app.find<QLineEdit>("queryEdit")->text(), longText);
    EXPECT_EQ(app.page(), Page::Check);
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(FullFlowTest, StoppedReplyIsKeptAndContinues)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Stop test")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("the Mary Celeste")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());

    ASSERT_TRUE(app.type("messageInput", QStringLiteral("No idea")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    QCoreApplication::processEvents(); // one piece of the reply
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Escape);
    ASSERT_FALSE(app.controller().chat()->isBusy());
    auto* view = app.find<QListView>("messageView");
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(last.data(MessageListModel::StatusRole).toString(), QStringLiteral("interrupted"));
    const QString partial = last.data(MessageListModel::ContentRole).toString();
    auto* actions = app.find<QWidget>("replyActions");
    EXPECT_TRUE(actions->isVisible());

    ASSERT_TRUE(app.click("continueReplyButton"));
    ASSERT_TRUE(app.waitUntilIdle());
    const QModelIndex after = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(view->model()->rowCount(), 3); // hook, answer, the one continued reply
    EXPECT_EQ(after.data(MessageListModel::StatusRole).toString(), QStringLiteral("complete"));
    const QString full = after.data(MessageListModel::ContentRole).toString();
    EXPECT_TRUE(full.startsWith(partial));
    const Script& script = app.controller().chat()->script();
    EXPECT_TRUE(full.contains(script.tellableChapters().first().content));
    EXPECT_FALSE(actions->isVisible());
    const auto stored = app.controller().messages().list(app.controller().chat()->sessionId());
    EXPECT_EQ(stored.last().content, full);
    EXPECT_EQ(stored.last().status, MessageRecord::Status::Complete);
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(FullFlowTest, RegenerateAndEditTheLastAnswerRetellTheSameChapter)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Edit test")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("the Tunguska event")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("A meteor, I guess")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());
    auto* view = app.find<QListView>("messageView");
    ASSERT_EQ(view->model()->rowCount(), 3);

    ASSERT_TRUE(app.click("regenerateButton"));
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(view->model()->index(2, 0).data(MessageListModel::ChapterRole).toInt(), 1);

    // Edit: the last answer comes into the box; Enter sends the new one and retells.
    auto* input = app.find<QPlainTextEdit>("messageInput");
    QTest::keyClicks(input, QStringLiteral("half-typed draft"));
    ASSERT_TRUE(app.click("editAnswerButton"));
    EXPECT_EQ(input->toPlainText(), QStringLiteral("A meteor, I guess"));
    input->setPlainText(QStringLiteral("A comet?"));
    QTest::keyClick(input, Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(input->toPlainText(), QStringLiteral("half-typed draft")); // the draft is back
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(view->model()->index(1, 0).data(MessageListModel::ContentRole).toString(),
              QStringLiteral("A comet?"));
    const auto stored = app.controller().messages().list(app.controller().chat()->sessionId());
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored.at(1).content, QStringLiteral("A comet?"));
    EXPECT_EQ(stored.at(2).chapter, 1);
    EXPECT_EQ(stored.at(2).status, MessageRecord::Status::Complete);
    EXPECT_TRUE(stored.at(2).content.contains(
        app.controller().chat()->script().tellableChapters().first().content));
    EXPECT_EQ(app.controller().chat()->chapter(), 1);
}

} // namespace
} // namespace st
