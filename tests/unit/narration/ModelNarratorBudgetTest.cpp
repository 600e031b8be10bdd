// What ModelNarrator sends for the bundled 14-chapter Mary Celeste: one chapter in full and
// no other, the right instructions at the start, the middle, the end and after it, the
// rolling summary, the last few messages, and the token budget (the oldest recent
// messages go first; the rules, the chapter and the listener's answer always stay).
#include "core/llm/OpenAiClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/llm/TokenEstimator.h"
#include "core/narration/ModelNarrator.h"
#include "core/text/RequestWords.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <QNetworkAccessManager>
#include <gtest/gtest.h>

namespace st {
namespace {

QString allText(const ChatRequest& request)
{
    QStringList parts;
    for (const ChatRequest::Message& m : request.messages)
        parts.append(m.content);
    return parts.join(u'\n');
}

class ModelNarratorBudgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(script.title, QStringLiteral("The Mary Celeste"));
        ASSERT_EQ(chapters.size(), 14);
        client = clientWith(8192, 1024);
    }

    std::unique_ptr<OpenAiClient> clientWith(int contextBudget, int maxTokens)
    {
        ProviderConfig config;
        config.presetId = QStringLiteral("custom");
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1")); // never called
        config.model = QStringLiteral("test-model");
        config.contextBudget = contextBudget;
        config.maxTokens = maxTokens;
        return std::make_unique<OpenAiClient>(config, network);
    }

    QString content(int chapter) const { return chapters.at(chapter - 1).content.trimmed(); }

    /// Chapter \a k is in \a request in full, and no other chapter's content is.
    void expectOnlyChapter(const ChatRequest& request, int k) const
    {
        const QString all = allText(request);
        for (int other = 1; other <= 14; ++other)
            EXPECT_EQ(all.contains(content(other)), other == k) << "chapter " << other;
    }

    /// \a n history messages of about \a words words each, alternating narrator and listener,
    /// each starting "[message i]".
    static QVector<ChatRequest::Message> history(int n, int words = 20)
    {
        QVector<ChatRequest::Message> h;
        for (int i = 0; i < n; ++i) {
            QString text = QStringLiteral("[message %1]").arg(i);
            for (int w = 0; w < words; ++w)
                text += QStringLiteral(" sailing%1").arg(w);
            h.append({i % 2 ? QStringLiteral("user") : QStringLiteral("assistant"), text});
        }
        return h;
    }

    Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    QVector<Script::Section> chapters = script.tellableChapters();
    QNetworkAccessManager network;
    std::unique_ptr<OpenAiClient> client;
};

TEST_F(ModelNarratorBudgetTest, ChapterOneHasItsInstructionsAndOnlyItsContent)
{
    ModelNarrator n(script, QStringLiteral("en"), *client);
    const ChatRequest r = n.request(1, QStringLiteral("No, never heard of it."));
    ASSERT_EQ(r.messages.size(), 2);
    const QString system = r.messages.first().content;
    EXPECT_EQ(r.messages.first().role, QStringLiteral("system"));
    EXPECT_TRUE(system.contains(
        QStringLiteral("Now tell chapter 1 of 14, “%1”").arg(chapters.first().heading)));
    EXPECT_TRUE(system.contains(QStringLiteral("1. %1  ← now").arg(chapters.first().heading)));
    EXPECT_TRUE(system.contains(QStringLiteral("End with one question to the listener")));
    EXPECT_FALSE(system.contains(QStringLiteral("The story is over.")));
    EXPECT_FALSE(system.contains(QStringLiteral("What happened so far")));
    EXPECT_FALSE(system.contains(QStringLiteral("{{")));
    expectOnlyChapter(r, 1);
    // The script's own summary, hook and questions are not sent either.
    EXPECT_FALSE(allText(r).contains(script.summary));
    EXPECT_EQ(r.messages.last().content, QStringLiteral("No, never heard of it."));
}

TEST_F(ModelNarratorBudgetTest, AMiddleChapterHasItsInstructionsAndOnlyItsContent)
{
    ModelNarrator n(script, QStringLiteral("en"), *client);
    const ChatRequest r = n.request(7, QStringLiteral("Pirates, surely?"));
    const QString system = r.messages.first().content;
    EXPECT_TRUE(system.contains(
        QStringLiteral("Now tell chapter 7 of 14, “%1”").arg(chapters.at(6).heading)));
    EXPECT_TRUE(system.contains(QStringLiteral("7. %1  ← now").arg(chapters.at(6).heading)));
    EXPECT_EQ(system.count(QStringLiteral("← now")), 1);
    for (int i = 0; i < 14; ++i) // the outline names every chapter
        EXPECT_TRUE(
            system.contains(QStringLiteral("%1. %2").arg(i + 1).arg(chapters.at(i).heading)));
    expectOnlyChapter(r, 7);
}

TEST_F(ModelNarratorBudgetTest, TheEpilogueWrapsUpAndAfterItNothingIsTold)
{
    ModelNarrator n(script, QStringLiteral("en"), *client);
    const ChatRequest last = n.request(14, QStringLiteral("What a story"));
    const QString lastSystem = last.messages.first().content;
    EXPECT_TRUE(lastSystem.contains(QStringLiteral("Now tell the last chapter, 14 of 14")));
    EXPECT_TRUE(lastSystem.contains(QStringLiteral("wrap up the story")));
    EXPECT_TRUE(lastSystem.contains(u'"' + RequestWords::exitWord(QStringLiteral("en")) + u'"'));
    expectOnlyChapter(last, 14);

    const ChatRequest after = n.request(15, QStringLiteral("Thanks!"));
    const QString afterSystem = after.messages.first().content;
    EXPECT_TRUE(afterSystem.contains(
        PromptTemplate(QStringLiteral("turn_after_end"))
            .render(
                {{QStringLiteral("exit_word"), RequestWords::exitWord(QStringLiteral("en"))}})));
    EXPECT_FALSE(afterSystem.contains(QStringLiteral("← now")));
    EXPECT_FALSE(afterSystem.contains(QStringLiteral("Now tell")));
    expectOnlyChapter(after, 0); // none
    EXPECT_EQ(after.messages.last().content, QStringLiteral("Thanks!"));
}

TEST_F(ModelNarratorBudgetTest, TheSummaryIsInTheSystemPromptBeforeTheInstructions)
{
    ModelNarrator n(script, QStringLiteral("en"), *client);
    const QString summary = QStringLiteral("Chapters 1 to 3 were told; the listener guessed a "
                                           "sea monster; reactions used: \"Good guess!\".");
    n.setSummary(summary);
    const ChatRequest r = n.request(4, QStringLiteral("Go on"));
    const QString system = r.messages.first().content;
    const qsizetype at = system.indexOf(QStringLiteral("What happened so far in this "
                                                       "conversation: ") +
                                        summary);
    ASSERT_GE(at, 0) << system.toStdString();
    EXPECT_LT(at, system.indexOf(QStringLiteral("Now tell chapter 4 of 14")));
    EXPECT_GT(at, system.indexOf(QStringLiteral("Outline:")));
    EXPECT_EQ(allText(r).count(summary), 1); // in the system prompt only

    n.setSummary(QString());
    EXPECT_FALSE(n.request(4, QStringLiteral("Go on"))
                     .messages.first()
                     .content.contains(QStringLiteral("What happened so far")));
}

TEST_F(ModelNarratorBudgetTest, OnlyTheLastRecentMessagesAreSent)
{
    ModelNarrator n(script, QStringLiteral("en"), *client);
    const QVector<ChatRequest::Message> h = history(12);
    n.setHistory(h);
    const ChatRequest r = n.request(7, QStringLiteral("Tell me more"));
    constexpr int keep = ModelNarrator::kRecentMessages;
    ASSERT_EQ(r.messages.size(), 1 + keep + 1);
    for (int i = 0; i < keep; ++i) {
        EXPECT_EQ(r.messages.at(1 + i).role, h.at(12 - keep + i).role);
        EXPECT_EQ(r.messages.at(1 + i).content, h.at(12 - keep + i).content);
    }
    for (int i = 0; i < 12 - keep; ++i)
        EXPECT_FALSE(allText(r).contains(QStringLiteral("[message %1]").arg(i))) << i;
}

TEST_F(ModelNarratorBudgetTest, ASmallBudgetDropsTheOldestRecentMessagesFirst)
{
    const QVector<ChatRequest::Message> h = history(ModelNarrator::kRecentMessages, 150);
    const QString answer = QStringLiteral("I think the crew panicked and left in the yawl.");
    // How big the request is with no history, and what each recent message adds.
    ModelNarrator bare(script, QStringLiteral("en"), *client);
    const int base = TokenEstimator::estimate(bare.request(9, answer));
    int perMessage = 0;
    for (const ChatRequest::Message& m : h)
        perMessage =
            std::max(perMessage,
                     TokenEstimator::kPerMessage +
                         TokenEstimator::estimate(m.content.left(ModelNarrator::kMaxRecentChars)));
    ASSERT_GT(base + 2 * perMessage, 512); // above the narrator's floor

    // Room for two of the four, and the reply.
    constexpr int maxTokens = 300;
    const auto small = clientWith(maxTokens + base + 2 * perMessage + perMessage / 2, maxTokens);
    ModelNarrator n(script, QStringLiteral("en"), *small);
    n.setHistory(h);
    const ChatRequest r = n.request(9, answer);
    ASSERT_EQ(r.messages.size(), 1 + 2 + 1);
    EXPECT_LE(TokenEstimator::estimate(r), small->config().contextBudget - maxTokens);
    EXPECT_EQ(r.messages.at(1).content, h.at(2).content.left(ModelNarrator::kMaxRecentChars));
    EXPECT_EQ(r.messages.at(2).content, h.at(3).content.left(ModelNarrator::kMaxRecentChars));
    EXPECT_EQ(r.messages.first().content, bare.request(9, answer).messages.first().content);
    expectOnlyChapter(r, 9);
    EXPECT_EQ(r.messages.last().content, answer);

    // With room for none, the rules, the chapter and the answer still go, even a long answer.
    const QString longAnswer = QString(QStringLiteral("my long theory ")).repeated(260);
    const auto tiny = clientWith(600, 1024); // the floor: 512
    ModelNarrator t(script, QStringLiteral("en"), *tiny);
    t.setHistory(h);
    const ChatRequest cut = t.request(9, longAnswer);
    ASSERT_EQ(cut.messages.size(), 2);
    EXPECT_EQ(cut.messages.first().role, QStringLiteral("system"));
    expectOnlyChapter(cut, 9);
    EXPECT_EQ(cut.messages.last().content, longAnswer.trimmed().left(4000));
    EXPECT_GT(TokenEstimator::estimate(cut), 512); // over budget, but never cut further
}

TEST_F(ModelNarratorBudgetTest, AGenerousBudgetKeepsAllRecentMessages)
{
    const auto client = clientWith(1 << 20, 1024); // alive as long as the narrator
    ModelNarrator n(script, QStringLiteral("en"), *client);
    n.setHistory(history(ModelNarrator::kRecentMessages, 150));
    EXPECT_EQ(n.request(9, QStringLiteral("ok")).messages.size(),
              1 + ModelNarrator::kRecentMessages + 1);
}

} // namespace
} // namespace st
