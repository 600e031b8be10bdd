#include "core/narration/OfflineNarrator.h"

#include "core/narration/NarratorLines.h"
#include "core/text/RequestWords.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

bool hasQuestionMark(const QString& text)
{
    return text.contains(u'?') || text.contains(QChar(0xFF1F));
}

bool endsWithQuestion(const QString& text)
{
    const QString t = text.trimmed();
    return t.endsWith(u'?') || t.endsWith(QChar(0xFF1F));
}

QString firstParagraph(const QString& text)
{
    return text.section(QStringLiteral("\n\n"), 0, 0);
}

/// The index of the one chapter of \a chapters whose content \a text holds; -1 when none,
/// -2 when more than one.
int chapterIn(const QString& text, const QVector<Script::Section>& chapters)
{
    int found = -1;
    for (int i = 0; i < chapters.size(); ++i) {
        if (text.contains(chapters.at(i).content))
            found = found == -1 ? i : -2;
    }
    return found;
}

class OfflineNarratorTest : public ::testing::Test
{
protected:
    NarratorLines lines{QStringLiteral(":/narrator/lines.json")};
};

TEST_F(OfflineNarratorTest, LinesAreLoadedForEveryLanguage)
{
    ASSERT_TRUE(lines.isLoaded());
    for (const char* language : {"en", "ko", "ja", "es"}) {
        for (auto kind : {NarratorLines::Kind::Intro, NarratorLines::Kind::HookFallback,
                          NarratorLines::Kind::Question, NarratorLines::Kind::Reaction,
                          NarratorLines::Kind::WrapUp, NarratorLines::Kind::AfterEnd}) {
            EXPECT_GE(lines.lines(QString::fromLatin1(language), kind).size(), 2)
                << language << " " << NarratorLines::jsonKey(kind).toStdString();
        }
    }
    // An unknown language falls back to English.
    EXPECT_EQ(lines.lines(QStringLiteral("fr"), NarratorLines::Kind::Intro),
              lines.lines(QStringLiteral("en"), NarratorLines::Kind::Intro));
    EXPECT_FALSE(NarratorLines(QStringLiteral(":/no/such.json")).isLoaded());
}

TEST_F(OfflineNarratorTest, OpeningHasTitleAndAHookQuestion)
{
    for (int r = 0; r < 5; ++r) {
        OfflineNarrator narrator(testdata::numberedScript(5), lines, QStringLiteral("en"),
                                 testdata::constantRandom(r));
        const OfflineNarrator::Turn turn = narrator.opening();
        EXPECT_TRUE(turn.text.contains(QStringLiteral("The Flannan Isles Lighthouse")))
            << turn.text.toStdString();
        EXPECT_TRUE(hasQuestionMark(turn.text)) << turn.text.toStdString();
        EXPECT_EQ(turn.chapter, 0);
        EXPECT_FALSE(turn.last);
        EXPECT_TRUE(narrator.hookTold());
        EXPECT_EQ(narrator.position(), 0);
        EXPECT_FALSE(turn.text.contains(QStringLiteral("Chapter 1"))); // the story waits
    }
}

TEST_F(OfflineNarratorTest, OpeningUsesTheScriptsOwnHook)
{
    Script script = testdata::numberedScript(3);
    script.hook = QStringLiteral("Why would three keepers vanish from a locked lighthouse?");
    OfflineNarrator narrator(script, lines, QStringLiteral("en"), testdata::constantRandom());
    EXPECT_TRUE(narrator.opening().text.contains(script.hook));
}

TEST_F(OfflineNarratorTest, TellsEveryChapterOnceInOrder)
{
    Script script = testdata::numberedScript(14);
    script.section(ScriptSection::Exposition2).content = QStringLiteral("N/A");
    script.section(ScriptSection::Climax1).content.clear();
    const auto chapters = script.tellableChapters();
    ASSERT_EQ(chapters.size(), 12);

    OfflineNarrator narrator(script, lines, QStringLiteral("en"), testdata::seededRandom(1));
    ASSERT_EQ(narrator.chapterCount(), 12);
    narrator.opening();
    const QStringList answers{QStringLiteral("I think they fell into the sea"),
                              QStringLiteral("no idea"), QStringLiteral("why did they go?")};
    for (int i = 0; i < chapters.size(); ++i) {
        const OfflineNarrator::Turn turn = narrator.reply(answers.at(i % answers.size()));
        SCOPED_TRACE(turn.text.toStdString());
        EXPECT_EQ(chapterIn(turn.text, chapters), i);
        EXPECT_EQ(turn.chapter, i + 1);
        EXPECT_EQ(narrator.position(), i + 1);
        const bool last = i == chapters.size() - 1;
        EXPECT_EQ(turn.last, last);
        EXPECT_EQ(narrator.isFinished(), last);
        EXPECT_FALSE(turn.text.contains(QStringLiteral("N/A")));
        if (!last) {
            EXPECT_TRUE(endsWithQuestion(turn.text));
        } else {
            EXPECT_FALSE(hasQuestionMark(turn.text));
            EXPECT_TRUE(turn.text.contains(QStringLiteral("exit")));
        }
    }
}

TEST_F(OfflineNarratorTest, EveryWrapUpNamesTheExitWordWithoutAQuestion)
{
    for (const char* language : {"en", "ko", "ja", "es"}) {
        const QString lang = QString::fromLatin1(language);
        const int wrapUps = static_cast<int>(lines.lines(lang, NarratorLines::Kind::WrapUp).size());
        for (int r = 0; r < wrapUps; ++r) {
            OfflineNarrator narrator(testdata::numberedScript(1, lang), lines, lang,
                                     testdata::constantRandom(r));
            narrator.opening();
            const OfflineNarrator::Turn turn = narrator.reply(QStringLiteral("ok"));
            EXPECT_TRUE(turn.last);
            EXPECT_TRUE(turn.text.contains(RequestWords::exitWord(lang)))
                << turn.text.toStdString();
            EXPECT_FALSE(hasQuestionMark(turn.text)) << turn.text.toStdString();
            EXPECT_FALSE(turn.text.contains(QStringLiteral("%1")));
        }
    }
}

TEST_F(OfflineNarratorTest, AfterTheEndTheAfterEndLine)
{
    OfflineNarrator narrator(testdata::numberedScript(2), lines, QStringLiteral("en"),
                             testdata::constantRandom());
    narrator.opening();
    narrator.reply(QStringLiteral("a"));
    narrator.reply(QStringLiteral("b"));
    ASSERT_TRUE(narrator.isFinished());
    for (int i = 0; i < 3; ++i) {
        const OfflineNarrator::Turn turn = narrator.reply(QStringLiteral("more please"));
        const QString expected = lines.lines(QStringLiteral("en"), NarratorLines::Kind::AfterEnd)
                                     .first()
                                     .arg(QStringLiteral("exit"));
        EXPECT_EQ(turn.text, expected);
        EXPECT_TRUE(turn.last);
        EXPECT_EQ(turn.chapter, 2);
        EXPECT_EQ(chapterIn(turn.text, testdata::numberedScript(2).tellableChapters()), -1);
    }
}

TEST_F(OfflineNarratorTest, ReactionsAndQuestionsNeverRepeatTwiceInARow)
{
    // constantRandom(0) would pick the same line every time if nothing prevented it.
    for (const auto& random : {testdata::constantRandom(0), testdata::seededRandom(99)}) {
        const Script script = testdata::numberedScript(12);
        OfflineNarrator narrator(script, lines, QStringLiteral("en"), random);
        narrator.opening();
        const QStringList answers{QStringLiteral("maybe a storm came and took them all away"),
                                  QStringLiteral("ok"), QStringLiteral("what happened?"),
                                  QStringLiteral("they were scared of something")};
        QString previousReaction;
        QString previousQuestion;
        for (int i = 0; i < 50; ++i) {
            if (narrator.isFinished())
                narrator.restore(0, QString()); // tell it again, same narrator
            const OfflineNarrator::Turn turn = narrator.reply(answers.at(i % answers.size()));
            const QString reaction = firstParagraph(turn.text);
            EXPECT_NE(reaction, previousReaction) << "reply " << i;
            EXPECT_FALSE(reaction.contains(QStringLiteral("Chapter"))) << "reply " << i;
            previousReaction = reaction;
            if (!turn.last) {
                const QString question = turn.text.section(QStringLiteral("\n\n"), -1);
                EXPECT_NE(question, previousQuestion) << "reply " << i;
                previousQuestion = question;
            }
        }
    }
}

TEST_F(OfflineNarratorTest, RestoreContinuesAfterTheToldChapters)
{
    const Script script = testdata::numberedScript(6);
    const auto chapters = script.tellableChapters();
    OfflineNarrator first(script, lines, QStringLiteral("en"), testdata::constantRandom());
    first.opening();
    first.reply(QStringLiteral("a"));
    first.reply(QStringLiteral("b"));
    const OfflineNarrator::Turn third = first.reply(QStringLiteral("tell me more about that"));

    OfflineNarrator resumed(script, lines, QStringLiteral("en"), testdata::constantRandom());
    resumed.restore(3, third.text);
    EXPECT_TRUE(resumed.hookTold());
    EXPECT_EQ(resumed.position(), 3);
    const OfflineNarrator::Turn next = resumed.reply(QStringLiteral("I wonder where they went"));
    EXPECT_EQ(next.chapter, 4);
    EXPECT_EQ(chapterIn(next.text, chapters), 3);
    // The reaction of the last stored message is not used again right away.
    EXPECT_NE(firstParagraph(next.text), firstParagraph(third.text));
    EXPECT_TRUE(resumed.welcomeBack().contains(script.title));
}

TEST_F(OfflineNarratorTest, RestoreIsClamped)
{
    OfflineNarrator narrator(testdata::numberedScript(3), lines, QStringLiteral("en"),
                             testdata::constantRandom());
    narrator.restore(99, QString());
    EXPECT_EQ(narrator.position(), 3);
    EXPECT_TRUE(narrator.isFinished());
    narrator.restore(-4, QString());
    EXPECT_EQ(narrator.position(), 0);
}

TEST_F(OfflineNarratorTest, TellsInKoreanJapaneseAndSpanish)
{
    for (const char* language : {"ko", "ja", "es"}) {
        const QString lang = QString::fromLatin1(language);
        SCOPED_TRACE(language);
        const Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), lang);
        ASSERT_EQ(script.language, lang);
        const auto chapters = script.tellableChapters();
        ASSERT_EQ(chapters.size(), kScriptSectionCount);

        OfflineNarrator narrator(script, lines, lang, testdata::seededRandom(7));
        const OfflineNarrator::Turn opening = narrator.opening();
        EXPECT_TRUE(opening.text.contains(script.title)) << opening.text.toStdString();
        EXPECT_TRUE(opening.text.contains(script.hook));
        EXPECT_TRUE(hasQuestionMark(opening.text));
        for (const QString& line : lines.lines(QStringLiteral("en"), NarratorLines::Kind::Intro))
            EXPECT_FALSE(opening.text.contains(line.arg(script.title))); // not English

        for (int i = 0; i < chapters.size(); ++i) {
            const OfflineNarrator::Turn turn = narrator.reply(QStringLiteral("음 / うーん / pues"));
            EXPECT_TRUE(turn.text.contains(chapters.at(i).content)) << i;
            EXPECT_EQ(turn.chapter, i + 1);
            if (i + 1 < chapters.size()) {
                // The bundled scripts end each chapter with their own question.
                EXPECT_TRUE(turn.text.endsWith(chapters.at(i).question)) << i;
                EXPECT_TRUE(endsWithQuestion(turn.text)) << i;
            } else {
                EXPECT_TRUE(turn.last);
                EXPECT_TRUE(turn.text.contains(RequestWords::exitWord(lang)));
                if (!chapters.at(i).question.isEmpty()) {
                    EXPECT_FALSE(turn.text.contains(chapters.at(i).question));
                }
            }
        }
        EXPECT_TRUE(narrator.isFinished());
        EXPECT_TRUE(narrator.welcomeBack().contains(script.title));
    }
}

TEST_F(OfflineNarratorTest, ScriptWithNothingToTell)
{
    OfflineNarrator narrator(
        testdata::script(QStringLiteral("Empty"), QStringLiteral("en"), {QStringLiteral("N/A")}),
        lines, QStringLiteral("en"), testdata::constantRandom());
    EXPECT_EQ(narrator.chapterCount(), 0);
    EXPECT_TRUE(narrator.opening().last);
    const OfflineNarrator::Turn turn = narrator.reply(QStringLiteral("hello"));
    EXPECT_TRUE(turn.last);
    EXPECT_TRUE(turn.text.contains(QStringLiteral("exit")));
}

TEST_F(OfflineNarratorTest, AudiobookModeSaysTheQuestionAsAThoughtWithNoReaction)
{
    const Script script = testdata::numberedScript(5);
    const auto chapters = script.tellableChapters();
    for (const char* language : {"en", "ko", "ja", "es"}) {
        const QString lang = QString::fromLatin1(language);
        SCOPED_TRACE(language);
        const QStringList ponder = lines.lines(lang, NarratorLines::Kind::Ponder);
        ASSERT_FALSE(ponder.isEmpty());
        for (const QString& line : ponder)
            EXPECT_TRUE(line.contains(QStringLiteral("%1"))) << line.toStdString();

        OfflineNarrator narrator(script, lines, lang, testdata::seededRandom(3));
        narrator.opening();
        narrator.setAudiobook(true);
        for (int i = 0; i < chapters.size(); ++i) {
            const OfflineNarrator::Turn turn = narrator.reply(QString());
            SCOPED_TRACE(turn.text.toStdString());
            EXPECT_EQ(turn.chapter, i + 1);
            // No answer, no reaction: the chapter comes first.
            EXPECT_TRUE(turn.text.startsWith(chapters.at(i).content.trimmed()));
            const QString close = turn.text.section(QStringLiteral("\n\n"), -1);
            if (i + 1 < chapters.size()) {
                bool pondered = false;
                for (const QString& line : ponder)
                    pondered =
                        pondered || close.startsWith(line.section(QStringLiteral("%1"), 0, 0));
                EXPECT_TRUE(pondered);
            } else {
                EXPECT_FALSE(hasQuestionMark(close)); // the wrap-up
            }
        }
    }
    // Off again: a plain question and a reaction to the answer.
    OfflineNarrator narrator(script, lines, QStringLiteral("en"), testdata::seededRandom(3));
    narrator.opening();
    narrator.setAudiobook(true);
    narrator.setAudiobook(false);
    const OfflineNarrator::Turn turn = narrator.reply(QStringLiteral("they sailed away"));
    EXPECT_FALSE(turn.text.startsWith(chapters.at(0).content.trimmed()));
    for (const QString& line : lines.lines(QStringLiteral("en"), NarratorLines::Kind::Ponder))
        EXPECT_FALSE(turn.text.contains(line.section(QStringLiteral("%1"), 0, 0)));
}

} // namespace
} // namespace st
