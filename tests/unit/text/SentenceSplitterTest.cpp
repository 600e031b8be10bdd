#include "core/text/SentenceSplitter.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace st {
namespace {

struct SplitCase
{
    const char16_t* text;
    std::vector<const char16_t*> sentences;
};

QString str(const char16_t* s)
{
    return QString::fromUtf16(s);
}

QStringList expected(const SplitCase& c)
{
    QStringList out;
    for (const char16_t* s : c.sentences)
        out.append(str(s));
    return out;
}

QStringList whole(const QString& text, int maxChars = 4096)
{
    SentenceSplitter splitter(maxChars);
    QStringList out = splitter.feed(text);
    out += splitter.finish();
    return out;
}

/// One code point at a time.
QStringList byCharacter(const QString& text, int maxChars = 4096)
{
    SentenceSplitter splitter(maxChars);
    QStringList out;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        out += splitter.feed(text.mid(i, n));
        i += n;
    }
    out += splitter.finish();
    return out;
}

/// Pieces of 1 to 8 UTF-16 units, surrogate pairs split too.
QStringList randomSplits(const QString& text, unsigned seed, int maxChars = 4096)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> length(1, 8);
    SentenceSplitter splitter(maxChars);
    QStringList out;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = length(rng);
        out += splitter.feed(text.mid(i, n));
        i += n;
    }
    out += splitter.finish();
    return out;
}

void checkCases(const std::vector<SplitCase>& cases)
{
    for (const SplitCase& c : cases) {
        const QString text = str(c.text);
        SCOPED_TRACE(text.toStdString());
        const QStringList want = expected(c);
        EXPECT_EQ(whole(text), want) << "fed whole";
        EXPECT_EQ(byCharacter(text), want) << "fed one character at a time";
        for (unsigned seed : {1u, 7u, 42u})
            EXPECT_EQ(randomSplits(text, seed), want) << "fed in random pieces, seed " << seed;
    }
}

TEST(SentenceSplitterTest, English)
{
    checkCases({
        {u"Mr. Smith went to Washington. He met Dr. Jones 3.5 km from St. Louis.",
         {u"Mr. Smith went to Washington.", u"He met Dr. Jones 3.5 km from St. Louis."}},
        {u"It cost $1,000.50 in 2023. The v2.0 release shipped on the 19th. Everyone cheered",
         {u"It cost $1,000.50 in 2023.", u"The v2.0 release shipped on the 19th.",
          u"Everyone cheered"}},
        {u"\"Where is it?\" she asked. \"Gone!\" He sighed.",
         {u"\"Where is it?\" she asked.", u"\"Gone!\"", u"He sighed."}},
        {u"Wait... what? Really?! Yes… maybe. No.",
         {u"Wait... what?", u"Really?!", u"Yes… maybe.", u"No."}},
        {u"J. R. R. Tolkien wrote it, e.g. in Oxford, i.e. England. It was 5 p.m. The end",
         {u"J. R. R. Tolkien wrote it, e.g. in Oxford, i.e. England.", u"It was 5 p.m.",
          u"The end"}},
        {u"They sold apples, pears, etc. and more. The U.S. Navy came to No. 5 pier.",
         {u"They sold apples, pears, etc. and more.", u"The U.S. Navy came to No. 5 pier."}},
        {u"# The Ship\nShe sailed in 1872\n\n1. First point.\n2. Second point",
         {u"# The Ship", u"She sailed in 1872", u"1. First point.", u"2. Second point"}},
        {u"What a find! 📚 The crew vanished.👻 Nobody knows 🤷‍♂️",
         {u"What a find!", u"📚 The crew vanished.👻", u"Nobody knows 🤷‍♂️"}},
        {u"(See the map.) Then we left. ‘Why?’ Nobody knew.",
         {u"(See the map.)", u"Then we left.", u"‘Why?’", u"Nobody knew."}},
        {u"Capt. Briggs and Gen. Lee met Mrs. Ms. Sr. Lt. Mt. vs. everyone. Done.",
         {u"Capt. Briggs and Gen. Lee met Mrs. Ms. Sr. Lt. Mt. vs. everyone.", u"Done."}},
        {u"She said **no.** Then _it sank!_ `Done.` Next",
         {u"She said **no.**", u"Then _it sank!_", u"`Done.`", u"Next"}},
        {u"It was a.m. when they left.   \n  Then dawn came.",
         {u"It was a.m. when they left.", u"Then dawn came."}},
    });
}

TEST(SentenceSplitterTest, Spanish)
{
    checkCases({
        {u"¿Dónde está el barco? ¡Nadie lo sabe! Era 1872.",
         {u"¿Dónde está el barco?", u"¡Nadie lo sabe!", u"Era 1872."}},
        {u"El Sr. García y la Sra. López llegaron. La Srta. Ruiz, no.",
         {u"El Sr. García y la Sra. López llegaron.", u"La Srta. Ruiz, no."}},
        {u"La Dra. Pérez vive en EE. UU. desde 2010. Ud. lo sabe. Uds. también.",
         {u"La Dra. Pérez vive en EE. UU. desde 2010.", u"Ud. lo sabe.", u"Uds. también."}},
        {u"Costó 3,5 millones, o sea 1.250.000 euros. Ver pág. 12, etc. Fin",
         {u"Costó 3,5 millones, o sea 1.250.000 euros.", u"Ver pág. 12, etc.", u"Fin"}},
        {u"«Se fueron», dijo. «¿Adónde?» Nadie respondió.",
         {u"«Se fueron», dijo.", u"«¿Adónde?»", u"Nadie respondió."}},
        {u"Esperaron... y esperaron. ¿Y luego? Nada",
         {u"Esperaron... y esperaron.", u"¿Y luego?", u"Nada"}},
        {u"Hola.¿Qué pasó?¡Increíble!", {u"Hola.", u"¿Qué pasó?", u"¡Increíble!"}},
        {u"Primera línea sin punto\nSegunda línea 😀\n\nTercera",
         {u"Primera línea sin punto", u"Segunda línea 😀", u"Tercera"}},
        {u"—¿Vienes? —preguntó ella. —Sí. 👍🏽 Vamos…",
         {u"—¿Vienes?", u"—preguntó ella.", u"—Sí.", u"👍🏽 Vamos…"}},
    });
}

TEST(SentenceSplitterTest, Korean)
{
    checkCases({
        {u"메리 셀레스트호는 1872년에 발견되었다. 배에는 아무도 없었다.",
         {u"메리 셀레스트호는 1872년에 발견되었다.", u"배에는 아무도 없었다."}},
        {u"정말일까? 아무도 모른다! 그래서요.", {u"정말일까?", u"아무도 모른다!", u"그래서요."}},
        {u"선장은 “모두 어디 갔지?” 하고 물었다. 대답은 없었다.",
         {u"선장은 “모두 어디 갔지?” 하고 물었다.", u"대답은 없었다."}},
        {u"“가자.”라고 말했다. 그리고 떠났다.", {u"“가자.”라고 말했다.", u"그리고 떠났다."}},
        {u"그 배는… 사라졌다. 「유령선」이라고 불렸다.",
         {u"그 배는…", u"사라졌다.", u"「유령선」이라고 불렸다."}},
        {u"온도는 36.5도였다. 약 3.14배! 놀랍죠?",
         {u"온도는 36.5도였다.", u"약 3.14배!", u"놀랍죠?"}},
        {u"했다.그리고 끝났다.그렇죠?네", {u"했다.", u"그리고 끝났다.", u"그렇죠?", u"네"}},
        {u"첫 줄\n둘째 줄입니다 📚 셋째 문장이에요. 끝",
         {u"첫 줄", u"둘째 줄입니다 📚 셋째 문장이에요.", u"끝"}},
        {u"『해저 2만 리』를 읽었나요? 정말 재밌어요!! 😊 다음 이야기",
         {u"『해저 2만 리』를 읽었나요?", u"정말 재밌어요!!", u"😊 다음 이야기"}},
        {u"그는 “배가 비어 있었다.” 그날 밤 아무도 잠들지 못했다.",
         {u"그는 “배가 비어 있었다.”", u"그날 밤 아무도 잠들지 못했다."}},
    });
}

TEST(SentenceSplitterTest, Japanese)
{
    checkCases({
        {u"メアリー・セレスト号は1872年に発見された。船には誰もいなかった。",
         {u"メアリー・セレスト号は1872年に発見された。", u"船には誰もいなかった。"}},
        {u"本当？信じられない！でも事実だ。", {u"本当？", u"信じられない！", u"でも事実だ。"}},
        {u"「どこへ行ったの？」と彼は言った。誰も答えなかった。",
         {u"「どこへ行ったの？」と彼は言った。", u"誰も答えなかった。"}},
        {u"「行こう。」「どこへ？」彼は黙った。",
         {u"「行こう。」", u"「どこへ？」", u"彼は黙った。"}},
        {u"それは……誰にもわからない。", {u"それは……誰にもわからない。"}},
        {u"気温は３．５度だった。約3.5倍だ！", {u"気温は３．５度だった。", u"約3.5倍だ！"}},
        {u"『海底二万里』を読んだ？面白いよ😊次の話へ",
         {u"『海底二万里』を読んだ？", u"面白いよ😊次の話へ"}},
        {u"第一章\n船は漂っていた（誰も乗っていなかった）。そして",
         {u"第一章", u"船は漂っていた（誰も乗っていなかった）。", u"そして"}},
        {u"すごい!次へ行こう?はい", {u"すごい!", u"次へ行こう?", u"はい"}},
        {u"彼は「もう帰る。」と言った。🌊 海は静かだった。",
         {u"彼は「もう帰る。」と言った。🌊", u"海は静かだった。"}},
    });
}

QString withoutSpaces(QString s)
{
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

TEST(SentenceSplitterTest, AnyMixOfTrickyPiecesSplitsTheSameWayHoweverItIsFed)
{
    const char16_t* pieces[] = {u"Mr.", u" ",    u"3.",   u"5",        u"etc.",
                                u"…",   u"...",  u"?!",   u"“",        u"”",
                                u"「",  u"」",   u"。",   u"！",       u"¿",
                                u"¡",   u"\n",   u"\n\n", u"👍🏽", u"👨‍👩‍👧",
                                u"🇰🇷",  u"word", u"Word", u"다.",      u"요?",
                                u"と",  u"하고", u"U.S.", u"p.m.",     u"No.",
                                u"1.",  u"，",   u", ",   u"**",       u"—",
                                u"a"};
    std::mt19937 rng(2024);
    std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
    for (int round = 0; round < 200; ++round) {
        QString text;
        for (int n = 0; n < 40; ++n)
            text += QString::fromUtf16(pieces[pick(rng)]);
        SCOPED_TRACE(text.toStdString());
        const int maxChars = round % 2 ? 4096 : 24;
        const QStringList sentences = whole(text, maxChars);
        for (const QString& s : sentences) {
            EXPECT_FALSE(s.isEmpty());
            EXPECT_EQ(s, s.trimmed());
            EXPECT_LE(s.size(), maxChars);
        }
        EXPECT_EQ(withoutSpaces(sentences.join(QString())), withoutSpaces(text));
        EXPECT_EQ(byCharacter(text, maxChars), sentences);
        EXPECT_EQ(randomSplits(text, unsigned(round), maxChars), sentences);
    }
}

TEST(SentenceSplitterTest, FirstSentenceComesWithTheDeltaThatConfirmsIt)
{
    SentenceSplitter s;
    EXPECT_TRUE(s.feed(QStringLiteral("Hello there")).isEmpty());
    EXPECT_TRUE(s.feed(QStringLiteral(".")).isEmpty()); // "." could still be "3.5"
    EXPECT_EQ(s.feed(QStringLiteral(" And")), QStringList{QStringLiteral("Hello there.")});
    EXPECT_EQ(s.finish(), QStringList{QStringLiteral("And")});

    EXPECT_TRUE(s.feed(QStringLiteral("It is 3.")).isEmpty());
    EXPECT_EQ(s.feed(QStringLiteral("5 km away. ")),
              QStringList{QStringLiteral("It is 3.5 km away.")});

    EXPECT_TRUE(s.feed(QStringLiteral("Mr.")).isEmpty());
    EXPECT_TRUE(s.feed(QStringLiteral(" Smith")).isEmpty());
    EXPECT_EQ(s.feed(QStringLiteral(" came! Then")),
              QStringList{QStringLiteral("Mr. Smith came!")});
    s.reset();

    EXPECT_TRUE(s.feed(QString::fromUtf16(u"こんにちは。")).isEmpty());
    EXPECT_EQ(s.feed(QString::fromUtf16(u"元")), QStringList{QString::fromUtf16(u"こんにちは。")});
    EXPECT_EQ(s.finish(), QStringList{QString::fromUtf16(u"元")});

    EXPECT_EQ(s.feed(QStringLiteral("No end yet\n")), QStringList{QStringLiteral("No end yet")});
}

TEST(SentenceSplitterTest, NothingButWhitespaceGivesNothingAndResetDrops)
{
    SentenceSplitter s;
    EXPECT_TRUE(s.feed(QStringLiteral("\n\n  \n \t")).isEmpty());
    EXPECT_TRUE(s.finish().isEmpty());
    EXPECT_TRUE(s.feed(QStringLiteral("Half a sen")).isEmpty());
    s.reset();
    EXPECT_EQ(s.feed(QStringLiteral("New. Next")), QStringList{QStringLiteral("New.")});
    EXPECT_EQ(s.finish(), QStringList{QStringLiteral("Next")});
    EXPECT_TRUE(s.finish().isEmpty());
}

void expectSameThreeWays(const QString& text, int maxChars, const QStringList& pieces)
{
    EXPECT_EQ(byCharacter(text, maxChars), pieces);
    EXPECT_EQ(randomSplits(text, 3, maxChars), pieces);
}

bool wholeSurrogates(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && (i + 1 == s.size() || !s.at(i + 1).isLowSurrogate()))
            return false;
        if (s.at(i).isLowSurrogate() && (i == 0 || !s.at(i - 1).isHighSurrogate()))
            return false;
    }
    return true;
}

TEST(SentenceSplitterTest, LongSentenceIsCutAtCommasUnderTheLimit)
{
    QString text;
    while (text.size() < 10000)
        text += QStringLiteral("the crew of the ship was gone, ");
    text += QStringLiteral("and nobody knew why.");
    for (int maxChars : {4096, 500}) {
        const QStringList pieces = whole(text, maxChars);
        ASSERT_GE(pieces.size(), 10000 / maxChars + 1);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            EXPECT_LE(pieces.at(i).size(), maxChars);
            if (i + 1 < pieces.size()) {
                EXPECT_TRUE(pieces.at(i).endsWith(u',')) << pieces.at(i).right(40).toStdString();
            }
        }
        EXPECT_EQ(pieces.join(u' '), text);
        expectSameThreeWays(text, maxChars, pieces);
    }
}

TEST(SentenceSplitterTest, ClauseMarksOfEveryKindAndThenSpacesAreCutPoints)
{
    QString cjk;
    while (cjk.size() < 1000)
        cjk += QString::fromUtf16(u"船は静かに漂っていた、");
    for (const QString& piece : whole(cjk, 100)) {
        EXPECT_LE(piece.size(), 100);
        EXPECT_TRUE(piece.endsWith(u'、'));
    }
    QString words;
    while (words.size() < 1000)
        words += QStringLiteral("word ");
    const QStringList pieces = whole(words, 100);
    for (const QString& piece : pieces) {
        EXPECT_LE(piece.size(), 100);
        EXPECT_TRUE(piece.endsWith(QStringLiteral("word"))); // never inside a word
    }
    expectSameThreeWays(words, 100, pieces);
}

TEST(SentenceSplitterTest, SentenceWithoutBoundaryIsCutAtTheLimit)
{
    const QString text(10000, u'a');
    const QStringList pieces = whole(text, 4096);
    ASSERT_EQ(pieces.size(), 3);
    EXPECT_EQ(pieces.at(0).size(), 4096);
    EXPECT_EQ(pieces.at(1).size(), 4096);
    EXPECT_EQ(pieces.at(2).size(), 10000 - 2 * 4096);
    expectSameThreeWays(text, 4096, pieces);
}

TEST(SentenceSplitterTest, SurrogatePairsAndEmojiSequencesAreNeverSplit)
{
    const QString sequences[] = {QString::fromUtf16(u"😀"), QString::fromUtf16(u"👍🏽"),
                                 QString::fromUtf16(u"👨‍👩‍👧"),
                                 QString::fromUtf16(u"🇰🇷"), QString::fromUtf16(u"𠀋")};
    for (const QString& unit : sequences) {
        SCOPED_TRACE(unit.toStdString());
        QString text = QStringLiteral("x"); // so that the limit falls inside a pair
        while (text.size() < 1000)
            text += unit;
        for (int maxChars : {99, 100, 101}) {
            const QStringList pieces = whole(text, maxChars);
            ASSERT_GT(pieces.size(), 1);
            for (const QString& piece : pieces) {
                EXPECT_LE(piece.size(), maxChars);
                EXPECT_TRUE(wholeSurrogates(piece));
                if (piece != pieces.front()) {
                    EXPECT_TRUE(piece.startsWith(unit)) << "a sequence was split";
                }
            }
            EXPECT_EQ(pieces.join(QString()), text);
            expectSameThreeWays(text, maxChars, pieces);
        }
    }
}

} // namespace
} // namespace st
