// The search panel through the real widgets: Ctrl+F and Ctrl+K open it, it searches as you
// type, finds a message in an older session (a word a newer, narrated session does not
// have), and choosing it opens that session on the Session page scrolled to the message.
#include "UiHarness.h"
#include "core/flow/SessionActions.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SearchResultModel.h"
#include "core/store/SessionStore.h"
#include "core/store/SessionTrash.h"
#include "support/TempDataDir.h"
#include "ui/MessageView.h"
#include "ui/search/SearchDialog.h"
#include "ui/sidebar/Sidebar.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <gtest/gtest.h>

namespace st {
namespace {

/// An older session of 60 messages; the fifth holds \a word. Returns that message's id.
qint64 addOldSession(UiHarness& app, const QString& word)
{
    const auto session =
        app.controller().sessions().create(QStringLiteral("Old voyage"), QStringLiteral("en"));
    if (!session || !app.controller().sessions().attachScript(
                        session->id, 0, QStringLiteral("The Mary Celeste"), QStringLiteral("{}")))
        return 0;
    qint64 target = 0;
    for (int i = 0; i < 60; ++i) {
        const bool narrator = i % 2 == 0;
        const QString text =
            i == 4 ? QStringLiteral("The cook kept an %1 feather in his cap, for luck.").arg(word)
                   : QStringLiteral("Wave %1 rolled past the bow, grey and slow, and nobody spoke "
                                    "of it again until the watch changed.")
                         .arg(i);
        const auto m = app.controller().messages().append(
            session->id, narrator ? MessageRecord::Role::Assistant : MessageRecord::Role::User,
            text, MessageRecord::Status::Complete, narrator ? i / 2 : -1);
        if (!m)
            return 0;
        if (i == 4)
            target = m->id;
    }
    return target;
}

bool tellANewStory(UiHarness& app)
{
    return app.type("sessionNameEdit", QStringLiteral("Tonight")) && app.click("startButton") &&
           app.type("queryEdit", QStringLiteral("anything")) && app.click("askButton") &&
           QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000) && app.waitUntilIdle();
}

int rowOf(const QAbstractItemModel* model, qint64 messageId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(MessageListModel::IdRole).toLongLong() == messageId)
            return row;
    }
    return -1;
}

bool inView(MessageView* view, int row)
{
    return view->visualRect(view->model()->index(row, 0)).intersects(view->viewport()->rect());
}

TEST(SearchTest, FindsAMessageInAnOldSessionAndOpensItThere)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const qint64 target = addOldSession(app, QStringLiteral("albatross"));
    ASSERT_GT(target, 0);
    ASSERT_TRUE(tellANewStory(app));

    auto* action = app.find<QAction>("searchAction");
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(QKeySequence::Find)));
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K)));

    // Ctrl+K from the chat's text field (where it would delete to the end of the line).
    auto* input = app.find<QWidget>("messageInput");
    ASSERT_TRUE(input);
    app.window().activateWindow();
    input->setFocus();
    QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier);
    auto* dialog = app.find<SearchDialog>("searchDialog");
    auto* edit = app.find<QLineEdit>("searchEdit");
    auto* list = app.find<QListView>("searchResults");
    auto* status = app.find<QLabel>("searchStatus");
    ASSERT_TRUE(dialog && edit && list && status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isVisible(); }, 2000));
    EXPECT_FALSE(status->text().isEmpty()); // what to do, before anything is typed
    EXPECT_EQ(list->model()->rowCount(), 0);

    // Nothing found says so.
    QTest::keyClicks(edit, QStringLiteral("zzqxv"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("zzqxv")); }, 3000));
    EXPECT_EQ(list->model()->rowCount(), 0);

    // Searched as typed: only the old session has the word.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Albatross"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() > 0; }, 3000));
    ASSERT_EQ(list->model()->rowCount(), 1);
    const QModelIndex hit = list->model()->index(0, 0);
    EXPECT_EQ(hit.data(SearchResultModel::MessageIdRole).toLongLong(), target);
    EXPECT_EQ(hit.data(SearchResultModel::SessionNameRole).toString(),
              QStringLiteral("Old voyage"));
    EXPECT_EQ(hit.data(SearchResultModel::StoryTitleRole).toString(),
              QStringLiteral("The Mary Celeste"));
    const auto result = hit.data(SearchResultModel::ResultRole).value<SearchResult>();
    ASSERT_EQ(result.matches.size(), 1);
    EXPECT_EQ(result.snippet.mid(result.matches.first().start, result.matches.first().length),
              QStringLiteral("albatross"));

    // Enter opens the session there.
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Session; }, 3000));
    EXPECT_FALSE(dialog->isVisible());
    auto* name = app.find<QLabel>("sessionName");
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), QStringLiteral("Old voyage"));
    auto* view = app.find<MessageView>("sessionHistory");
    ASSERT_TRUE(view && view->isVisible());
    const int row = rowOf(view->model(), target);
    ASSERT_EQ(row, 4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return inView(view, row); }, 3000));
    QTest::qWait(50); // a later layout pass must not take it away
    EXPECT_TRUE(inView(view, row));
    EXPECT_FALSE(inView(view, view->model()->rowCount() - 1)); // not merely at the end
    EXPECT_EQ(view->currentIndex().row(), row);
    EXPECT_EQ(view->highlightedMessage(), target);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->highlightedMessage() == 0; },
                                MessageView::kHighlightMs + 3000)); // only for a moment
}

TEST(SearchTest, CtrlFOpensItAndADoubleClickChoosesAResult)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    const qint64 target = addOldSession(app, QStringLiteral("선장은"));
    ASSERT_GT(target, 0);

    app.window().activateWindow();
    QTest::keyClick(&app.window(), Qt::Key_F, Qt::ControlModifier);
    auto* dialog = app.find<SearchDialog>("searchDialog");
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isVisible(); }, 2000));
    auto* edit = app.find<QLineEdit>("searchEdit");
    auto* list = app.find<QListView>("searchResults");
    edit->insert(QStringLiteral("선장")); // a Korean word inside a longer one (typed by an IME)
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 3000));
    const QRect rect = list->visualRect(list->model()->index(0, 0));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(app.page(), Page::Settings); // a click only selects
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Session; }, 3000));
    auto* view = app.find<MessageView>("sessionHistory");
    ASSERT_TRUE(QTest::qWaitFor([&] { return inView(view, rowOf(view->model(), target)); }, 3000));
}

TEST(SearchTest, ASessionDeletedWithUndoPendingIsNotOffered)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_GT(addOldSession(app, QStringLiteral("albatross")), 0);
    app.window().showSearch();
    auto* dialog = app.find<SearchDialog>("searchDialog");
    auto* edit = app.find<QLineEdit>("searchEdit");
    auto* list = app.find<QListView>("searchResults");
    ASSERT_TRUE(dialog && edit && list);
    QTest::keyClicks(edit, QStringLiteral("albatross"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 3000));
    const qint64 session =
        list->model()->index(0, 0).data(SearchResultModel::SessionIdRole).toLongLong();

    SessionActions& actions = app.controller().sessionActions();
    ASSERT_TRUE(actions.remove(session));
    app.window().showSearch(); // searched again
    EXPECT_EQ(list->model()->rowCount(), 0);
    ASSERT_TRUE(actions.undoRemove());
    app.window().showSearch();
    EXPECT_EQ(list->model()->rowCount(), 1);
}

} // namespace
} // namespace st
