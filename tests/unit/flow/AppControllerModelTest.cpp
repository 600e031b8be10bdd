// AppController with a model provider configured through AppServices::environment,
// against FakeLlmServer: ask() has the model judge (ModelEvaluator), a match starts a chat
// told by the model, an unreadable judgement is an error the Check page can retry, and
// with an embedding model the request is embedded and ranked by meaning before judging.
#include "core/flow/AppController.h"
#include "core/library/ScriptLibrary.h"
#include "core/narration/ChatSession.h"
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

using Decision = Evaluation::Decision;
const QString kChat = QStringLiteral("/v1/chat/completions");
const QString kEmbed = QStringLiteral("/v1/embeddings");

QString firstRole(const FakeRequest& r)
{
    return r.json()
        .value(QStringLiteral("messages"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("role"))
        .toString();
}

class AppControllerModelTest : public FakeModelAppTest
{
protected:
    void start(const QString& embeddingModel = QString())
    {
        makeController(fakemodel::environment(server, embeddingModel));
        ASSERT_TRUE(controller->startSession(QStringLiteral("Night"), QStringLiteral("en")));
    }

    std::optional<Decision> ask(const QString& request)
    {
        QSignalSpy finished(controller.get(), &AppController::checkFinished);
        controller->ask(request);
        if (finished.isEmpty() && !finished.wait(15000))
            return std::nullopt;
        lastEvaluation = finished.first().at(0).value<Evaluation>();
        return finished.first().at(1).value<Decision>();
    }

    qint64 maryCeleste() const
    {
        return controller->library()
            .bundled(QStringLiteral("mary-celeste"), QStringLiteral("en"))
            .value()
            .id;
    }

    Evaluation lastEvaluation;
};

TEST_F(AppControllerModelTest, TheModelJudgesAndAMatchIsToldByTheModel)
{
    start();
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Score: 95")}, 300, 3));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("MODEL-HOOK?")}, 400, 5));
    const auto decision = ask(QStringLiteral("the Mary Celeste"));
    ASSERT_EQ(decision, Decision::Match);
    EXPECT_EQ(lastEvaluation.scriptId, maryCeleste());
    EXPECT_EQ(lastEvaluation.score, 95);
    EXPECT_EQ(controller->flow().page(), Page::Chat);
    ChatSession* chat = controller->chat();
    ASSERT_NE(chat, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    ASSERT_EQ(chat->model()->rowCount(), 1);
    EXPECT_EQ(chat->model()->at(0).content, QStringLiteral("MODEL-HOOK?"));

    const QVector<FakeRequest> requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(firstRole(requests.at(0)), QStringLiteral("user")); // the judge
    EXPECT_TRUE(requests.at(0).body.contains("Title: The Mary Celeste"));
    EXPECT_EQ(firstRole(requests.at(1)), QStringLiteral("system")); // the narrator
    EXPECT_TRUE(server.requests(kEmbed).isEmpty()); // no embedding model, no embeddings
}

TEST_F(AppControllerModelTest, AnUnreadableJudgementIsAnErrorAndTheCheckCanBeRetried)
{
    start();
    server.enqueue(kChat,
                   FakeResponse::openAiStream({QStringLiteral("Hmm, hard to say.")}, 300, 3));
    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    QSignalSpy finished(controller.get(), &AppController::checkFinished);
    controller->ask(QStringLiteral("the Mary Celeste"));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("Hmm, hard to say.")));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_EQ(controller->flow().page(), Page::Check);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    EXPECT_EQ(ask(QStringLiteral("the Mary Celeste")), Decision::Match);
}

TEST_F(AppControllerModelTest, RequestsThatNeedNoJudgeFinishWithoutAModelRequest)
{
    start();
    EXPECT_EQ(ask(QStringLiteral("tell me the story of")), Decision::Unknown);
    EXPECT_EQ(controller->flow().page(), Page::Check);
    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    controller->ask(QString());
    EXPECT_TRUE(errors.count() == 1 || errors.wait(5000));
    EXPECT_EQ(controller->flow().page(), Page::Check);
    QTest::qWait(50);
    EXPECT_TRUE(server.requests(kChat).isEmpty());
    // The check is not left busy: a real request still goes through.
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    EXPECT_EQ(ask(QStringLiteral("the Mary Celeste")), Decision::Match);
}

TEST_F(AppControllerModelTest, WithAnEmbeddingModelTheRequestIsRankedByMeaningFirst)
{
    start(QStringLiteral("test-embed"));
    // The library is embedded in batches (on the event loop), then the index is loaded.
    QSignalSpy progress(controller.get(), &AppController::embeddingProgress);
    ASSERT_TRUE(QTest::qWaitFor(
        [&progress] {
            return !progress.isEmpty() &&
                   progress.last().at(0).toInt() == progress.last().at(1).toInt();
        },
        10000));
    EXPECT_EQ(progress.last().at(1).toInt(), controller->library().count());
    QTest::qWait(100);
    const int libraryEmbeds = server.requests(kEmbed).size();
    ASSERT_GE(libraryEmbeds, 1);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    const auto decision = ask(QStringLiteral("the ghost ship Mary Celeste"));
    ASSERT_TRUE(decision);
    const QVector<FakeRequest> all = server.requests();
    qsizetype queryEmbed = -1;
    qsizetype firstJudge = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const FakeRequest& r = all.at(i);
        if (r.path == kEmbed && r.body.contains("the ghost ship Mary Celeste") && queryEmbed < 0)
            queryEmbed = i;
        if (r.path == kChat && firstJudge < 0)
            firstJudge = i;
    }
    ASSERT_GE(queryEmbed, 0);
    ASSERT_GE(firstJudge, 0);
    EXPECT_LT(queryEmbed, firstJudge);
    EXPECT_EQ(
        server.requests(kEmbed).at(libraryEmbeds).json().value(QStringLiteral("model")).toString(),
        QStringLiteral("test-embed"));
    // Whatever the fused order, only stories in the session's language are judged.
    EXPECT_EQ(controller->library().info(lastEvaluation.scriptId).value().language,
              QStringLiteral("en"));
}

} // namespace
} // namespace st
