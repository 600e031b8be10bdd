#include "core/tts/SpeechText.h"

#include "core/tts/SpokenSentences.h"
#include "support/QtPrinters.h"

#include <QRegularExpression>
#include <gtest/gtest.h>
#include <vector>

namespace st {
namespace {

struct SpeechCase
{
    const char16_t* text;
    const char16_t* spoken;
};

void checkCases(const std::vector<SpeechCase>& cases)
{
    for (const SpeechCase& c : cases) {
        const QString text = QString::fromUtf16(c.text);
        SCOPED_TRACE(text.toStdString());
        EXPECT_EQ(SpeechText::forSpeech(text), QString::fromUtf16(c.spoken));
    }
}

TEST(SpeechTextTest, MarkdownBlocks)
{
    checkCases({
        {u"# The Mary Celeste", u"The Mary Celeste"},
        {u"### Chapter 2 ###", u"Chapter 2"},
        {u"- first item", u"first item"},
        {u"* starred item", u"starred item"},
        {u"+ plus item", u"plus item"},
        {u"12. twelfth item", u"twelfth item"},
        {u"1872. The year it was found.", u"1872. The year it was found."},
        {u"3) third item", u"third item"},
        {u"- [x] done task", u"done task"},
        {u"> A quote.\n> > Nested.", u"A quote. Nested."},
        {u"Before.\n\n---\n\n***\n___\nAfter.", u"Before. After."},
        {u"| Ship | Year |\n|---|:---:|\n| Mary Celeste | 1872 |",
         u"Ship, Year Mary Celeste, 1872"},
        {u"Look:\n```cpp\nint main() { return 0; }\n```\nThat was code.", u"Look: That was code."},
        {u"~~~\ncode\n~~~\nText", u"Text"},
        {u"```python", u""},
    });
}

TEST(SpeechTextTest, MarkdownInline)
{
    checkCases({
        {u"This is **bold**, __strong__, *italic*, _light_ and ***both***.",
         u"This is bold, strong, italic, light and both."},
        {u"Run `npm install` now.", u"Run npm install now."},
        {u"Read [the report](https://example.com/report) today.", u"Read the report today."},
        {u"A map ![map of the island](img/map.png) here.", u"A map here."},
        {u"~~struck~~ out", u"struck out"},
        {u"snake_case_name and 3 * 4 and 2*3 stay", u"snake_case_name and 3 * 4 and 2*3 stay"},
        {u"A **half-open bold", u"A half-open bold"},
        {u"Escaped \\*star\\* kept", u"Escaped *star* kept"},
        {u"Line<br>break and <b>tag</b><br/>", u"Line break and tag"},
        {u"if x<y and y>z, &amp; &quot;so&quot;", u"if x<y and y>z, & \"so\""},
        {u"정말❓ 대단해❗", u"정말? 대단해!"},
    });
}

TEST(SpeechTextTest, EmojiOfEveryKindAreRemoved)
{
    checkCases({
        {u"Books 📚 everywhere.", u"Books everywhere."},
        {u"Well done 👍🏽!", u"Well done!"},
        {u"Family 👨‍👩‍👧 trip", u"Family trip"},
        {u"Korea 🇰🇷 and Spain 🇪🇸.", u"Korea and Spain."},
        {u"I ❤️ it ❤ and ☀️.", u"I it and."},
        {u"Keycap 1️⃣ stays a digit.", u"Keycap 1 stays a digit."},
        {u"Wow!😱😱😱 Then", u"Wow! Then"},
        {u"📚🚢🌊", u""},
        {u"Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿 too", u"Scotland too"},
    });
}

TEST(SpeechTextTest, UrlsAreRemoved)
{
    checkCases({
        {u"See https://en.wikipedia.org/wiki/Mary_Celeste for more.", u"See for more."},
        {u"Source: http://example.com/a?b=c&d=e.", u"Source:."},
        {u"Visit www.example.org, then rest.", u"Visit, then rest."},
        {u"(https://example.com)", u""},
        {u"<https://example.com> link", u"link"},
    });
}

TEST(SpeechTextTest, WhitespaceIsCollapsed)
{
    checkCases({
        {u"  many   spaces\tand\nlines  ", u"many spaces and lines"},
        {u"\n\n", u""},
    });
}

TEST(SpeechTextTest, KoreanJapaneseSpanishPassThroughUntouched)
{
    const char16_t* texts[] = {
        u"메리 셀레스트호는 1872년 12월 4일에 발견되었다. “모두 어디 갔지?” 하고 물었다.",
        u"「どこへ行ったの？」と彼は言った。『海底二万里』（1870年）……誰も知らない。",
        u"¿Dónde está el barco? ¡Nadie lo sabe! —dijo la Sra. López, en EE. UU., 3,5 km.",
        u"The crew—all ten—vanished; the log's last entry: 25 Nov. 1872 (8 a.m.).",
        u"ㅋㅋ 정말요~ 〜です※",
    };
    for (const char16_t* t : texts) {
        const QString text = QString::fromUtf16(t);
        EXPECT_EQ(SpeechText::forSpeech(text), text);
        EXPECT_TRUE(SpeechText::isSpeakable(text));
    }
}

TEST(SpeechTextTest, SpeakableNeedsALetterOrDigit)
{
    EXPECT_TRUE(SpeechText::isSpeakable(QStringLiteral("a")));
    EXPECT_TRUE(SpeechText::isSpeakable(QStringLiteral("42")));
    EXPECT_TRUE(SpeechText::isSpeakable(QString::fromUtf16(u"네")));
    EXPECT_TRUE(SpeechText::isSpeakable(QString::fromUtf16(u"**はい**")));
    EXPECT_FALSE(SpeechText::isSpeakable(QString()));
    EXPECT_FALSE(SpeechText::isSpeakable(QStringLiteral(" ... !? ")));
    EXPECT_FALSE(SpeechText::isSpeakable(QString::fromUtf16(u"📚 👍🏽 🇰🇷")));
    EXPECT_FALSE(SpeechText::isSpeakable(QStringLiteral("---")));
    EXPECT_FALSE(SpeechText::isSpeakable(QStringLiteral("```")));
    EXPECT_FALSE(SpeechText::isSpeakable(QStringLiteral("https://example.com/page")));
    EXPECT_FALSE(SpeechText::isSpeakable(QStringLiteral("![](a.png)")));
}

TEST(SpeechTextTest, AStreamedMarkdownReplyIsSpokenWithoutItsMarks)
{
    // A model's reply as the chat shows it formatted, arriving in pieces that cut its marks
    // in two, read sentence by sentence as narration reads it (SpokenSentences).
    const QString reply = QStringLiteral(
        "## The Crew\n\nThe captain was **Benjamin Briggs**, a careful man. With him sailed:\n\n"
        "- his wife *Sarah*\n- their daughter Sophia\n\n1. First, the log.\n2. Then __the "
        "boat__.\n\n### What was left\n\nSix months of food. `Nothing` was missing.");
    SpokenSentences sentences(4096);
    QStringList spoken;
    for (qsizetype at = 0; at < reply.size(); at += 3)
        for (const SpokenSentence& s : sentences.feed(reply.mid(at, 3)))
            spoken << s.speech;
    for (const SpokenSentence& s : sentences.finish())
        spoken << s.speech;
    const QRegularExpression mark(QStringLiteral("[*_#`]|^[-+] |^\\d+[.)] "));
    for (const QString& s : spoken)
        EXPECT_FALSE(s.contains(mark)) << s.toStdString();
    const QString all = spoken.join(u' ');
    for (const char* words : {"The Crew", "The captain was Benjamin Briggs, a careful man.",
                              "his wife Sarah", "their daughter Sophia", "First, the log.",
                              "Then the boat.", "What was left", "Nothing was missing."})
        EXPECT_TRUE(all.contains(QString::fromUtf8(words))) << words << "\n" << all.toStdString();
}

} // namespace
} // namespace st
