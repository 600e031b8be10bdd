// ConversationSummarizer's request and signals against FakeLlmServer, and the rolling
// summary end to end: ChatSession + ModelNarrator + summarizer over several turns, where
// the session row gets the summary and later narration requests carry it instead of the
// old turns.
#include "core/narration/ConversationSummarizer.h"

#include "core/llm/OpenAiClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/narration/ChatSession.h"
#include "core/narration/ModelNarrator.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModelTest.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
const QString kChat = QStringLiteral("/v1/chat/completions");

MessageRecord message(int seq, Role role, const QString& content)
{
    MessageRecord m;
    m.seq = seq;
    m.role = role;
    m.content = content;
    return m;
}

/// Every message content of a chat request the fake server received.
QString sentText(const FakeRequest& request)
{
    QStringList parts;
    for (const QJsonValue& m : request.json().value(QStringLiteral("messages")).toArray())
        parts.append(m.toObject().value(QStringLiteral("content")).toString());
    return parts.join(u'\n');
}

class ConversationSummarizerTest : public FakeModelTest
{
protected:
    const QVector<MessageRecord> turns{
        message(7, Role::Assistant, QStringLiteral("The Dei Gratia found the ship\n\ndrifting.")),
        message(8, Role::User, QStringLiteral("  Maybe a storm scared them off?  ")),
    };
};

TEST_F(ConversationSummarizerTest, RequestHoldsThePromptTheOldSummaryAndTheNewTurns)
{
    ConversationSummarizer s(*client, QStringLiteral("ko"));
    const ChatRequest r =
        s.request(QStringLiteral("Chapters 1–2 told; the listener is curious."), turns);
    ASSERT_EQ(r.messages.size(), 1);
    EXPECT_EQ(r.messages.first().role, QStringLiteral("user"));
    const QString prompt = r.messages.first().content;
    EXPECT_TRUE(prompt.startsWith(
        QStringLiteral("You keep the running memory of a storytelling conversation.")));
    EXPECT_TRUE(prompt.contains(QStringLiteral("in Korean (한국어), of at most %1 words")
                                    .arg(ConversationSummarizer::kMaxWords)));
    EXPECT_TRUE(prompt.contains(QStringLiteral(
        "Summary so far:\nChapters 1–2 told; the listener is curious.\n\nNew turns:\n"
        "Narrator: The Dei Gratia found the ship drifting.\n"
        "Listener: Maybe a storm scared them off?")))
        << prompt.toStdString();
    EXPECT_FALSE(prompt.contains(QStringLiteral("{{")));
    EXPECT_DOUBLE_EQ(r.temperature, 0.2);
    EXPECT_EQ(r.maxTokens, ConversationSummarizer::kMaxWords * 3);

    EXPECT_TRUE(s.request(QString(), turns)
                    .messages.first()
                    .content.contains(QStringLiteral("Summary so far:\n(none yet)\n")));
}

TEST_F(ConversationSummarizerTest, SummarizedCarriesTheTextAndTheLastSeq)
{
    server.enqueue(
        kChat, FakeResponse::openAiStream(
                   {QStringLiteral("  The ship was found "), QStringLiteral("adrift.\n")}, 120, 8));
    ConversationSummarizer s(*client, QStringLiteral("en"));
    QSignalSpy summarized(&s, &ConversationSummarizer::summarized);
    s.summarize(QStringLiteral("Old summary."), turns);
    EXPECT_TRUE(s.isBusy());
    s.summarize(QStringLiteral("Old summary."), turns); // busy: ignored
    ASSERT_TRUE(summarized.wait(10000));
    EXPECT_FALSE(s.isBusy());
    EXPECT_EQ(summarized.first().at(0).toString(), QStringLiteral("The ship was found adrift."));
    EXPECT_EQ(summarized.first().at(1).toInt(), 8);
    QTest::qWait(50);
    ASSERT_EQ(server.requests(kChat).size(), 1);
    const QString sent = sentText(server.lastRequest());
    EXPECT_TRUE(sent.contains(QStringLiteral("Old summary.")));
    EXPECT_TRUE(sent.contains(QStringLiteral("Listener: Maybe a storm scared them off?")));
}

TEST_F(ConversationSummarizerTest, NothingToFoldSendsNothing)
{
    ConversationSummarizer s(*client, QStringLiteral("en"));
    s.summarize(QStringLiteral("Old summary."), {});
    EXPECT_FALSE(s.isBusy());
    QTest::qWait(50);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(ConversationSummarizerTest, AFailureIsReportedAndTheNextCallWorks)
{
    server.enqueue(kChat, FakeResponse::invalidApiKey());
    ConversationSummarizer s(*client, QStringLiteral("en"));
    QSignalSpy failed(&s, &ConversationSummarizer::failed);
    QSignalSpy summarized(&s, &ConversationSummarizer::summarized);
    s.summarize(QString(), turns);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_TRUE(summarized.isEmpty());
    EXPECT_FALSE(s.isBusy());

    s.summarize(QString(), turns); // the built-in reply: "Hello there."
    ASSERT_TRUE(summarized.wait(10000));
    EXPECT_EQ(summarized.first().first().toString(), QStringLiteral("Hello there."));
}

// ---- The rolling summary through a whole ChatSession

class RollingSummaryTest : public ConversationSummarizerTest
{
protected:
    void SetUp() override
    {
        ConversationSummarizerTest::SetUp();
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection());
        messages = std::make_unique<MessageStore>(db.connection());
        const auto created = sessions->create(QStringLiteral("Evening"), QStringLiteral("en"));
        ASSERT_TRUE(created);
        session = *created;
        chat = std::make_unique<ChatSession>(
            session, script, std::make_unique<ModelNarrator>(script, QStringLiteral("en"), *client),
            ChatSession::Deps{*messages, *sessions});
        auto owned = std::make_unique<ConversationSummarizer>(*client, QStringLiteral("en"));
        summarizer = owned.get();
        chat->setSummarizer(std::move(owned));
        // A summary request starts inside the reply's end, before replyFinished: its answer
        // is queued then, before the server can see the request.
        QObject::connect(chat.get(), &ChatSession::replyFinished, [this] {
            if (summarizer->isBusy()) {
                ++summaries;
                server.enqueue(
                    kChat,
                    FakeResponse::openAiStream(
                        {QStringLiteral("SUMMARY-%1: chapters so far.").arg(summaries)}, 200, 20));
            }
        });
    }

    /// Waits for the reply and any summary it started.
    bool settle()
    {
        return QTest::qWaitFor([this] { return !chat->isBusy() && !summarizer->isBusy(); }, 10000);
    }

    /// Queues the narration of the next turn and sends \a answer.
    bool turn(const QString& answer, const QString& narration)
    {
        server.enqueue(kChat, FakeResponse::openAiStream({narration}, 500, 50));
        return chat->send(answer) && settle();
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    SessionRecord session;
    Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    std::unique_ptr<ChatSession> chat;
    ConversationSummarizer* summarizer = nullptr;
    int summaries = 0;
};

TEST_F(RollingSummaryTest, OldTurnsLiveOnOnlyInTheSummary)
{
    const QString hook = QStringLiteral("FIRST-HOOK: what made ten people leave a sound ship?");
    const QString firstAnswer = QStringLiteral("FIRST-ANSWER: no idea, tell me");
    server.enqueue(kChat, FakeResponse::openAiStream({hook}, 300, 20));
    chat->begin();
    ASSERT_TRUE(settle());
    ASSERT_TRUE(turn(firstAnswer, QStringLiteral("NARRATION-1 the Dei Gratia sights a sail.")));
    for (int k = 2; k <= 7; ++k)
        ASSERT_TRUE(turn(QStringLiteral("answer %1: go on").arg(k),
                         QStringLiteral("NARRATION-%1 and so the story went on.").arg(k)));
    ASSERT_GE(summaries, 3);

    // The session row keeps the newest summary and the last message it covers.
    const auto stored = sessions->get(session.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->summary, QStringLiteral("SUMMARY-%1: chapters so far.").arg(summaries));
    const QVector<MessageRecord> rows = messages->list(session.id);
    ASSERT_EQ(rows.size(), 1 + 2 * 7);
    // Everything but the last ChatSession::kKeepRecent messages is summarized.
    EXPECT_EQ(stored->summaryUptoSeq, rows.at(rows.size() - ChatSession::kKeepRecent - 1).seq);
    EXPECT_EQ(chat->session().summary, stored->summary);

    // Sort what the server got: narration requests have a system prompt.
    QVector<FakeRequest> narrations;
    QVector<FakeRequest> summaryRequests;
    for (const FakeRequest& r : server.requests(kChat)) {
        const QJsonArray m = r.json().value(QStringLiteral("messages")).toArray();
        (m.first().toObject().value(QStringLiteral("role")).toString() == QStringLiteral("system")
             ? narrations
             : summaryRequests)
            .append(r);
    }
    ASSERT_EQ(narrations.size(), 8);
    ASSERT_EQ(summaryRequests.size(), summaries);

    // Each summary request folds the previous summary and only turns it has not seen.
    for (int i = 0; i < summaryRequests.size(); ++i) {
        const QString text = sentText(summaryRequests.at(i));
        EXPECT_TRUE(text.contains(PromptTemplate(QStringLiteral("summarize")).text().left(60)));
        if (i == 0) {
            EXPECT_TRUE(text.contains(QStringLiteral("(none yet)")));
            EXPECT_TRUE(text.contains(QStringLiteral("Narrator: ") + hook));
            EXPECT_TRUE(text.contains(QStringLiteral("Listener: ") + firstAnswer));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("SUMMARY-%1:").arg(i))) << i;
            EXPECT_FALSE(text.contains(hook)) << i;
            EXPECT_FALSE(text.contains(firstAnswer)) << i;
        }
    }

    // Once the first turn is summarized, narration carries the summary, never that turn,
    // and never more than the last few messages.
    int withSummary = 0;
    for (int i = 0; i < narrations.size(); ++i) {
        const QString text = sentText(narrations.at(i));
        const QJsonArray m = narrations.at(i).json().value(QStringLiteral("messages")).toArray();
        EXPECT_LE(m.size(), 1 + ModelNarrator::kRecentMessages + 1) << i;
        if (!text.contains(QStringLiteral("What happened so far in this conversation: SUMMARY-")))
            continue;
        ++withSummary;
        EXPECT_FALSE(text.contains(hook)) << i;
        EXPECT_FALSE(text.contains(firstAnswer)) << i;
        EXPECT_FALSE(text.contains(QStringLiteral("NARRATION-1 "))) << i;
    }
    EXPECT_GE(withSummary, 3);
    EXPECT_TRUE(
        sentText(narrations.last()).contains(QStringLiteral("SUMMARY-%1:").arg(summaries - 1)));
}

TEST_F(RollingSummaryTest, AResumedSessionStartsFromItsSummary)
{
    ASSERT_TRUE(sessions->setSummary(session.id, QStringLiteral("SAVED-SUMMARY of the start."), 0));
    session = *sessions->get(session.id);
    ChatSession resumed(session, script,
                        std::make_unique<ModelNarrator>(script, QStringLiteral("en"), *client),
                        ChatSession::Deps{*messages, *sessions});
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Hello again.")}, 100, 5));
    resumed.begin();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !resumed.isBusy(); }, 10000));
    ASSERT_EQ(server.requests(kChat).size(), 1);
    EXPECT_TRUE(sentText(server.lastRequest())
                    .contains(QStringLiteral("What happened so far in this conversation: "
                                             "SAVED-SUMMARY of the start.")));
}

} // namespace
} // namespace st
