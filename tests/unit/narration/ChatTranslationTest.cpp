// A listener's answer in another language is translated by the model before it reaches
// the narrator; the original and the translation are both kept.
#include "core/llm/OpenAiClient.h"
#include "core/narration/ChatSession.h"
#include "core/narration/InputTranslator.h"
#include "core/narration/ModelNarrator.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/text/LanguageDetector.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

TEST(LanguageDetectorTest, TellsTheFourLanguagesApart)
{
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("선원들이 무서워서 도망간 것 같아요")),
              QStringLiteral("ko"));
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("船員たちは逃げたと思います")),
              QStringLiteral("ja"));
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("Creo que la tripulación tenía miedo")),
              QStringLiteral("es"));
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("I think the crew was afraid")),
              QStringLiteral("en"));
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("42")), QString());
    EXPECT_EQ(LanguageDetector::detect(QStringLiteral("ok")), QString());
}

class ChatTranslationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(server.listen());
        sessions = std::make_unique<SessionStore>(db.connection());
        messages = std::make_unique<MessageStore>(db.connection());
        session = *sessions->create(QStringLiteral("Evening"), QStringLiteral("en"));
        ProviderConfig config = fakemodel::config(server);
        client = fakemodel::client(config, network);
        chat = std::make_unique<ChatSession>(
            session, script, std::make_unique<ModelNarrator>(script, QStringLiteral("en"), *client),
            ChatSession::Deps{*messages, *sessions});
        chat->setTranslator(std::make_unique<InputTranslator>(*client));
        server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Ready?")}, 10, 2));
        chat->begin();
        ASSERT_TRUE(QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000));
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    SessionRecord session;
    Script script = testdata::numberedScript(3);
    FakeLlmServer server;
    QNetworkAccessManager network;
    std::unique_ptr<OpenAiClient> client;
    std::unique_ptr<ChatSession> chat;
};

TEST_F(ChatTranslationTest, AnotherLanguageIsTranslatedAndBothAreKept)
{
    server.enqueue(
        kChat, FakeResponse::openAiStream({QStringLiteral("I think they were afraid.")}, 20, 6));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 30, 3));
    const QString korean = QStringLiteral("그들이 무서워했던 것 같아요");
    ASSERT_TRUE(chat->send(korean));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000));

    const auto requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 3); // the opening, the translation, the chapter
    EXPECT_TRUE(requests.at(1).body.contains(korean.toUtf8()));
    EXPECT_TRUE(requests.at(1).body.contains("English"));
    // The narrator got the translation, not the original.
    EXPECT_TRUE(requests.at(2).body.contains("I think they were afraid."));
    EXPECT_FALSE(requests.at(2).body.contains(korean.toUtf8()));

    const auto rows = messages->list(session.id);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).content, QStringLiteral("I think they were afraid."));
    EXPECT_EQ(rows.at(1).original, korean);
    EXPECT_EQ(rows.at(1).originalLanguage, QStringLiteral("ko"));
    EXPECT_EQ(chat->model()->at(1).original, korean);
    EXPECT_EQ(rows.at(2).content, QStringLiteral("Chapter one."));
}

TEST_F(ChatTranslationTest, TheStoryLanguageIsNotTranslated)
{
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 30, 3));
    ASSERT_TRUE(chat->send(QStringLiteral("I think the crew was afraid")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000));
    EXPECT_EQ(server.requests(kChat).size(), 2);
    EXPECT_TRUE(messages->list(session.id).at(1).original.isEmpty());
}

TEST_F(ChatTranslationTest, AFailedTranslationKeepsTheOriginalAndGoesOn)
{
    server.enqueue(kChat, FakeResponse::serverError(400));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 30, 3));
    const QString spanish = QStringLiteral("Creo que la tripulación tenía miedo");
    ASSERT_TRUE(chat->send(spanish));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000));
    const auto rows = messages->list(session.id);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).content, spanish);
    EXPECT_TRUE(rows.at(1).original.isEmpty());
    EXPECT_EQ(rows.at(2).content, QStringLiteral("Chapter one."));
}

// Stop (Esc, the Stop button, closing the chat) while the answer is being translated: no
// reply stream exists yet. The translation is abandoned, the message kept as written, and
// no narrator turn follows.
TEST_F(ChatTranslationTest, StopWhileTranslatingKeepsTheMessageAndAsksNothing)
{
    server.enqueue(
        kChat,
        FakeResponse::openAiStream({QStringLiteral("I think so.")}, 20, 6).delayHeaders(2000));
    const QString korean = QStringLiteral("그들이 무서워했던 것 같아요");
    ASSERT_TRUE(chat->send(korean));
    ASSERT_TRUE(chat->isBusy());
    // Stopped while the server holds the translation request (its answer delayed).
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requests(kChat).size() == 2; }, 5000));
    chat->stop();
    EXPECT_FALSE(chat->isBusy());
    QTest::qWait(100);
    EXPECT_FALSE(chat->isBusy());
    const auto rows = messages->list(session.id);
    ASSERT_EQ(rows.size(), 2); // the opening and the message, no reply
    EXPECT_EQ(rows.at(1).content, korean);
    EXPECT_EQ(server.requests(kChat).size(), 2);
    // A later message is taken as usual.
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Chapter one.")}, 30, 3));
    ASSERT_TRUE(chat->send(QStringLiteral("I think the crew was afraid")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000));
    EXPECT_EQ(messages->list(session.id).last().content, QStringLiteral("Chapter one."));
}

// Destroying the chat (the window closes) while translating does not crash either.
TEST_F(ChatTranslationTest, ClosingWhileTranslatingIsSafe)
{
    server.enqueue(
        kChat,
        FakeResponse::openAiStream({QStringLiteral("I think so.")}, 20, 6).delayHeaders(2000));
    ASSERT_TRUE(chat->send(QStringLiteral("그들이 무서워했던 것 같아요")));
    chat.reset();
    QTest::qWait(50);
    SUCCEED();
}

} // namespace
} // namespace st
