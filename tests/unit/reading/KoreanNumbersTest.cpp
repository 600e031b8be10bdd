#include "core/reading/KoreanNumbers.h"

#include "unit/reading/ReadingCases.h"

#include <gtest/gtest.h>

using namespace st;

namespace {

void expectAll(std::initializer_list<readingtest::Case> cases)
{
    readingtest::expectAll(&KoreanNumbers::read, cases);
}

} // namespace

TEST(KoreanNumbersTest, SinoAndNative)
{
    EXPECT_EQ(KoreanNumbers::sino(1872), QStringLiteral("천팔백칠십이"));
    EXPECT_EQ(KoreanNumbers::sino(10000), QStringLiteral("만"));
    EXPECT_EQ(KoreanNumbers::sino(47000), QStringLiteral("사만칠천"));
    EXPECT_EQ(KoreanNumbers::sino(100000000), QStringLiteral("일억"));
    EXPECT_EQ(KoreanNumbers::sino(0), QStringLiteral("영"));
    EXPECT_EQ(KoreanNumbers::native(1), QStringLiteral("한"));
    EXPECT_EQ(KoreanNumbers::native(20), QStringLiteral("스무"));
    EXPECT_EQ(KoreanNumbers::native(24), QStringLiteral("스물네"));
    EXPECT_EQ(KoreanNumbers::native(99), QStringLiteral("아흔아홉"));
    EXPECT_EQ(KoreanNumbers::native(100), QStringLiteral("백"));
}

TEST(KoreanNumbersTest, DatesTakeSinoKoreanWithTheMonthsThatChange)
{
    expectAll({{u"1872년 12월 4일", u"천팔백칠십이년 십이월 사일"},
               {u"6월", u"유월"},
               {u"10월", u"시월"},
               {u"17개월", u"십칠개월"},
               {u"20분", u"이십분"}});
}

TEST(KoreanNumbersTest, CountersOfPeopleThingsAndHoursTakeNativeNumbers)
{
    expectAll({{u"10명", u"열 명"},
               {u"36명", u"서른여섯 명"},
               {u"129명", u"백이십구명"},
               {u"3시", u"세 시"},
               {u"13시", u"십삼시"},
               {u"15시간", u"열다섯 시간"},
               {u"14척", u"열네 척"},
               {u"20살", u"스무 살"},
               {u"1번째", u"첫 번째"},
               {u"2 마리", u"두 마리"},
               {u"3달러", u"삼달러"},
               {u"82개", u"여든두 개"}});
}

TEST(KoreanNumbersTest, TimesDecimalsAndPercent)
{
    expectAll({{u"3:20", u"세 시 이십 분"},
               {u"10:00", u"열 시"},
               {u"2.4킬로미터", u"이 점 사킬로미터"},
               {u"45%", u"사십오퍼센트"},
               {u"9,800여 명", u"구천팔백여 명"},
               {u"4만 7천", u"사만 칠천"}});
}
