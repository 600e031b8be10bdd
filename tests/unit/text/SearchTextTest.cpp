#include "core/text/SearchText.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

bool containsAll(const QStringList& haystack, const QStringList& needles)
{
    for (const QString& n : needles) {
        if (!haystack.contains(n))
            return false;
    }
    return true;
}

TEST(SearchTextTest, LatinWordsAreLowercased)
{
    EXPECT_EQ(SearchText::terms(QStringLiteral("The Mary Celeste, 1872!")),
              list({"the", "mary", "celeste", "1872"}));
    EXPECT_EQ(SearchText::terms(QStringLiteral("  ")), QStringList());
    EXPECT_EQ(SearchText::terms(QStringLiteral("a a")), list({"a", "a"})); // duplicates kept
}

TEST(SearchTextTest, AccentsAreFolded)
{
    EXPECT_EQ(SearchText::terms(QStringLiteral("Cuéntame")), list({"cuentame"}));
    EXPECT_EQ(SearchText::terms(QStringLiteral("CUÉNTAME la HISTORIA")),
              list({"cuentame", "la", "historia"}));
    EXPECT_EQ(SearchText::terms(QStringLiteral("Dénouement Épilogo río año")),
              list({"denouement", "epilogo", "rio", "ano"}));
    // The same letter written with a combining accent.
    EXPECT_EQ(SearchText::terms(QStringLiteral("Cue\u0301ntame")), list({"cuentame"}));
}

TEST(SearchTextTest, HangulRunsBecomeBigrams)
{
    EXPECT_EQ(SearchText::terms(QStringLiteral("셀레스트호")),
              list({"셀레", "레스", "스트", "트호"}));
    // A Korean word is found inside a longer word: its bigrams are a subset.
    const QStringList longer = SearchText::terms(QStringLiteral("메리셀레스트호의"));
    EXPECT_TRUE(containsAll(longer, SearchText::terms(QStringLiteral("셀레스트"))));
    EXPECT_FALSE(containsAll(longer, SearchText::terms(QStringLiteral("셀레스타"))));
    EXPECT_EQ(SearchText::terms(QStringLiteral("끝")), list({"끝"})); // one syllable stays
}

TEST(SearchTextTest, JapaneseNeedsNoWordBreaks)
{
    const QStringList terms = SearchText::terms(QStringLiteral("ツングースカ大爆発の話"));
    EXPECT_EQ(terms.first(), QStringLiteral("ツン"));
    EXPECT_TRUE(terms.contains(QStringLiteral("ース"))); // the prolonged sound mark is kept
    EXPECT_TRUE(containsAll(terms, SearchText::terms(QStringLiteral("大爆発"))));
    EXPECT_TRUE(containsAll(terms, SearchText::terms(QStringLiteral("ツングースカ"))));
    EXPECT_EQ(terms.size(), QStringLiteral("ツングースカ大爆発の話").size() - 1);
}

TEST(SearchTextTest, MixedScriptsSplitAtTheBoundary)
{
    EXPECT_EQ(SearchText::terms(QStringLiteral("Tunguska 1908년 대폭발")),
              list({"tunguska", "1908", "년", "대폭", "폭발"}));
    EXPECT_EQ(SearchText::terms(QStringLiteral("メアリー・セレスト号")),
              list({"メア", "アリ", "リー", "セレ", "レス", "スト", "ト号"}));
}

TEST(SearchTextTest, QueryTermsDropKoreanParticlesAndDuplicates)
{
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("셀레스트호의 선장은")),
              SearchText::terms(QStringLiteral("셀레스트호 선장")));
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("Mary mary MARY celeste")),
              list({"mary", "celeste"}));
    // A two-syllable word keeps its last syllable even when it looks like a particle.
    EXPECT_EQ(SearchText::queryTerms(QStringLiteral("바다")), list({"바다"}));
}

TEST(SearchTextTest, IndexFormAndMatchExpression)
{
    EXPECT_EQ(SearchText::indexForm(QStringLiteral("The Mary Céleste")),
              QStringLiteral("the mary celeste"));
    EXPECT_EQ(SearchText::matchAny(list({"mary", "celeste"})),
              QStringLiteral("\"mary\" OR \"celeste\""));
    EXPECT_EQ(SearchText::matchAny(list({"a\"b"})), QStringLiteral("\"a\"\"b\""));
    EXPECT_TRUE(SearchText::matchAny({}).isEmpty());
}

TEST(SearchTextTest, IsCjk)
{
    EXPECT_TRUE(SearchText::isCjk(QChar(0xD55C))); // 한
    EXPECT_TRUE(SearchText::isCjk(QChar(0x3042))); // あ
    EXPECT_TRUE(SearchText::isCjk(QChar(0x30AB))); // カ
    EXPECT_TRUE(SearchText::isCjk(QChar(0x6F22))); // 漢
    EXPECT_TRUE(SearchText::isCjk(QChar(0x30FC))); // ー
    EXPECT_FALSE(SearchText::isCjk(QChar(u'a')));
    EXPECT_FALSE(SearchText::isCjk(QChar(0x00E9))); // é
    EXPECT_FALSE(SearchText::isCjk(QChar(u'1')));
}

} // namespace
} // namespace st
