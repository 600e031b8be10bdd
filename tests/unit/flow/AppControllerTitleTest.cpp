// Session titles through AppController: an unnamed session takes its story's title when the
// story is chosen, then, with a model configured (FakeLlmServer on 127.0.0.1), the title the
// model gives; a name the listener chose (before or while the model answers) stays; a failed
// title request keeps the story's title; without a model no request is made.
#include "core/flow/AppController.h"
#include "core/llm/PromptTemplate.h"
#include "core/narration/ChatSession.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/FakeModelAppTest.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

/// The first message of a chat request the server received.
QJsonObject firstMessage(const FakeRequest& r)
{
    return r.json().value(QStringLiteral("messages")).toArray().first().toObject();
}

/// The title requests among those the server received (the narrator's have a system prompt).
QVector<FakeRequest> titleRequests(const FakeLlmServer& server)
{
    const QString prompt = PromptTemplate(QStringLiteral("title")).text().left(40);
    QVector<FakeRequest> found;
    for (const FakeRequest& r : server.requests(kChat)) {
        if (firstMessage(r).value(QStringLiteral("content")).toString().startsWith(prompt))
            found.append(r);
    }
    return found;
}

class AppControllerTitleTest : public FakeModelAppTest
{
protected:
    /// A controller with the fake server as its model (or no model), on the Check page of
    /// an unnamed session in \a language.
    void start(bool withModel, const QString& language = QStringLiteral("en"))
    {
        makeController(withModel ? fakemodel::environment(server)
                                 : [](const char*) { return QString(); });
        ASSERT_EQ(controller->providerConfig().isConfigured(), withModel);
        ASSERT_TRUE(controller->startSession(QString(), language));
        ASSERT_FALSE(controller->currentSession()->titleByUser);
    }

    /// "Anything" (no judge): a story is picked and its chat starts at once.
    void pickAnything(const QString& words = QStringLiteral("anything"))
    {
        QSignalSpy finished(controller.get(), &AppController::checkFinished);
        controller->ask(words);
        ASSERT_TRUE(!finished.isEmpty() || finished.wait(10000));
        ASSERT_EQ(controller->flow().page(), Page::Chat);
        ASSERT_NE(controller->chat(), nullptr);
        storyTitle = controller->chat()->script().title;
        ASSERT_FALSE(storyTitle.isEmpty());
    }

    /// Waits for the narrator's opening and the title request to be answered.
    bool settle()
    {
        ChatSession* chat = controller->chat();
        const bool done = QTest::qWaitFor(
            [&] {
                return server.requests(kChat).size() >= 2 && (!chat || !chat->isBusy()) &&
                       server.queuedResponses(kChat) == 0;
            },
            10000);
        QTest::qWait(300); // the title's answer is read after the opening's
        return done;
    }

    QString name() const { return controller->currentSession()->name; }
    QString sidebarName() const
    {
        SessionListModel* model = controller->sessionModel();
        return model
            ->data(model->index(model->rowOf(model->currentSession())), SessionListModel::NameRole)
            .toString();
    }

    QString storyTitle;
};

TEST_F(AppControllerTitleTest, TheModelsTitleNamesTheSessionAndTheSidebarShowsIt)
{
    start(true);
    // The opening and the title request get the same answer, whichever comes first.
    server.setDefaultResponse(
        kChat, FakeResponse::openAiStream(
                   {QStringLiteral("“The Ship Nobody "), QStringLiteral("Left.”")}, 200, 8));
    pickAnything();
    EXPECT_EQ(name(), storyTitle); // at once: the story's title
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return name() == QStringLiteral("The Ship Nobody Left"); }, 10000))
        << name().toStdString();
    EXPECT_EQ(sidebarName(), QStringLiteral("The Ship Nobody Left"));
    EXPECT_FALSE(controller->currentSession()->titleByUser); // still the model's, renamable

    const QVector<FakeRequest> titles = titleRequests(server);
    ASSERT_EQ(titles.size(), 1);
    const QString prompt = firstMessage(titles.first()).value(QStringLiteral("content")).toString();
    EXPECT_TRUE(prompt.contains(QStringLiteral("Story: ") + storyTitle));
    EXPECT_TRUE(prompt.contains(QStringLiteral("in English")));
    ASSERT_EQ(server.requests(kChat).size(), 2); // the opening and the title, nothing more
}

TEST_F(AppControllerTitleTest, AKoreanSessionAsksInKorean)
{
    start(true, QStringLiteral("ko"));
    server.setDefaultResponse(
        kChat, FakeResponse::openAiStream({QStringLiteral("\"아무도 없는 갑판\"")}, 200, 8));
    pickAnything(QStringLiteral("아무거나"));
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return name() == QStringLiteral("아무도 없는 갑판"); }, 10000))
        << name().toStdString();
    const QVector<FakeRequest> titles = titleRequests(server);
    ASSERT_EQ(titles.size(), 1);
    const QString prompt = firstMessage(titles.first()).value(QStringLiteral("content")).toString();
    EXPECT_TRUE(prompt.contains(QStringLiteral("in Korean (한국어)")));
    EXPECT_TRUE(prompt.contains(QStringLiteral("Story: ") + storyTitle));
}

TEST_F(AppControllerTitleTest, ARenameBeforeTheModelAnswersStays)
{
    start(true);
    server.setDefaultResponse(
        kChat,
        FakeResponse::openAiStream({QStringLiteral("Generated "), QStringLiteral("Title")}, 200, 8)
            .slow(100));
    pickAnything();
    const qint64 id = controller->currentSession()->id;
    ASSERT_TRUE(controller->sessions().rename(id, QStringLiteral("My own name")));
    ASSERT_TRUE(settle());
    EXPECT_EQ(titleRequests(server).size(), 1); // asked, answered, and not used
    EXPECT_EQ(name(), QStringLiteral("My own name"));
    EXPECT_EQ(sidebarName(), QStringLiteral("My own name"));
    EXPECT_TRUE(controller->currentSession()->titleByUser);
}

TEST_F(AppControllerTitleTest, AFailedTitleRequestKeepsTheStorysTitle)
{
    start(true);
    server.setDefaultResponse(kChat, FakeResponse::invalidApiKey()); // not retried
    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    pickAnything();
    ASSERT_TRUE(settle());
    EXPECT_EQ(titleRequests(server).size(), 1);
    EXPECT_EQ(name(), storyTitle);
    EXPECT_EQ(sidebarName(), storyTitle);
    for (const QList<QVariant>& e : errors) // the narrator's failure is shown, the title's not
        EXPECT_FALSE(e.first().toString().contains(QStringLiteral("title")))
            << e.first().toString().toStdString();
}

TEST_F(AppControllerTitleTest, ANamedSessionAsksForNoTitle)
{
    start(true);
    controller->exitToSettings();
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    pickAnything(); // the built-in answer tells the opening
    ChatSession* chat = controller->chat();
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    QTest::qWait(300);
    EXPECT_TRUE(titleRequests(server).isEmpty());
    EXPECT_EQ(server.requests(kChat).size(), 1);
    EXPECT_EQ(name(), QStringLiteral("Evening"));
}

TEST_F(AppControllerTitleTest, EndingTheChatOrQuittingWhileTheModelThinksIsSafe)
{
    start(true);
    server.setDefaultResponse(
        kChat, FakeResponse::openAiStream({QStringLiteral("Too "), QStringLiteral("Late")}, 200, 8)
                   .slow(200));
    pickAnything();
    ASSERT_TRUE(QTest::qWaitFor([this] { return titleRequests(server).size() == 1; }, 10000));
    ASSERT_TRUE(controller->endChat()); // back to Settings
    QTest::qWait(600);
    EXPECT_EQ(name(), storyTitle);

    ASSERT_TRUE(controller->startSession(QString(), QStringLiteral("en")));
    const qint64 id = controller->currentSession()->id;
    pickAnything();
    ASSERT_TRUE(QTest::qWaitFor([this] { return titleRequests(server).size() == 2; }, 10000));
    controller.reset(); // the app quits
    QTest::qWait(600);
    SessionStore sessions(db.connection());
    EXPECT_EQ(sessions.get(id)->name, storyTitle);
}

TEST_F(AppControllerTitleTest, WithoutAModelTheStorysTitleStaysAndNothingIsAsked)
{
    start(false);
    pickAnything();
    EXPECT_EQ(name(), storyTitle);
    EXPECT_EQ(sidebarName(), storyTitle);
    QTest::qWait(200);
    EXPECT_EQ(name(), storyTitle);
    EXPECT_TRUE(server.requests().isEmpty());
}

} // namespace
} // namespace st
