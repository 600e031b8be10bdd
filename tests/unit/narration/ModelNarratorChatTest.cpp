// ChatSession with a ModelNarrator over OpenAiClient against FakeLlmServer: what reaches
// the database for a complete, a cut-off, a continued, a retried and a stopped reply.
#include "core/llm/OpenAiClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/narration/ChatSession.h"
#include "core/narration/ListenerWords.h"
#include "core/narration/ModelNarrator.h"
#include "core/narration/TurnJudge.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"
#include "unit/llm/LlmTestPrinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

const QString kChat = QStringLiteral("/v1/chat/completions");
const QStringList kHook{QStringLiteral("Welcome!"), QStringLiteral(" Have you heard of"),
                        QStringLiteral(" the Flannan Isles?"), QStringLiteral(" Three keepers"),
                        QStringLiteral(" vanished.")};

qint64 bytesOfPieces(const FakeResponse& response, int count)
{
    qint64 n = 0;
    for (int i = 0; i < count && i < response.pieces().size(); ++i)
        n += response.pieces().at(i).bytes.size();
    return n;
}

class ModelNarratorChatTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(server.listen());
        sessions = std::make_unique<SessionStore>(db.connection(), clock);
        messages = std::make_unique<MessageStore>(db.connection(), clock);
        const auto created = sessions->create(QStringLiteral("Evening"), QStringLiteral("en"));
        ASSERT_TRUE(created);
        session = *created;
        ProviderConfig config = fakemodel::config(server);
        config.idleTimeoutMs = 2000;
        client = fakemodel::client(config, network);
        chat = std::make_unique<ChatSession>(
            session, script, std::make_unique<ModelNarrator>(script, QStringLiteral("en"), *client),
            ChatSession::Deps{*messages, *sessions, clock});
    }

    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000);
    }

    QVector<MessageRecord> stored() const { return messages->list(session.id); }

    /// Begins the session with a hook stream cut after its third delta.
    void beginWithACutHook()
    {
        const FakeResponse hook = FakeResponse::openAiStream(kHook, 30, 5);
        server.enqueue(kChat, FakeResponse(hook).dropAfterBytes(bytesOfPieces(hook, 4)));
        QSignalSpy errors(chat.get(), &ChatSession::errorOccurred);
        chat->begin();
        ASSERT_TRUE(waitIdle());
        ASSERT_EQ(errors.count(), 1);
        const QVector<MessageRecord> rows = stored();
        ASSERT_EQ(rows.size(), 1);
        ASSERT_EQ(rows.first().status, Status::Error);
        ASSERT_EQ(rows.first().content,
                  QStringLiteral("Welcome! Have you heard of the Flannan Isles?"));
        ASSERT_TRUE(chat->canResumeReply());
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1'000'000;
    Clock clock = [this] { return now; };
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    SessionRecord session;
    Script script = testdata::numberedScript(3);
    FakeLlmServer server;
    QNetworkAccessManager network;
    std::unique_ptr<OpenAiClient> client;
    std::unique_ptr<ChatSession> chat;
};

TEST_F(ModelNarratorChatTest, CompleteTurnsAreStoredWithTheirUsage)
{
    server.enqueue(kChat, FakeResponse::openAiStream(kHook, 42, 7));
    QSignalSpy finished(chat.get(), &ChatSession::replyFinished);
    chat->begin();
    ASSERT_TRUE(finished.wait(10000));
    QVector<MessageRecord> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).role, Role::Assistant);
    EXPECT_EQ(rows.at(0).status, Status::Complete);
    EXPECT_EQ(rows.at(0).chapter, 0);
    EXPECT_EQ(rows.at(0).content, kHook.join(QString()));
    EXPECT_EQ(rows.at(0).promptTokens, 42);
    EXPECT_EQ(rows.at(0).completionTokens, 7);
    EXPECT_EQ(chat->model()->at(0).content, kHook.join(QString()));

    server.enqueue(kChat,
                   FakeResponse::openAiStream({QStringLiteral("Chapter one, told.")}, 80, 4));
    ASSERT_TRUE(chat->send(QStringLiteral("Yes, tell me!")));
    ASSERT_TRUE(waitIdle());
    rows = stored();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).role, Role::User);
    EXPECT_EQ(rows.at(2).status, Status::Complete);
    EXPECT_EQ(rows.at(2).chapter, 1);
    EXPECT_EQ(rows.at(2).content, QStringLiteral("Chapter one, told."));
    EXPECT_EQ(rows.at(2).promptTokens, 80);
    EXPECT_EQ(rows.at(2).completionTokens, 4);
    EXPECT_EQ(chat->sessionUsage().promptTokens, 122);
    EXPECT_EQ(chat->sessionUsage().completionTokens, 11);

    // The second request carried chapter 1 and the conversation so far.
    const QJsonArray sent = server.lastRequest().json().value(QStringLiteral("messages")).toArray();
    const QString system = sent.first().toObject().value(QStringLiteral("content")).toString();
    EXPECT_TRUE(system.contains(script.tellableChapters().at(0).content.trimmed()));
    EXPECT_FALSE(system.contains(script.tellableChapters().at(1).content.trimmed()));
    EXPECT_EQ(sent.last().toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Yes, tell me!"));
    EXPECT_EQ(sent.at(sent.size() - 2).toObject().value(QStringLiteral("content")).toString(),
              kHook.join(QString()));
}

// Issue 17 against the fake server: a question sent mid-story reaches the model as a
// question turn (the passages found for it and the rules to answer only from them, not the
// chapters), and the story stays where it was; the next answer moves it on.
TEST_F(ModelNarratorChatTest, AQuestionIsSentWithItsPassagesAndLeavesThePlace)
{
    const ListenerWords words;
    chat->setListenerWords(words);
    server.enqueue(kChat, FakeResponse::openAiStream(kHook, 42, 7));
    chat->begin();
    ASSERT_TRUE(waitIdle());
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 80, 4));
    ASSERT_TRUE(chat->send(QStringLiteral("Yes, tell me!")));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(chat->chapter(), 1);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("The story says…")}, 90, 5));
    ASSERT_TRUE(chat->send(QStringLiteral("What happened at step 3?")));
    ASSERT_TRUE(waitIdle());
    const QJsonArray sent = server.lastRequest().json().value(QStringLiteral("messages")).toArray();
    const QString system = sent.first().toObject().value(QStringLiteral("content")).toString();
    EXPECT_TRUE(system.contains(QStringLiteral("[not yet told] Chapter 3")))
        << system.toStdString();
    EXPECT_TRUE(system.contains(QStringLiteral("Never reveal what they say")));
    EXPECT_FALSE(system.contains(script.tellableChapters().at(1).content.trimmed()));
    EXPECT_EQ(chat->chapter(), 1);
    EXPECT_EQ(stored().last().chapter, 1);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter two.")}, 80, 4));
    ASSERT_TRUE(chat->send(QStringLiteral("I think they left in a hurry")));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(chat->chapter(), 2);
}

// A message the rules are unsure of ("storm?") is judged by the model in one short request
// (a few tokens back), then answered as what the model says it is; a judge that says
// nothing usable leaves the rules' guess (an answer).
TEST_F(ModelNarratorChatTest, AnUnsureTurnIsJudgedInOneShortRequest)
{
    const ListenerWords words;
    chat->setListenerWords(words);
    chat->setTurnJudge(std::make_unique<TurnJudge>(*client));
    server.enqueue(kChat, FakeResponse::openAiStream(kHook, 42, 7));
    chat->begin();
    ASSERT_TRUE(waitIdle());
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 80, 4));
    ASSERT_TRUE(chat->send(QStringLiteral("Yes, tell me!"))); // sure: no judge
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(server.requests(kChat).size(), 2);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("question")}, 60, 1));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("The story says…")}, 90, 5));
    ASSERT_TRUE(chat->send(QStringLiteral("step 3?")));
    ASSERT_TRUE(waitIdle());
    const auto requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 4);
    const QJsonObject judged = requests.at(2).json();
    EXPECT_EQ(judged.value(QStringLiteral("max_tokens")).toInt(), TurnJudge::kMaxTokens);
    const QString ask = judged.value(QStringLiteral("messages"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("content"))
                            .toString();
    EXPECT_TRUE(ask.contains(QStringLiteral("\"step 3?\"")));
    const QString system = requests.at(3)
                               .json()
                               .value(QStringLiteral("messages"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("content"))
                               .toString();
    EXPECT_TRUE(system.contains(QStringLiteral("Passages:"))) << "answered as a question";
    EXPECT_EQ(chat->chapter(), 1);

    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Hmm.")}, 60, 1));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter two.")}, 80, 4));
    ASSERT_TRUE(chat->send(QStringLiteral("pirates?")));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(server.requests(kChat).size(), 6);
    EXPECT_EQ(chat->chapter(), 2); // the rules' guess: an answer
}

TEST_F(ModelNarratorChatTest, CutStreamIsStoredAsAnErrorWithItsText)
{
    beginWithACutHook();
    const LlmError error = chat->lastError();
    EXPECT_TRUE(error.kind == LlmError::Kind::MalformedStream ||
                error.kind == LlmError::Kind::Network)
        << LlmError::kindName(error.kind).toStdString();
    EXPECT_EQ(server.requests(kChat).size(), 1);
    EXPECT_EQ(chat->model()->at(0).status, Status::Error);
}

TEST_F(ModelNarratorChatTest, ContinueAppendsToTheSameRow)
{
    beginWithACutHook();
    const qint64 id = stored().first().id;
    server.enqueue(kChat,
                   FakeResponse::openAiStream(
                       {QStringLiteral(" Three keepers"), QStringLiteral(" vanished.")}, 50, 3));
    ASSERT_TRUE(chat->continueReply());
    ASSERT_TRUE(waitIdle());
    const QVector<MessageRecord> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, id);
    EXPECT_EQ(rows.first().status, Status::Complete);
    EXPECT_EQ(rows.first().content, kHook.join(QString()));
    EXPECT_EQ(chat->model()->rowCount(), 1);
    EXPECT_EQ(chat->model()->at(0).content, kHook.join(QString()));
    EXPECT_FALSE(chat->canResumeReply());

    // The model was shown what it had said and asked to go on.
    const QJsonArray sent = server.lastRequest().json().value(QStringLiteral("messages")).toArray();
    ASSERT_GE(sent.size(), 3);
    EXPECT_EQ(sent.at(sent.size() - 2).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("assistant"));
    EXPECT_EQ(sent.at(sent.size() - 2).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Welcome! Have you heard of the Flannan Isles?"));
    EXPECT_EQ(sent.last().toObject().value(QStringLiteral("content")).toString(),
              PromptTemplate(QStringLiteral("continue")).text());
}

TEST_F(ModelNarratorChatTest, RetryReplacesTheText)
{
    beginWithACutHook();
    const qint64 id = stored().first().id;
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("A fresh telling.")}, 30, 3));
    ASSERT_TRUE(chat->retryReply());
    ASSERT_TRUE(waitIdle());
    const QVector<MessageRecord> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, id);
    EXPECT_EQ(rows.first().status, Status::Complete);
    EXPECT_EQ(rows.first().content, QStringLiteral("A fresh telling."));
    EXPECT_EQ(chat->model()->at(0).content, QStringLiteral("A fresh telling."));
    // A retry is the opening again, not a continuation.
    const QJsonArray sent = server.lastRequest().json().value(QStringLiteral("messages")).toArray();
    EXPECT_EQ(sent.size(), 2);
}

TEST_F(ModelNarratorChatTest, StopMidStreamKeepsTheTextAsInterrupted)
{
    server.enqueue(kChat, FakeResponse::longOpenAiStream(60).slow(40));
    chat->begin();
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return chat->model()->rowCount() == 1 &&
                   chat->model()->at(0).content.count(QStringLiteral("word")) >= 2;
        },
        10000));
    chat->stop();
    EXPECT_FALSE(chat->isBusy());
    const QString kept = chat->model()->at(0).content;
    QTest::qWait(200); // nothing more arrives
    const QVector<MessageRecord> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().status, Status::Interrupted);
    EXPECT_EQ(rows.first().content, kept);
    EXPECT_TRUE(kept.startsWith(QStringLiteral("word word")));
    EXPECT_LT(kept.size(), 4 + 59 * 5);
    EXPECT_EQ(chat->model()->at(0).status, Status::Interrupted);
    EXPECT_EQ(chat->model()->at(0).content, kept);
    EXPECT_TRUE(chat->canResumeReply());
    EXPECT_EQ(chat->lastError().kind, LlmError::Kind::None);
}

TEST_F(ModelNarratorChatTest, RefusedRequestShowsTheErrorAndKeepsTheChapter)
{
    server.enqueue(kChat, FakeResponse::invalidApiKey());
    QSignalSpy errors(chat.get(), &ChatSession::errorOccurred);
    chat->begin();
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.first().first().toString(), chat->lastError().message());
    EXPECT_EQ(chat->lastError().kind, LlmError::Kind::Auth);
    const QVector<MessageRecord> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().status, Status::Error);
    EXPECT_TRUE(rows.first().content.isEmpty());
    EXPECT_EQ(rows.first().chapter, 0);

    ASSERT_TRUE(chat->retryReply());
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().first().status, Status::Complete);
    EXPECT_EQ(stored().first().content, QStringLiteral("Hello there."));
}

} // namespace
} // namespace st
