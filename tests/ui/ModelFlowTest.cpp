// The flow with a model, through the real widgets, against the fake server:
// Check → Chat → Stop → Continue → End.
#include "UiHarness.h"
#include "core/narration/ChatSession.h"
#include "core/settings/SecretStore.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "support/FakeLlmServer.h"
#include "support/TempDataDir.h"

#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kPath = QStringLiteral("/v1/chat/completions");

TEST(ModelFlowTest, CheckChatStopContinueEndAgainstTheFakeServer)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(kPath, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    server.enqueue(kPath, FakeResponse::openAiStream({QStringLiteral("Have you heard of "),
                                                      QStringLiteral("the Mary Celeste?")},
                                                     400, 8));
    QStringList words;
    for (int i = 0; i < 60; ++i)
        words << QStringLiteral("word%1 ").arg(i);
    server.enqueue(kPath, FakeResponse::openAiStream(words, 900, 60).slow(40));
    server.enqueue(kPath, FakeResponse::openAiStream({QStringLiteral("and that is the end "),
                                                      QStringLiteral("of the chapter. What next?")},
                                                     950, 9));

    TempDataDir dir;
    QNetworkAccessManager network;
    SecretStore secrets(dir.path(), SecretStore::Backend::FileOnly);
    UiHarness app(dir.path(), 0, UiHarness::modelServices(server.baseUrl(), network, secrets));
    ASSERT_TRUE(app.isOpen());
    EXPECT_TRUE(app.find<QLabel>("narratorStatus")->text().contains(QStringLiteral("test-model")));

    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("With a model")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("the ghost ship of 1872")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 10000));
    ASSERT_TRUE(app.waitUntilIdle());
    auto* view = app.find<QListView>("messageView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data(MessageListModel::ContentRole).toString(),
              QStringLiteral("Have you heard of the Mary Celeste?"));
    // The judge was asked about the request, and the opening request carried no chapter.
    const auto judge = server.requests(kPath).at(0);
    EXPECT_TRUE(judge.body.contains("the ghost ship of 1872"));

    ASSERT_TRUE(app.type("messageInput", QStringLiteral("No, never")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const int last = view->model()->rowCount() - 1;
            return view->model()
                       ->index(last, 0)
                       .data(MessageListModel::ContentRole)
                       .toString()
                       .size() > 30;
        },
        10000));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Escape);
    ASSERT_FALSE(app.controller().chat()->isBusy());
    const QModelIndex stopped = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(stopped.data(MessageListModel::StatusRole).toString(), QStringLiteral("interrupted"));
    const QString partial = stopped.data(MessageListModel::ContentRole).toString();
    EXPECT_TRUE(partial.startsWith(QStringLiteral("word0 ")));
    EXPECT_FALSE(partial.contains(QStringLiteral("word59")));
    EXPECT_TRUE(app.find<QWidget>("replyActions")->isVisible());

    ASSERT_TRUE(app.click("continueReplyButton"));
    ASSERT_TRUE(app.waitUntilIdle());
    const QModelIndex continued = view->model()->index(view->model()->rowCount() - 1, 0);
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(continued.data(MessageListModel::StatusRole).toString(), QStringLiteral("complete"));
    const QString told = continued.data(MessageListModel::ContentRole).toString();
    EXPECT_EQ(told, partial + QStringLiteral("and that is the end of the chapter. What next?"));
    // The continue request carried the partial reply and the instruction to go on.
    const QByteArray continueBody = server.requests(kPath).last().body;
    EXPECT_TRUE(continueBody.contains("word0"));
    EXPECT_TRUE(continueBody.contains("cut off"));

    const qint64 sessionId = app.controller().chat()->sessionId();
    ASSERT_TRUE(app.click("endButton"));
    EXPECT_EQ(app.page(), Page::Settings);
    const auto stored = app.controller().messages().list(sessionId);
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored.last().status, MessageRecord::Status::Complete);
    EXPECT_EQ(stored.last().content, told);
    EXPECT_EQ(stored.last().completionTokens, 9);
}

} // namespace
} // namespace st
