// `storyteller-cli chat` as a real process on a fresh data folder: the request and the
// listener's replies on stdin, the story on stdout. Offline (the scripted narrator), and
// with a FakeLlmServer in this process as the model (judge and narrator), whose requests
// the test's event loop serves while the CLI runs.
#include "support/CliRunner.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"
#include "unit/store/RawSqlite.h"

#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

CliRun chat(const TempDataDir& dir, const QByteArray& input,
            const CliOptions::Environment& env = {})
{
    return runCli(dir,
                  {QStringLiteral("chat"), QStringLiteral("--name"), QStringLiteral("Night"),
                   QStringLiteral("--language"), QStringLiteral("en")},
                  {input, env});
}

/// The `sessions list` line of the session named "Night": id, name, story, messages.
QStringList nightSession(const TempDataDir& dir)
{
    const CliRun list = runCli(dir, {QStringLiteral("sessions"), QStringLiteral("list")});
    for (const QString& line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 4 && fields.at(1) == QStringLiteral("Night"))
            return fields;
    }
    return {};
}

class CliChatTest : public ::testing::Test
{
protected:
    Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    TempDataDir dir;
};

TEST_F(CliChatTest, OfflineTellsTheHookAndTheFirstChapterAndSaves)
{
    const CliRun r = chat(dir, "the Mary Celeste\nI don't know\nexit\n");
    ASSERT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("# The Mary Celeste"))) << dump(r);
    const qsizetype hook = r.out.indexOf(script.hook);
    const qsizetype first = r.out.indexOf(script.tellableChapters().first().content.trimmed());
    EXPECT_GE(hook, 0) << dump(r);
    EXPECT_GT(first, hook) << dump(r);
    EXPECT_FALSE(r.out.contains(script.tellableChapters().at(1).content.trimmed()));
    EXPECT_FALSE(r.err.contains(QStringLiteral("storyteller-cli:"))) << dump(r);

    const QStringList session = nightSession(dir);
    ASSERT_EQ(session.size(), 4);
    EXPECT_EQ(session.at(2), QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(session.at(3), QStringLiteral("3")); // hook, answer, chapter 1
}

// Issue 17: a question about the story is answered from what was told and the story stays
// where it was; the next real answer moves it on. In English and in Korean.
TEST_F(CliChatTest, AQuestionIsAnsweredAndTheNextAnswerMovesOn)
{
    struct Case
    {
        const char* language;
        const char* input;
        const char* captain;
    };
    const Case cases[] = {
        {"en",
         "the Mary Celeste\nI'd sail closer\nSomething scared them\nHow sad\n"
         "who was the captain?\nI think they panicked\nexit\n",
         "Benjamin Briggs"},
        {"ko",
         "메리 셀레스트호\n가까이 가 볼래\n뭔가에 겁을 먹은 것 같아\n너무 슬프네요\n"
         "선장이 누구였어?\n다들 겁에 질렸던 것 같아요\n종료\n",
         "벤저민 브릭스"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.language);
        TempDataDir here;
        const QString language = QString::fromLatin1(c.language);
        const CliRun r = runCli(here,
                                {QStringLiteral("chat"), QStringLiteral("--name"),
                                 QStringLiteral("Night"), QStringLiteral("--language"), language},
                                {QByteArray(c.input)});
        ASSERT_EQ(r.exitCode, 0) << dump(r);
        const Script told = testdata::bundledScript(QStringLiteral("mary-celeste"), language);
        const QString chapter3 = told.tellableChapters().at(2).content.trimmed();
        const QString chapter4 = told.tellableChapters().at(3).content.trimmed();
        const QString captain = QString::fromUtf8(c.captain);
        const qsizetype third = r.out.indexOf(chapter3);
        ASSERT_GE(third, 0) << dump(r);
        // Named again after chapter 3, in the answer, and before chapter 4.
        const qsizetype answer = r.out.indexOf(captain, third + chapter3.size());
        const qsizetype fourth = r.out.indexOf(chapter4);
        EXPECT_GT(answer, third) << dump(r);
        EXPECT_GT(fourth, answer) << dump(r);
        EXPECT_EQ(r.out.count(chapter3), 1) << "the question did not tell chapter 3 again";
        EXPECT_FALSE(r.out.contains(told.tellableChapters().at(4).content.trimmed()));
        const QStringList session = nightSession(here);
        ASSERT_EQ(session.size(), 4) << dump(r);
        EXPECT_EQ(session.at(3), QStringLiteral("11")); // hook, 4 answers, 4 chapters, Q and A
    }
}

// Issue 20: `chat --listen` tells the whole story with no replies (the audiobook mode): every
// chapter in order, each chapter's question said as a thought to carry on, the wrap-up at
// the end; then "exit" is read as usual and the session is saved with every chapter.
TEST_F(CliChatTest, ListenTellsTheWholeStoryWithNoReplies)
{
    const CliRun r =
        runCli(dir,
               {QStringLiteral("chat"), QStringLiteral("--listen"), QStringLiteral("--name"),
                QStringLiteral("Night"), QStringLiteral("--language"), QStringLiteral("en")},
               {"the Mary Celeste\nexit\n", {}});
    ASSERT_EQ(r.exitCode, 0) << dump(r);
    const auto chapters = script.tellableChapters();
    ASSERT_GT(chapters.size(), 2);
    qsizetype at = r.out.indexOf(script.hook);
    ASSERT_GE(at, 0) << dump(r);
    for (const Script::Section& chapter : chapters) {
        const qsizetype next = r.out.indexOf(chapter.content.trimmed(), at);
        EXPECT_GT(next, at) << chapter.content.toStdString() << dump(r);
        at = std::max(at, next);
    }
    qsizetype pondered = 0; // the English "ponder" lines, chosen at random
    for (const char* line :
         {"Something to carry with you into the next chapter:",
          "Keep this question in mind as we go on:", "Here's a thought to hold on to:"})
        pondered += r.out.count(QString::fromUtf8(line));
    EXPECT_EQ(pondered, chapters.size() - 1) << dump(r);
    EXPECT_TRUE(r.out.mid(at).contains(QStringLiteral("exit"))) << dump(r); // the wrap-up
    EXPECT_FALSE(r.err.contains(QStringLiteral("storyteller-cli:"))) << dump(r);

    const QStringList session = nightSession(dir);
    ASSERT_EQ(session.size(), 4);
    // The hook and every chapter, no reply from the listener.
    EXPECT_EQ(session.at(3), QString::number(chapters.size() + 1));
}

TEST_F(CliChatTest, AnUnknownRequestSaysSoAndExitEnds)
{
    const CliRun r = chat(dir, "the sinking of the zeppelin hindenburg\nexit\n");
    EXPECT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("I don't know that story yet."))) << dump(r);
    EXPECT_FALSE(r.out.contains(QStringLiteral("# "))) << dump(r);
    const QStringList session = nightSession(dir);
    ASSERT_EQ(session.size(), 4);
    EXPECT_TRUE(session.at(2).isEmpty());
    EXPECT_EQ(session.at(3), QStringLiteral("0"));
}

TEST_F(CliChatTest, EndOfInputWithoutExitAlsoSaves)
{
    const CliRun r = chat(dir, "the Mary Celeste\nI don't know");
    ASSERT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.out.contains(script.tellableChapters().first().content.trimmed())) << dump(r);
    const QStringList session = nightSession(dir);
    ASSERT_EQ(session.size(), 4);
    EXPECT_EQ(session.at(2), QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(session.at(3), QStringLiteral("3"));
}

TEST_F(CliChatTest, NoInputAtAllEndsCleanly)
{
    const CliRun r = chat(dir, QByteArray());
    EXPECT_EQ(r.exitCode, 0) << dump(r);
}

class CliChatServerTest : public CliChatTest
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    CliRun chatWithModel(const QByteArray& input)
    {
        return chat(dir, input, fakemodel::cliEnvironment(server));
    }

    FakeLlmServer server;
};

TEST_F(CliChatServerTest, TheJudgeChoosesAndTheNarrationStreamsInOrder)
{
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Hello! "),
                                                      QStringLiteral("HOOK-STREAM: "),
                                                      QStringLiteral("have you heard of her?")},
                                                     400, 10)
                              .slow(20));
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("Fair enough. "),
                                                      QStringLiteral("CHAPTER-ONE-STREAM: "),
                                                      QStringLiteral("a sail on the horizon.")},
                                                     900, 60)
                              .slow(20));
    const CliRun r = chatWithModel("the Mary Celeste\nI don't know\nexit\n");
    ASSERT_EQ(r.exitCode, 0) << dump(r);
    const qsizetype title = r.out.indexOf(QStringLiteral("# The Mary Celeste"));
    const qsizetype hook =
        r.out.indexOf(QStringLiteral("Hello! HOOK-STREAM: have you heard of her?"));
    const qsizetype chapter =
        r.out.indexOf(QStringLiteral("Fair enough. CHAPTER-ONE-STREAM: a sail on the horizon."));
    EXPECT_GE(title, 0) << dump(r);
    EXPECT_GT(hook, title) << dump(r);
    EXPECT_GT(chapter, hook) << dump(r);
    // Told by the model, not the script.
    EXPECT_FALSE(r.out.contains(script.hook)) << dump(r);

    const QVector<FakeRequest> requests = server.requests(kChat);
    ASSERT_EQ(requests.size(), 3);
    EXPECT_TRUE(requests.at(0).body.contains("the Mary Celeste"));
    EXPECT_TRUE(requests.at(0).body.contains("Title: The Mary Celeste"));
    EXPECT_TRUE(requests.at(2).body.contains("I don't know"));
    const QStringList session = nightSession(dir);
    ASSERT_EQ(session.size(), 4);
    EXPECT_EQ(session.at(2), QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(session.at(3), QStringLiteral("3"));
}

TEST_F(CliChatServerTest, RequestsAnsweredWithoutTheJudgeDoNotHang)
{
    // Filler only (unknown) and empty requests are answered at once, without a request.
    const CliRun r = chatWithModel("tell me the story of\n\nexit\n");
    EXPECT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("I don't know that story yet."))) << dump(r);
    EXPECT_TRUE(server.requests(kChat).isEmpty());
}

TEST_F(CliChatServerTest, AnythingPicksAStoryWithoutTheJudge)
{
    server.enqueue(kChat, FakeResponse::openAiStream({QStringLiteral("PICKED-HOOK?")}, 400, 10));
    const CliRun r = chatWithModel("anything\nexit\n");
    EXPECT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("PICKED-HOOK?"))) << dump(r);
    ASSERT_EQ(server.requests(kChat).size(), 1); // the narrator's opening only
    EXPECT_TRUE(server.requests(kChat).first().body.contains("\"system\""));
}

TEST_F(CliChatServerTest, AJudgeThatKeepsFailingIsReportedAndTheCliGoesOn)
{
    for (int i = 0; i < 3; ++i)
        server.enqueue(kChat, FakeResponse::serverError(500));
    const CliRun r = chatWithModel("the Mary Celeste\nexit\n");
    EXPECT_EQ(r.exitCode, 0) << dump(r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("storyteller-cli: "))) << dump(r);
    EXPECT_FALSE(r.out.contains(QStringLiteral("# The Mary Celeste"))) << dump(r);
    EXPECT_EQ(server.requests(kChat).size(), 3);
}

// Two processes on one folder: a reply streams in one `chat` while another `chat` starts
// and `sessions list` runs. Neither touches the live reply (they used to mark it
// interrupted on start: two writers on one row), which completes intact.
TEST_F(CliChatServerTest, AnotherRunLeavesAReplyStreamingHereAlone)
{
    QStringList deltas;
    for (int i = 0; i < 20; ++i)
        deltas.append(QStringLiteral("piece%1 ").arg(i));
    server.enqueue(kChat, FakeResponse::openAiStream(deltas, 400, 40).slow(150));

    const std::unique_ptr<QProcess> streaming = startCli(
        dir, {QStringLiteral("chat")}, {"anything\nexit\n", fakemodel::cliEnvironment(server)});
    ASSERT_NE(streaming.get(), nullptr);

    RawSqlite raw(dir.databasePath());
    const auto lastReplyStatus = [&raw] {
        return raw
            .scalar(QStringLiteral("SELECT status FROM messages WHERE role = 'assistant' "
                                   "ORDER BY id DESC LIMIT 1"))
            .toString();
    };
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return lastReplyStatus() == QLatin1String("streaming"); }, 15000));

    const CliRun other = runCli(dir, {QStringLiteral("chat")}, {"exit\n"});
    EXPECT_EQ(other.exitCode, 0) << dump(other);
    const CliRun list = runCli(dir, {QStringLiteral("sessions"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << dump(list);
    EXPECT_EQ(lastReplyStatus(), QStringLiteral("streaming")); // still its writer's

    ASSERT_TRUE(QTest::qWaitFor([&] { return streaming->state() == QProcess::NotRunning; }, 30000));
    EXPECT_EQ(streaming->exitCode(), 0) << streaming->readAllStandardError().toStdString();
    EXPECT_EQ(lastReplyStatus(), QStringLiteral("complete"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT content FROM messages WHERE role = 'assistant' "
                                        "ORDER BY id DESC LIMIT 1"))
                  .toString(),
              deltas.join(QString()));
}

} // namespace
} // namespace st
