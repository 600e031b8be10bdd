// SessionTitler: the request it builds from the title prompt and the script, how it cleans
// a model's answer into a title (table-driven, in the four story languages), and its
// signals against FakeLlmServer (a title, a server error, an unusable answer).
#include "core/narration/SessionTitler.h"

#include "core/llm/OpenAiClient.h"
#include "core/llm/PromptTemplate.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModelTest.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

/// A client of the fake server (FakeModelTest).
using SessionTitlerTest = FakeModelTest;

TEST_F(SessionTitlerTest, RequestHoldsThePromptTheLanguageAndTheStory)
{
    Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("ko"));
    script.summary = QStringLiteral("  A ship found\n adrift in 1872.  ");
    SessionTitler titler(*client, QStringLiteral("ko"));
    const ChatRequest r = titler.request(script);
    ASSERT_EQ(r.messages.size(), 1);
    EXPECT_EQ(r.messages.first().role, QStringLiteral("user"));
    const QString prompt = r.messages.first().content;
    const QString resource = PromptTemplate(QStringLiteral("title")).text();
    ASSERT_FALSE(resource.isEmpty());
    EXPECT_TRUE(prompt.startsWith(resource.section(QStringLiteral("{{"), 0, 0)))
        << prompt.toStdString();
    EXPECT_TRUE(prompt.contains(QStringLiteral("in Korean (한국어)")));
    EXPECT_TRUE(prompt.contains(QStringLiteral("at most %1 words").arg(SessionTitler::kMaxWords)));
    EXPECT_TRUE(prompt.contains(QStringLiteral("Story: ") + script.title));
    EXPECT_TRUE(prompt.contains(QStringLiteral("What it is about: A ship found adrift in 1872.")));
    const QString opening = script.tellableChapters().first().content.simplified();
    EXPECT_TRUE(prompt.contains(QStringLiteral("How it begins: ") +
                                opening.left(SessionTitler::kOpeningChars)));
    EXPECT_FALSE(prompt.contains(QStringLiteral("{{")));
    EXPECT_GT(r.maxTokens, 0);
    EXPECT_GT(r.temperature, 0.0);
}

TEST_F(SessionTitlerTest, ALongOpeningIsCutAndMissingPartsAreSaid)
{
    const Script script = testdata::script(QStringLiteral("El barco fantasma"),
                                           QStringLiteral("es"), {QString(2000, u'x')});
    const QString prompt =
        SessionTitler(*client, QStringLiteral("es")).request(script).messages.first().content;
    EXPECT_TRUE(prompt.contains(QStringLiteral("in Spanish (español)")));
    EXPECT_TRUE(prompt.contains(QStringLiteral("Story: El barco fantasma")));
    EXPECT_TRUE(prompt.contains(QStringLiteral("What it is about: (not given)")));
    EXPECT_TRUE(prompt.contains(QString(SessionTitler::kOpeningChars, u'x') + QStringLiteral("…")));
    EXPECT_FALSE(prompt.contains(QString(SessionTitler::kOpeningChars + 1, u'x')));
}

struct CleanCase
{
    const char* reply;
    const char* title; // "" when nothing usable is left
};

class SessionTitlerCleanTest : public ::testing::TestWithParam<CleanCase>
{
};

TEST_P(SessionTitlerCleanTest, TheFirstLineWithoutDecoration)
{
    const CleanCase& c = GetParam();
    EXPECT_EQ(SessionTitler::clean(QString::fromUtf8(c.reply)), QString::fromUtf8(c.title))
        << c.reply;
}

INSTANTIATE_TEST_SUITE_P(
    Replies, SessionTitlerCleanTest,
    ::testing::Values(
        CleanCase{"The Ship That Sailed Alone", "The Ship That Sailed Alone"},
        CleanCase{"\"The Ship That Sailed Alone\"", "The Ship That Sailed Alone"},
        CleanCase{"“The Ship That Sailed Alone.”", "The Ship That Sailed Alone"},
        CleanCase{"'Ten Souls, No Storm'.", "Ten Souls, No Storm"},
        CleanCase{"The Ship That Sailed Alone.", "The Ship That Sailed Alone"},
        CleanCase{"Into the Fog...", "Into the Fog..."},
        CleanCase{"Who Left the Table Set?", "Who Left the Table Set?"},
        CleanCase{"  The   Empty\tDeck  ", "The Empty Deck"},
        CleanCase{"\n\n  The Empty Deck\nA title about the ship's last voyage.", "The Empty Deck"},
        CleanCase{"# The Empty Deck", "The Empty Deck"},
        CleanCase{"**The Empty Deck**", "The Empty Deck"},
        CleanCase{"**Title:** \"The Empty Deck\"", "The Empty Deck"},
        CleanCase{"Title: The Empty Deck", "The Empty Deck"},
        CleanCase{"<think>A ship, hmm.\nMaybe this.</think>\nThe Empty Deck", "The Empty Deck"},
        // Korean
        CleanCase{"\"바다 위의 빈 배\"", "바다 위의 빈 배"},
        CleanCase{"“아무도 없는 갑판”.", "아무도 없는 갑판"},
        CleanCase{"제목: 사라진 열 명", "사라진 열 명"},
        // Japanese
        CleanCase{"「誰もいない甲板」", "誰もいない甲板"},
        CleanCase{"『メアリー・セレスト号の謎』。", "メアリー・セレスト号の謎"},
        CleanCase{"タイトル：消えた乗組員", "消えた乗組員"},
        CleanCase{"霧の中の幽霊船。", "霧の中の幽霊船"},
        // Spanish
        CleanCase{"«El barco que navegó solo»", "El barco que navegó solo"},
        CleanCase{"«El barco que navegó solo».", "El barco que navegó solo"},
        CleanCase{"Título: ¿Dónde está la tripulación?", "¿Dónde está la tripulación?"},
        // A lone quote at one end goes; one inside the title stays.
        CleanCase{"\"The Empty Deck", "The Empty Deck"},
        CleanCase{"The \"Ghost\" Ship", "The \"Ghost\" Ship"},
        // Too long: cut at a word boundary (no dangling comma).
        CleanCase{"The Strange and Never Explained Story of the Ship That Was Found Sailing "
                  "Itself Across the Atlantic in 1872",
                  "The Strange and Never Explained Story of the Ship That Was Found Sailing "
                  "Itself"},
        CleanCase{"The Strange and Never Explained Story of the Ship That Was Found Adrift in "
                  "1872, Sailing On",
                  "The Strange and Never Explained Story of the Ship That Was Found Adrift in "
                  "1872"},
        // Garbage: nothing, or no letters at all.
        CleanCase{"", ""}, CleanCase{"   \n\n ", ""}, CleanCase{"\"\"", ""}, CleanCase{"...", ""},
        CleanCase{"**", ""}, CleanCase{"「」。", ""},
        CleanCase{"<think>The Empty Deck</think>", ""}));

TEST(SessionTitlerCleanLimitTest, NeverLongerThanTheCap)
{
    const QString spaced = QStringLiteral("word ").repeated(40);
    const QString cleaned = SessionTitler::clean(spaced);
    EXPECT_LE(cleaned.size(), SessionTitler::kMaxChars);
    EXPECT_TRUE(cleaned.endsWith(QStringLiteral("word")));
    EXPECT_EQ(SessionTitler::clean(QString(200, QChar(0xBC14))), QString(80, QChar(0xBC14)));
    const QString japanese = QStringLiteral("メアリー・セレスト号").repeated(20);
    EXPECT_EQ(SessionTitler::clean(japanese), japanese.left(SessionTitler::kMaxChars));
}

TEST_F(SessionTitlerTest, TheModelsAnswerBecomesTheTitle)
{
    server.enqueue(kChat,
                   FakeResponse::openAiStream(
                       {QStringLiteral("「誰もいない"), QStringLiteral("甲板」。\n")}, 200, 8));
    SessionTitler titler(*client, QStringLiteral("ja"));
    QSignalSpy titled(&titler, &SessionTitler::titled);
    QSignalSpy failed(&titler, &SessionTitler::failed);
    titler.generate(testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("ja")));
    EXPECT_TRUE(titler.isBusy());
    titler.generate(testdata::numberedScript(3)); // busy: ignored
    ASSERT_TRUE(titled.wait(10000));
    EXPECT_FALSE(titler.isBusy());
    EXPECT_EQ(titled.first().first().toString(), QStringLiteral("誰もいない甲板"));
    EXPECT_TRUE(failed.isEmpty());
    QTest::qWait(50);
    ASSERT_EQ(server.requests(kChat).size(), 1);
    const QString sent = server.lastRequest()
                             .json()
                             .value(QStringLiteral("messages"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("content"))
                             .toString();
    EXPECT_TRUE(sent.contains(QStringLiteral("in Japanese (日本語)")));
}

TEST_F(SessionTitlerTest, AServerErrorFails)
{
    for (int i = 0; i < 3; ++i) // the first try and both retries
        server.enqueue(kChat, FakeResponse::serverError(500));
    SessionTitler titler(*client, QStringLiteral("en"));
    QSignalSpy titled(&titler, &SessionTitler::titled);
    QSignalSpy failed(&titler, &SessionTitler::failed);
    titler.generate(testdata::numberedScript(3));
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    EXPECT_TRUE(titled.isEmpty());
    EXPECT_FALSE(titler.isBusy());
}

TEST_F(SessionTitlerTest, AnAnswerWithNoTitleFails)
{
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral(" \"...\" ")}, 200, 3));
    SessionTitler titler(*client, QStringLiteral("en"));
    QSignalSpy titled(&titler, &SessionTitler::titled);
    QSignalSpy failed(&titler, &SessionTitler::failed);
    titler.generate(testdata::numberedScript(3));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(titled.isEmpty());
}

TEST_F(SessionTitlerTest, DeletedWhileAskingCancelsQuietly)
{
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Late")}, 200, 3).slow(200));
    auto titler = std::make_unique<SessionTitler>(*client, QStringLiteral("en"));
    QSignalSpy titled(titler.get(), &SessionTitler::titled);
    titler->generate(testdata::numberedScript(3));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !server.requests(kChat).isEmpty(); }, 10000));
    titler.reset();
    QTest::qWait(100); // nothing arrives at a deleted titler
    EXPECT_TRUE(titled.isEmpty());
}

} // namespace
} // namespace st
