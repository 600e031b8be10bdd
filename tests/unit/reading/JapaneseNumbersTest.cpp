#include "core/reading/JapaneseNumbers.h"

#include "unit/reading/ReadingCases.h"

#include <gtest/gtest.h>

using namespace st;

namespace {

void expectAll(std::initializer_list<readingtest::Case> cases)
{
    readingtest::expectAll(&JapaneseNumbers::read, cases);
}

} // namespace

TEST(JapaneseNumbersTest, WholeNumbers)
{
    EXPECT_EQ(JapaneseNumbers::number(0), QStringLiteral("ゼロ"));
    EXPECT_EQ(JapaneseNumbers::number(10), QStringLiteral("ジュウ"));
    EXPECT_EQ(JapaneseNumbers::number(11), QStringLiteral("ジュウイチ"));
    EXPECT_EQ(JapaneseNumbers::number(300), QStringLiteral("サンビャク"));
    EXPECT_EQ(JapaneseNumbers::number(600), QStringLiteral("ロッピャク"));
    EXPECT_EQ(JapaneseNumbers::number(800), QStringLiteral("ハッピャク"));
    EXPECT_EQ(JapaneseNumbers::number(3000), QStringLiteral("サンゼン"));
    EXPECT_EQ(JapaneseNumbers::number(8000), QStringLiteral("ハッセン"));
    EXPECT_EQ(JapaneseNumbers::number(1872), QStringLiteral("センハッピャクナナジュウニ"));
    EXPECT_EQ(JapaneseNumbers::number(10000), QStringLiteral("イチマン"));
    EXPECT_EQ(JapaneseNumbers::number(47000), QStringLiteral("ヨンマンナナセン"));
    EXPECT_EQ(JapaneseNumbers::number(10000000), QStringLiteral("イッセンマン"));
    EXPECT_EQ(JapaneseNumbers::number(120000000), QStringLiteral("イチオクニセンマン"));
}

TEST(JapaneseNumbersTest, TheIssuesExamples)
{
    expectAll({{u"1872年", u"センハッピャクナナジュウニネン"},
               {u"12月4日", u"ジュウニガツヨッカ"},
               {u"10人", u"ジュウニン"}});
}

TEST(JapaneseNumbersTest, DatesAndTimes)
{
    expectAll({{u"4月1日", u"シガツツイタチ"},
               {u"1日で", u"イチニチで"},
               {u"7月20日", u"シチガツハツカ"},
               {u"9月14日", u"クガツジュウヨッカ"},
               {u"3月17日", u"サンガツジュウシチニチ"},
               {u"5月24日", u"ゴガツニジュウヨッカ"},
               {u"8時20分", u"ハチジニジュップン"},
               {u"4時3分", u"ヨジサンプン"},
               {u"10:30", u"ジュウジサンジュップン"},
               {u"7時42分", u"シチジヨンジュウニフン"},
               {u"1904年", u"センキュウヒャクヨネン"},
               {u"1920年代", u"センキュウヒャクニジュウネンダイ"},
               {u"3年間", u"サンネンカン"},
               {u"2か月", u"ニカゲツ"},
               {u"1ヶ月", u"イッカゲツ"},
               {u"1週間", u"イッシュウカン"},
               {u"10分間", u"ジュップンカン"},
               {u"3日間", u"ミッカカン"}});
}

TEST(JapaneseNumbersTest, CountersChangeTheirSound)
{
    expectAll({{u"1人", u"ヒトリ"},
               {u"2人", u"フタリ"},
               {u"4人", u"ヨニン"},
               {u"14人", u"ジュウヨニン"},
               {u"3本", u"サンボン"},
               {u"8本", u"ハッポン"},
               {u"20本", u"ニジュッポン"},
               {u"1個", u"イッコ"},
               {u"30個", u"サンジュッコ"},
               {u"3隻", u"サンセキ"},
               {u"20歳", u"ハタチ"},
               {u"8歳", u"ハッサイ"},
               {u"3つ", u"ミッツ"},
               {u"4つ", u"ヨッツ"},
               {u"3分の1", u"サンブンノイチ"},
               {u"48回", u"ヨンジュウハッカイ"},
               {u"1世紀", u"イッセイキ"},
               {u"3階", u"サンガイ"}});
}

TEST(JapaneseNumbersTest, SeparatorsDecimalsMyriadsAndPercent)
{
    expectAll({{u"1,200人", u"センニヒャクニン"},
               {u"2.4キロ", u"ニテンヨンキロ"},
               {u"4万7000キロ", u"ヨンマンナナセンキロ"},
               {u"1億2000万円", u"イチオクニセンマンエン"},
               {u"400万ドル", u"ヨンヒャクマンドル"},
               {u"45%", u"ヨンジュウゴパーセント"},
               {u"10％", u"ジュッパーセント"},
               {u"３人", u"サンニン"},
               {u"１８７２年", u"センハッピャクナナジュウニネン"}});
}

TEST(JapaneseNumbersTest, OtherTextIsLeftAsItIs)
{
    expectAll({{u"船長は", u"船長は"},
               {u"MH370便", u"MHサンビャクナナジュウ便"},
               {u"", u""},
               {u"1,2,3", u"イチ,ニ,サン"}});
    // Too many digits for a number: read one by one.
    EXPECT_EQ(JapaneseNumbers::read(QStringLiteral("12345678901234567890")),
              QStringLiteral(
                  "イチニサンヨンゴロクナナハチキュウゼロイチニサンヨンゴロクナナハチキュウゼロ"));
}
