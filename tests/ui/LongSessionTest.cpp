// A session of 1,200 messages through the real widgets: the Session page and the chat show
// the newest page and read older pages in as the reader scrolls to the top (the message at
// the top stays put); a message far back found by search is read in and shown; once the
// chat follows the newest text again, the rows read in are let go.
#include "UiHarness.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/TempDataDir.h"
#include "ui/MessageView.h"

#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace st {
namespace {

constexpr int kMessages = 1200;

/// Tells a new story, ends it, and adds kMessages messages to its session; the tenth added
/// holds \a word. Returns {session id, that message's id}.
std::pair<qint64, qint64> longSession(UiHarness& app, const QString& word)
{
    if (!(app.type("sessionNameEdit", QStringLiteral("Long voyage")) && app.click("startButton") &&
          app.type("queryEdit", QStringLiteral("anything")) && app.click("askButton") &&
          QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000) && app.waitUntilIdle()))
        return {};
    const auto session = app.controller().currentSession();
    if (!session || !app.controller().endChat())
        return {};
    MessageStore& messages = app.controller().messages();
    QSqlQuery(messages.database()).exec(QStringLiteral("BEGIN"));
    qint64 target = 0;
    for (int i = 0; i < kMessages; ++i) {
        const bool narrator = i % 2 == 0;
        const QString text =
            i == 9 ? QStringLiteral("An %1 followed the ship for three days.").arg(word)
                   : QStringLiteral("Message %1: the sea was grey and slow, and the watch changed "
                                    "without a word.")
                         .arg(i);
        const auto m = messages.append(
            session->id, narrator ? MessageRecord::Role::Assistant : MessageRecord::Role::User,
            text, MessageRecord::Status::Complete, narrator ? 0 : -1);
        if (!m)
            return {};
        if (i == 9)
            target = m->id;
    }
    QSqlQuery(messages.database()).exec(QStringLiteral("COMMIT"));
    return {session->id, target};
}

qint64 idAt(const QModelIndex& index)
{
    return index.data(MessageListModel::IdRole).toLongLong();
}

bool inView(MessageView* view, int row)
{
    return row >= 0 &&
           view->visualRect(view->model()->index(row, 0)).intersects(view->viewport()->rect());
}

/// Scrolls \a view to its top; true when older rows arrived and the message that was first
/// is still at the top, within a few pixels (not pushed down by the rows above it).
bool scrollToTopKeepsPlace(MessageView* view)
{
    auto* messages = qobject_cast<MessageListModel*>(view->model());
    const int before = messages->rowCount();
    const qint64 first = idAt(messages->index(0, 0));
    view->verticalScrollBar()->setValue(0);
    if (!QTest::qWaitFor([&] { return messages->rowCount() > before; }, 2000))
        return false;
    QTest::qWait(20);
    const int row = messages->rowOf(first);
    return row > 0 && std::abs(view->visualRect(messages->index(row, 0)).top()) <= 4;
}

TEST(LongSessionTest, TheSessionPageReadsOlderPagesAsTheReaderScrollsBack)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const auto [session, target] = longSession(app, QStringLiteral("albatross"));
    ASSERT_GT(session, 0);
    ASSERT_TRUE(app.controller().openSession(session));
    ASSERT_EQ(app.page(), Page::Session);
    auto* view = app.find<MessageView>("sessionHistory");
    ASSERT_TRUE(view && view->isVisible());
    const int rows = view->model()->rowCount();
    EXPECT_EQ(rows, MessageListModel::kPageSize);                               // not 1,200+
    ASSERT_TRUE(QTest::qWaitFor([&] { return inView(view, rows - 1); }, 3000)); // the newest
    EXPECT_TRUE(scrollToTopKeepsPlace(view));
    EXPECT_EQ(view->model()->rowCount(), rows + MessageListModel::kOlderPageSize);
    EXPECT_TRUE(scrollToTopKeepsPlace(view));
    EXPECT_EQ(view->model()->rowCount(), rows + 2 * MessageListModel::kOlderPageSize);
}

TEST(LongSessionTest, SearchOpensAMessageFarBackInALongSession)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const auto [session, target] = longSession(app, QStringLiteral("albatross"));
    ASSERT_GT(target, 0);
    app.window().showSearch();
    auto* edit = app.find<QLineEdit>("searchEdit");
    auto* list = app.find<QListView>("searchResults");
    ASSERT_TRUE(edit && list);
    QTest::keyClicks(edit, QStringLiteral("albatross"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 3000));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Session; }, 3000));
    auto* view = app.find<MessageView>("sessionHistory");
    ASSERT_TRUE(view);
    auto* messages = qobject_cast<MessageListModel*>(view->model());
    ASSERT_TRUE(messages);
    const int row = messages->rowOf(target);
    ASSERT_GE(row, 0); // read in from far back
    EXPECT_GT(messages->rowCount(), MessageListModel::kPageSize);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inView(view, row); }, 3000));
    EXPECT_EQ(view->highlightedMessage(), target);
}

TEST(LongSessionTest, TheChatLetsGoOfOlderPagesOnceItFollowsTheNewestText)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const auto [session, target] = longSession(app, QStringLiteral("albatross"));
    ASSERT_GT(session, 0);
    ASSERT_TRUE(app.controller().openSession(session));
    ASSERT_TRUE(app.click("continueButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 3000));
    auto* view = app.find<MessageView>("messageView");
    ASSERT_TRUE(view && view->isVisible());
    EXPECT_EQ(view->model()->rowCount(), MessageListModel::kPageSize);
    while (view->model()->rowCount() <= 2 * MessageListModel::kPageSize)
        ASSERT_TRUE(scrollToTopKeepsPlace(view));
    const qint64 newest = idAt(view->model()->index(view->model()->rowCount() - 1, 0));

    // Back to the end and on with the story: the rows read in go again.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("Go on")));
    ASSERT_TRUE(app.click("sendButton"));
    ASSERT_TRUE(app.waitUntilIdle());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return view->model()->rowCount() <= MessageListModel::kPageSize + 2; }, 3000));
    auto* messages = qobject_cast<MessageListModel*>(view->model());
    EXPECT_GE(messages->rowOf(newest), 0); // what was newest is still shown
    EXPECT_TRUE(messages->hasOlder());
    EXPECT_TRUE(QTest::qWaitFor([&] { return inView(view, view->model()->rowCount() - 1); }, 3000));
}

} // namespace
} // namespace st
