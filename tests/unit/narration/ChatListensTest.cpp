// The narrator listens (issue 17), offline, in four languages, on the bundled Mary Celeste:
// a question answered from what was told without moving on, one about a later chapter put
// off without telling it, one the story cannot answer met with "I don't know"; go on,
// repeat, back, skip and exit each doing what they say; the place reached kept.
#include "core/narration/ChatSession.h"
#include "core/narration/ListenerWords.h"
#include "core/narration/NarratorLines.h"
#include "core/narration/ScriptedNarrator.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/text/SentenceSplitter.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Lines = NarratorLines::Kind;

struct Phrases
{
    const char* language;
    const char* toldQuestion; // answered in chapter 3
    const char* toldFact;
    const char* laterQuestion; // answered in chapter 4 only
    const char* unknownQuestion;
    const char* next;
    const char* repeat;
    const char* backTo2;
    const char* skip;
    const char* exit;
};

const Phrases kPhrases[] = {
    {"en", "What was the name of the captain's daughter?", "Sophia", "Who was James Winchester?",
     "What colour was the moon that night?", "go on", "say that again", "go back to chapter 2",
     "skip to the end", "I want to stop"},
    {"ko", "선장 딸 이름이 뭐였어?", "소피아", "제임스 윈체스터는 누구야?",
     "그날 밤 달은 무슨 색이었어?", "계속해 줘", "다시 말해 줘", "2장으로 돌아가 줘",
     "결말로 건너뛰어 줘", "그만할래"},
    {"ja", "船長の娘の名前は何？", "ソフィア", "ジェームズ・ウィンチェスターって誰？",
     "その夜の月は何色だった？", "続けて", "もう一度お願い", "第2章に戻って", "最後まで飛ばして",
     "もうやめたい"},
    {"es", "¿Cómo se llamaba la hija del capitán?", "Sophia", "¿Quién era James Winchester?",
     "¿De qué color era la luna esa noche?", "sigue", "repite, por favor", "vuelve al capítulo 2",
     "salta al final", "quiero terminar"},
};

class ChatListensTest : public ::testing::TestWithParam<Phrases>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(lines.isLoaded() && words.isLoaded());
        script = testdata::bundledScript(QStringLiteral("mary-celeste"), language());
        ASSERT_EQ(script.tellableChapters().size(), 14);
        sessions = std::make_unique<SessionStore>(db.connection(), clock);
        messages = std::make_unique<MessageStore>(db.connection(), clock);
        session = *sessions->create(QStringLiteral("Evening"), language());
        chat = std::make_unique<ChatSession>(
            session, script,
            std::make_unique<ScriptedNarrator>(script, lines, language(), 0,
                                               testdata::constantRandom()),
            ChatSession::Deps{*messages, *sessions, clock});
        chat->setListenerWords(words);
        chat->begin();
        ASSERT_TRUE(idle());
    }

    QString language() const { return QString::fromLatin1(GetParam().language); }
    bool idle()
    {
        return QTest::qWaitFor([this] { return !chat->isBusy(); }, 10000);
    }

    /// Sends \a text and returns the narrator's reply.
    QString say(const char* text)
    {
        const int rows = chat->model()->rowCount();
        EXPECT_TRUE(chat->send(QString::fromUtf8(text))) << text;
        EXPECT_TRUE(idle());
        EXPECT_EQ(chat->model()->rowCount(), rows + 2) << text;
        return chat->model()->at(chat->model()->rowCount() - 1).content;
    }
    int lastChapter() const { return chat->model()->at(chat->model()->rowCount() - 1).chapter; }

    /// Whether \a reply opens with (or holds) one of the narrator's \a kind lines.
    bool saysOneOf(const QString& reply, Lines kind) const
    {
        for (QString line : lines.lines(language(), kind)) {
            if (reply.contains(
                    line.left(line.indexOf(u'%') < 0 ? line.size() : line.indexOf(u'%'))))
                return true;
        }
        return false;
    }

    /// The sentences of chapters after \a place.
    QStringList laterSentences(int place) const
    {
        QStringList out;
        const auto chapters = script.tellableChapters();
        for (int i = place; i < chapters.size(); ++i) {
            SentenceSplitter splitter;
            out += splitter.feed(chapters.at(i).content);
            out += splitter.finish();
        }
        return out;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    NarratorLines lines{QStringLiteral(":/narrator/lines.json")};
    ListenerWords words{QStringLiteral(":/narrator/listener.json")};
    qint64 now = 1'000'000;
    Clock clock = [this] { return now; };
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    SessionRecord session;
    Script script;
    std::unique_ptr<ChatSession> chat;
};

TEST_P(ChatListensTest, QuestionsAreAnsweredFromTheStoryWithoutMovingOn)
{
    const Phrases& p = GetParam();
    const QString chapter3 = script.tellableChapters().at(2).content;
    for (const char* answer : {"A", "B", "C"})
        say(answer);
    ASSERT_EQ(chat->chapter(), 3);
    ASSERT_TRUE(chapter3.contains(QString::fromUtf8(p.toldFact)));

    const QString told = say(p.toldQuestion);
    EXPECT_TRUE(told.contains(QString::fromUtf8(p.toldFact))) << told.toStdString();
    EXPECT_TRUE(saysOneOf(told, Lines::AnswerIntro)) << told.toStdString();
    EXPECT_TRUE(told.contains(script.tellableChapters().at(2).question)) << "asked again";
    EXPECT_EQ(chat->chapter(), 3);
    EXPECT_EQ(lastChapter(), 3);

    const QString later = say(p.laterQuestion);
    EXPECT_TRUE(saysOneOf(later, Lines::AnswerLater)) << later.toStdString();
    for (const QString& sentence : laterSentences(3))
        EXPECT_FALSE(later.contains(sentence)) << sentence.toStdString();
    EXPECT_EQ(chat->chapter(), 3);

    const QString unknown = say(p.unknownQuestion);
    EXPECT_TRUE(saysOneOf(unknown, Lines::AnswerUnknown)) << unknown.toStdString();
    EXPECT_EQ(chat->chapter(), 3);

    // The next real answer moves the story on, to chapter 4.
    const QString chapter4 = say("D");
    EXPECT_TRUE(chapter4.contains(script.tellableChapters().at(3).content));
    EXPECT_EQ(chat->chapter(), 4);
}

TEST_P(ChatListensTest, PacingIsInTheListenersHands)
{
    const Phrases& p = GetParam();
    const auto chapters = script.tellableChapters();
    say("A");
    say("B");
    // Go on: the next chapter.
    EXPECT_TRUE(say(p.next).contains(chapters.at(2).content));
    EXPECT_EQ(chat->chapter(), 3);
    // Repeat: the same chapter again, the place kept.
    const QString again = say(p.repeat);
    EXPECT_TRUE(again.contains(chapters.at(2).content)) << again.toStdString();
    EXPECT_TRUE(saysOneOf(again, Lines::RepeatIntro));
    EXPECT_EQ(chat->chapter(), 3);
    // Back to chapter 2: told again, stored as chapter 2, the place still 3.
    const QString back = say(p.backTo2);
    EXPECT_TRUE(back.contains(chapters.at(1).content)) << back.toStdString();
    EXPECT_FALSE(back.contains(chapters.at(2).content));
    EXPECT_EQ(lastChapter(), 2);
    EXPECT_EQ(chat->chapter(), 3);
    // The next answer goes on from the place reached, not from the chapter told again.
    EXPECT_TRUE(say("E").contains(chapters.at(3).content));
    EXPECT_EQ(chat->chapter(), 4);
    // Skip: the last chapter.
    const QString end = say(p.skip);
    EXPECT_TRUE(end.contains(chapters.last().content)) << end.toStdString();
    EXPECT_EQ(chat->chapter(), 14);
    EXPECT_TRUE(chat->isFinished());
    // Exit: the chat ends; the message is not kept.
    QSignalSpy exit(chat.get(), &ChatSession::exitRequested);
    const int rows = chat->model()->rowCount();
    EXPECT_TRUE(chat->send(QString::fromUtf8(p.exit)));
    EXPECT_EQ(exit.count(), 1);
    EXPECT_EQ(chat->model()->rowCount(), rows);
}

TEST_P(ChatListensTest, AResumedSessionKnowsTheChaptersToldAndTheFurthest)
{
    const Phrases& p = GetParam();
    for (const char* answer : {"A", "B", "C"})
        say(answer);
    say(p.backTo2); // the last narration is chapter 2 again
    chat.reset();
    chat =
        std::make_unique<ChatSession>(*sessions->get(session.id), script,
                                      std::make_unique<ScriptedNarrator>(
                                          script, lines, language(), 0, testdata::constantRandom()),
                                      ChatSession::Deps{*messages, *sessions, clock});
    chat->setListenerWords(words);
    chat->begin();
    EXPECT_TRUE(chat->wasResumed());
    EXPECT_EQ(chat->chapter(), 3);
    EXPECT_TRUE(say(p.toldQuestion).contains(QString::fromUtf8(p.toldFact)));
    EXPECT_TRUE(say("D").contains(script.tellableChapters().at(3).content));
}

TEST_P(ChatListensTest, ShorterOrLongerIsKeptWithTheSession)
{
    QSignalSpy changed(chat.get(), &ChatSession::replyLengthChanged);
    const QString note = say(GetParam().language == std::string("ko")   ? "더 짧게 해 줘"
                             : GetParam().language == std::string("ja") ? "もっと短くして"
                             : GetParam().language == std::string("es") ? "más corto, por favor"
                                                                        : "shorter please");
    EXPECT_TRUE(saysOneOf(note, Lines::LengthOffline)) << note.toStdString();
    EXPECT_EQ(chat->replyLength(), -1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(sessions->get(session.id)->replyLength, -1);
    EXPECT_EQ(chat->chapter(), 0);
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, ChatListensTest, ::testing::ValuesIn(kPhrases),
                         [](const auto& info) { return std::string(info.param.language); });

} // namespace
} // namespace st
