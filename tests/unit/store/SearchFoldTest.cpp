// The search form (SearchFold), query words (SearchQuery) and snippets (SearchSnippet):
// the pieces SessionSearch puts together, checked without a database.
#include "core/store/SearchFold.h"

#include "core/store/SearchQuery.h"
#include "core/store/SearchSnippet.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QString fold(const QString& text)
{
    return SearchFold::fold(text);
}

// What the fold of one character is defined to be, the slow way.
QString definedFold(char32_t c)
{
    const QString kd = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    QString kept;
    for (const uint part : kd.toUcs4()) {
        const bool accent =
            (part >= 0x0300 && part <= 0x036F) || (part >= 0x1AB0 && part <= 0x1AFF) ||
            (part >= 0x1DC0 && part <= 0x1DFF) || (part >= 0x20D0 && part <= 0x20FF) ||
            (part >= 0xFE20 && part <= 0xFE2F);
        if (!accent)
            kept.append(QString::fromUcs4(reinterpret_cast<const char32_t*>(&part), 1));
    }
    return kept.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString marked(const SearchSnippet& s, int i = 0)
{
    if (i >= s.matches.size())
        return {};
    return s.text.mid(s.matches.at(i).start, s.matches.at(i).length);
}

TEST(SearchFoldTest, FoldsAccentsCaseAndWidth)
{
    EXPECT_EQ(fold(QStringLiteral("Café")), QStringLiteral("cafe"));
    EXPECT_EQ(fold(QStringLiteral("ÀÉÎÕÜ Ñ ç")), QStringLiteral("aeiou n c"));
    EXPECT_EQ(fold(QStringLiteral("El capitán ATLÁNTICO")), QStringLiteral("el capitan atlantico"));
    EXPECT_EQ(fold(QStringLiteral("Cafe\u0301")), QStringLiteral("cafe")); // decomposed é
    EXPECT_EQ(fold(QStringLiteral("ＡＢＣ１")), QStringLiteral("abc1"));   // full width
    EXPECT_EQ(fold(QStringLiteral("ｶﾞｲﾄﾞ")), QStringLiteral("ガイド"));    // half-width kana
    EXPECT_EQ(fold(QStringLiteral("か\u3099き")), QStringLiteral("がき")); // decomposed kana
    EXPECT_EQ(fold(QStringLiteral("ΣΟΦΊΑ")), QStringLiteral("σοφια"));
    EXPECT_EQ(fold(QStringLiteral("a\tb\nc\u3000d")), QStringLiteral("a b c d"));
}

TEST(SearchFoldTest, LeavesKoreanAndJapaneseWhole)
{
    EXPECT_EQ(fold(QStringLiteral("선장은 바다를")), QStringLiteral("선장은 바다를"));
    EXPECT_EQ(fold(QStringLiteral("灯台守は島に")), QStringLiteral("灯台守は島に"));
    EXPECT_EQ(fold(QStringLiteral("がぎぐ ガギグ ヴ")),
              QStringLiteral("がぎぐ ガギグ ヴ")); // voicing kept
    EXPECT_NE(fold(QStringLiteral("が")), fold(QStringLiteral("か")));
}

TEST(SearchFoldTest, FastRangesAgreeWithTheDefinition)
{
    // The ranges the fold copies without normalizing must be ones normalizing would not change.
    const std::pair<char32_t, char32_t> ranges[] = {
        {0xAC00, 0xD7A3}, {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0x3041, 0x3096}, {0x30A1, 0x30FA}};
    for (const auto& [first, last] : ranges) {
        for (char32_t c = first; c <= last; ++c)
            ASSERT_EQ(fold(QString::fromUcs4(&c, 1)), definedFold(c)) << std::hex << c;
    }
    for (char32_t c = 0x80; c < 0x3000; ++c) {
        if (QChar::isSpace(c))
            continue; // a space, whatever its kind
        ASSERT_EQ(fold(QString::fromUcs4(&c, 1)), definedFold(c)) << std::hex << c;
    }
}

TEST(SearchFoldTest, MapsFoldedPositionsBackToTheOriginal)
{
    const auto m = SearchFold::foldMapped(QStringLiteral("Un Café\u0301 ﬁn"));
    EXPECT_EQ(m.text, QStringLiteral("un cafe fin"));
    EXPECT_EQ(m.originalRange(3, 4), std::make_pair(3, 8));  // "Café" and the extra accent
    EXPECT_EQ(m.originalRange(8, 2), std::make_pair(9, 10)); // "fi" is the one letter "ﬁ"
    EXPECT_EQ(m.originalRange(9, 2), std::make_pair(9, 11)); // "in": from inside "ﬁ"

    const auto kana = SearchFold::foldMapped(QStringLiteral("ｶﾞｲﾄﾞ"));
    EXPECT_EQ(kana.text, QStringLiteral("ガイド"));
    EXPECT_EQ(kana.originalRange(0, 1), std::make_pair(0, 2));
    EXPECT_EQ(kana.originalRange(2, 1), std::make_pair(3, 5));

    const QString emoji = QStringLiteral("a😀Bé");
    const auto e = SearchFold::foldMapped(emoji);
    EXPECT_EQ(e.text, QStringLiteral("a😀be"));
    EXPECT_EQ(e.originalRange(3, 2), std::make_pair(3, 5));
}

TEST(SearchFoldTest, PairsAreEveryLetterAloneAndWithTheNextInItsWord)
{
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("灯台守は島に")),
              QStringLiteral("灯 台 灯台 守 台守 は 守は 島 は島 に 島に"));
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("선장은 바다")),
              QStringLiteral("선 장 선장 은 장은 바 다 바다"));
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("el barco, el 1o")),
              QStringLiteral("e l el b a ba r ar c rc o co 1 1o"));
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("ああああ")), QStringLiteral("あ ああ"));
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("アイ・ユー")),
              QStringLiteral("ア イ アイ ユ ー ユー"));
    EXPECT_EQ(SearchFold::pairs(QStringLiteral("?! 😀 ...")), QString());
}

TEST(SearchQueryTest, WordsAreFoldedTrimmedAndLongestFirst)
{
    const SearchQuery q(QStringLiteral("  (Capitán)  \"el\" BARCO, "));
    EXPECT_EQ(q.terms(), (QStringList{QStringLiteral("capitan"), QStringLiteral("barco"),
                                      QStringLiteral("el")}));
    EXPECT_EQ(q.trigramMatch(), QStringLiteral("\"capitan\" \"barco\""));
    EXPECT_EQ(q.pairsMatch(), QStringLiteral("\"el\""));

    EXPECT_EQ(SearchQuery(QStringLiteral("cap captain")).terms(),
              QStringList{QStringLiteral("captain")});
    EXPECT_TRUE(SearchQuery(QStringLiteral(" \" ( ) - ... ")).isEmpty());
    EXPECT_TRUE(SearchQuery(QString()).isEmpty());
}

TEST(SearchQueryTest, NothingIsAnOperator)
{
    const SearchQuery q(QStringLiteral("say \"hello-world\" AND NEAR(x* ^y o'brien"));
    // Punctuation at a word's ends goes ("*" too); inside a word it stays.
    EXPECT_EQ(q.trigramMatch(),
              QStringLiteral("\"hello-world\" \"o'brien\" \"near(x\" \"say\" \"and\""));
    EXPECT_EQ(q.terms().last(), QStringLiteral("^y"));
    EXPECT_EQ(SearchQuery::quote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
}

TEST(SearchQueryTest, ShortWordsUseThePairs)
{
    const SearchQuery q(QStringLiteral("선장 島 el €5 😀"));
    EXPECT_TRUE(q.trigramMatch().isEmpty());
    EXPECT_EQ(q.pairsMatch(), QStringLiteral("\"선장\" \"el\" \"島\""));
    EXPECT_EQ(q.scanTerm(), QStringLiteral("선장"));
    EXPECT_TRUE(SearchQuery(QStringLiteral("€5 😀")).pairsMatch().isEmpty()); // scanned
    EXPECT_EQ(SearchQuery(QStringLiteral("€5")).scanPattern(), QStringLiteral("%€5%"));
    EXPECT_EQ(SearchQuery(QStringLiteral("a%_\\b")).scanPattern(),
              QStringLiteral("%a\\%\\_\\\\b%"));
    EXPECT_EQ(SearchQuery::length(QStringLiteral("😀a")), 2);
}

TEST(SearchQueryTest, RelevanceIsHowEachWordIsFound)
{
    const SearchQuery q(QStringLiteral("ship"));
    EXPECT_EQ(q.relevance(QStringLiteral("the ship sank")), 3);
    EXPECT_EQ(q.relevance(QStringLiteral("the shipwreck")), 2);
    EXPECT_EQ(q.relevance(QStringLiteral("a lightship, then a ship")), 3);
    EXPECT_EQ(q.relevance(QStringLiteral("lightships")), 1);
    EXPECT_EQ(q.relevance(QStringLiteral("a boat")), 0);
    EXPECT_EQ(SearchQuery(QStringLiteral("선장")).relevance(QStringLiteral("그 선장은")), 2);
    EXPECT_EQ(SearchQuery(QStringLiteral("ship boat")).relevance(QStringLiteral("ship")), 0);
    EXPECT_EQ(SearchQuery(QStringLiteral("ship boat")).relevance(QStringLiteral("boats, ship")), 5);
}

TEST(SearchSnippetTest, ShortTextIsWholeWithTheMatchMarked)
{
    const SearchSnippet s = SearchSnippet::cut(QStringLiteral("El Capitán\nencontró el barco."),
                                               SearchQuery(QStringLiteral("capitan")));
    EXPECT_EQ(s.text, QStringLiteral("El Capitán encontró el barco."));
    ASSERT_EQ(s.matches.size(), 1);
    EXPECT_EQ(marked(s), QStringLiteral("Capitán"));
}

TEST(SearchSnippetTest, LongTextIsCutAroundTheMatchBetweenWords)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("wave after wave ");
    text += QStringLiteral("the Lighthouse keeper was gone. ");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("more water ");
    const SearchSnippet s = SearchSnippet::cut(text, SearchQuery(QStringLiteral("lighthouse")));
    EXPECT_TRUE(s.text.startsWith(QChar(0x2026)));
    EXPECT_TRUE(s.text.endsWith(QChar(0x2026)));
    EXPECT_LE(s.text.size(), SearchSnippet::kWidth + 2);
    ASSERT_EQ(s.matches.size(), 1);
    EXPECT_EQ(marked(s), QStringLiteral("Lighthouse"));
    EXPECT_GE(s.matches.first().start, 20); // context before it
    // Cut between words: the text after "…" starts a word.
    EXPECT_TRUE(s.text.mid(1).startsWith(QStringLiteral("wave")) ||
                s.text.mid(1).startsWith(QStringLiteral("after")));
}

TEST(SearchSnippetTest, MarksEveryWordAndJapaneseWithoutSpaces)
{
    const SearchSnippet s =
        SearchSnippet::cut(QStringLiteral("灯台守は島に住んでいた。島は小さい。"),
                           SearchQuery(QStringLiteral("島 灯台")));
    ASSERT_EQ(s.matches.size(), 3);
    EXPECT_EQ(marked(s, 0), QStringLiteral("灯台"));
    EXPECT_EQ(marked(s, 1), QStringLiteral("島"));
    EXPECT_EQ(marked(s, 2), QStringLiteral("島"));
    EXPECT_EQ(s.matches.at(1).start, 4);
}

TEST(SearchSnippetTest, NoMatchGivesTheStart)
{
    const SearchSnippet s =
        SearchSnippet::cut(QStringLiteral("Nothing here"), SearchQuery(QStringLiteral("ship")));
    EXPECT_EQ(s.text, QStringLiteral("Nothing here"));
    EXPECT_TRUE(s.matches.isEmpty());
}

} // namespace
} // namespace st
