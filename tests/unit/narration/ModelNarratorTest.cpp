// ModelNarrator's requests: what each turn sends the model (persona, language, outline,
// exactly one chapter) and what it leaves out. ChatSession over a ModelNarrator is in
// ModelNarratorChatTest.cpp.
#include "core/narration/ModelNarrator.h"

#include "core/llm/OpenAiClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/text/RequestWords.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

const QStringList kContents{
    QStringLiteral("The relief ship Hesperus reached the island on a grey December morning."),
    QStringLiteral("No flag flew over the lighthouse and nobody came down to the landing."),
    QStringLiteral("Inside, the clock had stopped and a meal stood untouched on the table."),
    QStringLiteral("The log spoke of a storm that nobody on the mainland had seen."),
    QStringLiteral("The three keepers were never found, and the light burned on without them."),
};

/// Every message's content, joined.
QString allText(const ChatRequest& request)
{
    QStringList parts;
    for (const ChatRequest::Message& m : request.messages)
        parts.append(m.content);
    return parts.join(u'\n');
}

QString systemText(const ChatRequest& request)
{
    return request.messages.isEmpty() ? QString() : request.messages.first().content;
}

class ModelNarratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        config = fakemodel::config(server);
        client = fakemodel::client(config, network);
    }

    ModelNarrator narrator(const QString& language = QStringLiteral("en"))
    {
        return ModelNarrator(script, language, *client);
    }

    /// The messages of the last chat request the fake server received.
    QJsonArray sentMessages() const
    {
        return server.lastRequest().json().value(QStringLiteral("messages")).toArray();
    }

    Script script =
        testdata::script(QStringLiteral("The Flannan Isles"), QStringLiteral("en"), kContents);
    FakeLlmServer server;
    QNetworkAccessManager network;
    ProviderConfig config;
    std::unique_ptr<OpenAiClient> client;
};

TEST_F(ModelNarratorTest, OpeningHasThePersonaLanguageAndOutlineButNoChapter)
{
    const ModelNarrator n = narrator(QStringLiteral("ko"));
    EXPECT_EQ(n.chapterCount(), 5);
    const ChatRequest r = n.request(0, QString());
    ASSERT_EQ(r.messages.size(), 2);
    EXPECT_EQ(r.messages.at(0).role, QStringLiteral("system"));
    const QString system = systemText(r);
    EXPECT_TRUE(system.contains(QStringLiteral("You are the narrator of Storyteller")));
    EXPECT_TRUE(system.contains(QStringLiteral("Write only in Korean (한국어)")));
    EXPECT_TRUE(system.contains(QStringLiteral("\"The Flannan Isles\" (5 chapters)")));
    for (int i = 1; i <= 5; ++i)
        EXPECT_TRUE(system.contains(QStringLiteral("%1. Heading %1").arg(i))) << i;
    EXPECT_FALSE(system.contains(QStringLiteral("← now")));
    EXPECT_TRUE(system.contains(PromptTemplate(QStringLiteral("turn_opening")).text()));
    EXPECT_FALSE(system.contains(QStringLiteral("{{")));
    for (const QString& content : kContents)
        EXPECT_FALSE(allText(r).contains(content)) << content.toStdString();
    EXPECT_EQ(r.messages.at(1).role, QStringLiteral("user"));
    EXPECT_EQ(r.messages.at(1).content, PromptTemplate(QStringLiteral("listener_ready")).text());
}

TEST_F(ModelNarratorTest, WritesInTheStoryLanguage)
{
    EXPECT_TRUE(systemText(narrator(QStringLiteral("ja")).request(2, QStringLiteral("x")))
                    .contains(QStringLiteral("Write only in Japanese (日本語)")));
}

TEST_F(ModelNarratorTest, EachChapterRequestHoldsOnlyThatChapter)
{
    const ModelNarrator n = narrator();
    for (int k = 1; k <= 5; ++k) {
        SCOPED_TRACE(k);
        const ChatRequest r = n.request(k, QStringLiteral("I think it was a wave"));
        const QString all = allText(r);
        for (int other = 1; other <= 5; ++other)
            EXPECT_EQ(all.contains(kContents.at(other - 1)), other == k) << other;
        const QString system = systemText(r);
        EXPECT_TRUE(system.contains(QStringLiteral("%1. Heading %1  ← now").arg(k)));
        EXPECT_TRUE(system.contains(QStringLiteral("“Heading %1”").arg(k)));
        if (k < 5)
            EXPECT_TRUE(system.contains(QStringLiteral("Now tell chapter %1 of 5").arg(k)));
        else
            EXPECT_TRUE(system.contains(QStringLiteral("Now tell the last chapter, 5 of 5")));
        EXPECT_EQ(r.messages.last().role, QStringLiteral("user"));
        EXPECT_EQ(r.messages.last().content, QStringLiteral("I think it was a wave"));
    }
}

TEST_F(ModelNarratorTest, AfterTheEndTheRequestTellsNothingNew)
{
    const ModelNarrator n = narrator(QStringLiteral("es"));
    const ChatRequest r = n.request(6, QStringLiteral("¡Gracias!"));
    const QString system = systemText(r);
    EXPECT_TRUE(system.contains(QStringLiteral("The story is over.")));
    EXPECT_TRUE(system.contains(u'"' + RequestWords::exitWord(QStringLiteral("es")) + u'"'));
    for (const QString& content : kContents)
        EXPECT_FALSE(allText(r).contains(content)) << content.toStdString();
    EXPECT_FALSE(system.contains(QStringLiteral("← now")));
}

TEST_F(ModelNarratorTest, TurnsMoveThroughTheChaptersAndPastTheEnd)
{
    ModelNarrator n = narrator();
    Narrator::Turn opening = n.opening();
    EXPECT_EQ(opening.chapter, 0);
    EXPECT_FALSE(opening.last);
    EXPECT_NE(opening.stream, nullptr);
    EXPECT_FALSE(opening.stream->isRunning()); // not started: nothing was sent
    for (int k = 1; k <= 5; ++k) {
        const Narrator::Turn t = n.reply(QStringLiteral("go on"));
        EXPECT_EQ(t.chapter, k);
        EXPECT_EQ(t.last, k == 5);
        EXPECT_EQ(n.position(), k);
    }
    EXPECT_TRUE(n.isFinished());
    const Narrator::Turn after = n.reply(QStringLiteral("thanks"));
    EXPECT_EQ(after.chapter, 5);
    EXPECT_TRUE(after.last);
    EXPECT_EQ(n.position(), 5);
    EXPECT_TRUE(server.requests().isEmpty());

    ModelNarrator resumed = narrator();
    resumed.restore(3, QString());
    EXPECT_EQ(resumed.position(), 3);
    EXPECT_EQ(resumed.reply(QStringLiteral("and then?")).chapter, 4);
    resumed.restore(99, QString());
    EXPECT_EQ(resumed.position(), 5);
}

TEST_F(ModelNarratorTest, HistoryIsCutToTheLastFewMessages)
{
    ModelNarrator n = narrator();
    constexpr int total = 10;
    constexpr int keep = ModelNarrator::kRecentMessages;
    static_assert(keep > 1 && keep < total);
    QVector<ChatRequest::Message> history;
    for (int i = 0; i < total; ++i)
        history.append({i % 2 ? QStringLiteral("user") : QStringLiteral("assistant"),
                        QStringLiteral("message number %1.").arg(i)});
    history[total - 1].content = QString(3000, u'x');
    n.setHistory(history);
    const ChatRequest r = n.request(3, QStringLiteral("answer"));
    ASSERT_EQ(r.messages.size(), 1 + keep + 1);
    for (int i = 0; i < keep; ++i) {
        const ChatRequest::Message& sent = r.messages.at(1 + i);
        const ChatRequest::Message& original = history.at(total - keep + i);
        EXPECT_EQ(sent.role, original.role) << i;
        EXPECT_EQ(sent.content, original.content.left(ModelNarrator::kMaxRecentChars)) << i;
    }
    EXPECT_EQ(r.messages.at(keep).content.size(), ModelNarrator::kMaxRecentChars);
    EXPECT_FALSE(allText(r).contains(QStringLiteral("message number %1.").arg(total - keep - 1)));
    EXPECT_EQ(r.messages.last().content, QStringLiteral("answer"));

    n.setHistory({});
    EXPECT_EQ(n.request(3, QStringLiteral("answer")).messages.size(), 2);
}

TEST_F(ModelNarratorTest, ContinueSendsThePartialAndTheContinueInstruction)
{
    ModelNarrator n = narrator();
    n.restore(2, QString());
    n.setHistory({{QStringLiteral("user"), QStringLiteral("Tell me more")}});
    Narrator::Turn t =
        n.continueTurn(2, QStringLiteral("a storm?"), QStringLiteral("Nobody came down to the"));
    EXPECT_EQ(t.chapter, 2);
    QSignalSpy finished(t.stream.get(), &ReplyStream::finished);
    t.stream->start();
    ASSERT_TRUE(finished.wait(10000));

    const QJsonArray messages = sentMessages();
    ASSERT_EQ(messages.size(), 5);
    const auto at = [&messages](int i, const char* key) {
        return messages.at(i).toObject().value(QLatin1String(key)).toString();
    };
    EXPECT_EQ(at(0, "role"), QStringLiteral("system"));
    EXPECT_TRUE(at(0, "content").contains(kContents.at(1)));
    EXPECT_FALSE(at(0, "content").contains(kContents.at(2)));
    EXPECT_EQ(at(1, "content"), QStringLiteral("Tell me more"));
    EXPECT_EQ(at(2, "role"), QStringLiteral("user"));
    EXPECT_EQ(at(2, "content"), QStringLiteral("a storm?"));
    EXPECT_EQ(at(3, "role"), QStringLiteral("assistant"));
    EXPECT_EQ(at(3, "content"), QStringLiteral("Nobody came down to the"));
    EXPECT_EQ(at(4, "role"), QStringLiteral("user"));
    EXPECT_EQ(at(4, "content"), PromptTemplate(QStringLiteral("continue")).text());
    EXPECT_EQ(n.position(), 2); // continuing does not move on
}

TEST_F(ModelNarratorTest, RetellAsksForTheSameChapterAgain)
{
    ModelNarrator n = narrator();
    n.restore(4, QString());
    Narrator::Turn t = n.retell(3, QStringLiteral("once more"));
    EXPECT_EQ(t.chapter, 3);
    EXPECT_FALSE(t.last);
    QSignalSpy finished(t.stream.get(), &ReplyStream::finished);
    t.stream->start();
    ASSERT_TRUE(finished.wait(10000));
    const QString system =
        sentMessages().at(0).toObject().value(QStringLiteral("content")).toString();
    EXPECT_TRUE(system.contains(kContents.at(2)));
    EXPECT_FALSE(system.contains(kContents.at(3)));
    EXPECT_EQ(n.position(), 4);
}

} // namespace
} // namespace st

namespace st {
namespace {

// Issue 17: a question turn carries the passages retrieved for the question, marked told
// or not yet told, and the rules to answer only from them — not the whole script, not a
// chapter to tell — and leaves the place where it was.
TEST_F(ModelNarratorTest, AQuestionTurnCarriesTheRetrievedPassagesAndTheRulesNotTheScript)
{
    ModelNarrator n = narrator();
    n.restore(2, QString());
    const StoryIndex index(script, {QStringLiteral("what"), QStringLiteral("the"),
                                    QStringLiteral("was"), QStringLiteral("on")});
    const ChatRequest r = n.questionRequest(QStringLiteral("What was on the table?"), index);
    const QString system = systemText(r);
    EXPECT_TRUE(system.contains(QStringLiteral("[not yet told] ") + kContents.at(2)))
        << system.toStdString();
    EXPECT_TRUE(system.contains(QStringLiteral("Never reveal what they say")));
    EXPECT_TRUE(system.contains(QStringLiteral("you don't know")));
    EXPECT_TRUE(system.contains(QStringLiteral("Stay at chapter 2 of 5")));
    // Not the script: no chapter in full besides the passages, not the unrelated ones.
    for (int i : {0, 1, 3, 4})
        EXPECT_FALSE(allText(r).contains(kContents.at(i))) << i;
    EXPECT_EQ(r.messages.last().content, QStringLiteral("What was on the table?"));

    n.restore(3, QString());
    const QString told =
        systemText(n.questionRequest(QStringLiteral("What was on the table?"), index));
    EXPECT_TRUE(told.contains(QStringLiteral("[told] ") + kContents.at(2)));
    EXPECT_TRUE(systemText(n.questionRequest(QStringLiteral("Who painted it?"), index))
                    .contains(QStringLiteral("Passages:\n(none)")));
}

TEST_F(ModelNarratorTest, AQuestionRepeatOrLengthTurnLeavesThePlace)
{
    ModelNarrator n = narrator();
    n.restore(3, QString());
    const StoryIndex index(script, {});
    auto turn = n.answerQuestion(QStringLiteral("Who was there?"), index);
    EXPECT_EQ(turn.chapter, 3);
    EXPECT_EQ(n.position(), 3);

    turn = n.tellAgain(2, true, QStringLiteral("go back to chapter 2"));
    EXPECT_EQ(turn.chapter, 2);
    EXPECT_EQ(n.position(), 3);
    const ChatRequest again = n.request(2, QString()); // the chapter text is what is told again
    EXPECT_TRUE(allText(again).contains(kContents.at(1)));

    turn = n.changeLength(-1, QStringLiteral("shorter please"));
    EXPECT_EQ(n.position(), 3);
    // From now on every chapter's request says so.
    EXPECT_TRUE(systemText(n.request(4, QStringLiteral("ok")))
                    .contains(PromptTemplate(QStringLiteral("length_shorter")).text().trimmed()));
    n.setLength(0);
    EXPECT_FALSE(
        systemText(n.request(4, QStringLiteral("ok"))).contains(QStringLiteral("short chapters")));

    turn = n.skipToEnd(QStringLiteral("skip to the end"));
    EXPECT_EQ(turn.chapter, 5);
    EXPECT_TRUE(turn.last);
    EXPECT_EQ(n.position(), 5);
}

TEST_F(ModelNarratorTest, AudiobookModeAsksForARhetoricalCloseAndNoReaction)
{
    ModelNarrator n = narrator();
    const QString rule = PromptTemplate(QStringLiteral("audiobook")).text();
    const QString listening = PromptTemplate(QStringLiteral("listener_listening")).text();
    const QString rhetorical = PromptTemplate(QStringLiteral("turn_chapter_listen")).text();
    ASSERT_FALSE(rule.isEmpty());
    ASSERT_FALSE(listening.isEmpty());
    ASSERT_TRUE(rhetorical.contains(QStringLiteral("rhetorical")));

    // A conversation: the chapter ends with a question that waits; no audiobook rule.
    ChatRequest conversation = n.request(2, QString());
    EXPECT_FALSE(systemText(conversation).contains(rule));
    EXPECT_TRUE(systemText(conversation).contains(QStringLiteral("wait for their answer")));
    EXPECT_EQ(conversation.messages.last().content,
              PromptTemplate(QStringLiteral("listener_ready")).text());

    n.setAudiobook(true);
    const ChatRequest listened = n.request(2, QString());
    const QString system = systemText(listened);
    EXPECT_TRUE(system.contains(rule));
    EXPECT_TRUE(system.contains(QStringLiteral("rhetorical question")));
    EXPECT_FALSE(system.contains(QStringLiteral("wait for their answer")));
    EXPECT_TRUE(system.contains(kContents.at(1))); // still exactly that chapter
    EXPECT_FALSE(system.contains(kContents.at(2)));
    EXPECT_EQ(listened.messages.last().content, listening);
    // The last chapter keeps its wrap-up; the rule still says no one answers.
    EXPECT_TRUE(systemText(n.request(5, QString())).contains(rule));
    // A listener's own words are sent as they are.
    EXPECT_EQ(n.request(3, QStringLiteral("wow")).messages.last().content, QStringLiteral("wow"));

    n.setAudiobook(false);
    EXPECT_EQ(systemText(n.request(2, QString())), systemText(conversation));
}

} // namespace
} // namespace st
