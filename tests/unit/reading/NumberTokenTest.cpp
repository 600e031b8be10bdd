#include "core/reading/NumberToken.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace st;

namespace {

NumberToken scan(const QString& text, QChar group = u',', QChar point = u'.', bool myriads = true)
{
    return NumberToken::scan(text, 0, group, point, myriads);
}

} // namespace

TEST(NumberTokenTest, DigitsSeparatorsAndDecimals)
{
    EXPECT_EQ(scan(QStringLiteral("1872年")).whole, 1872);
    EXPECT_EQ(scan(QStringLiteral("1872年")).length, 4);
    EXPECT_EQ(scan(QStringLiteral("1,200人")).whole, 1200);
    EXPECT_EQ(scan(QStringLiteral("1,200人")).length, 5);
    EXPECT_EQ(scan(QStringLiteral("1,2,3")).whole, 1); // not a thousands separator
    EXPECT_EQ(scan(QStringLiteral("12,3456")).whole, 12);
    EXPECT_EQ(scan(QStringLiteral("3.05m")).decimals, QStringLiteral("05"));
    EXPECT_EQ(scan(QStringLiteral("3.")).length, 1);
    EXPECT_EQ(scan(QString::fromUtf16(u"１２３")).whole, 123);
    EXPECT_EQ(scan(QStringLiteral("1.200"), u'.', u',').whole, 1200);
    EXPECT_EQ(scan(QStringLiteral("3,5"), u'.', u',').decimals, QStringLiteral("5"));
}

TEST(NumberTokenTest, MyriadsAndBounds)
{
    EXPECT_EQ(scan(QString::fromUtf16(u"1億2000万円")).whole, 120000000);
    EXPECT_EQ(scan(QString::fromUtf16(u"1億2000万円")).length, 7);
    EXPECT_EQ(scan(QString::fromUtf16(u"4만 7천")).whole, 40000);
    EXPECT_EQ(scan(QString::fromUtf16(u"3万"), u',', u'.', false).whole, 3);
    EXPECT_EQ(scan(QString::fromUtf16(u"1.5万")).whole, 1); // 1.5 and then 万
    EXPECT_EQ(scan(QStringLiteral("99999999999999999999")).whole, -1);
    EXPECT_EQ(scan(QStringLiteral("99999999999999999999")).length, 20);
}

TEST(NumberTokenTest, TimesOfDay)
{
    int hour = -1;
    int minutes = -1;
    qsizetype end = -1;
    EXPECT_TRUE(NumberToken::scanTime(u"at 10:30.", 3, hour, minutes, end));
    EXPECT_EQ(hour, 10);
    EXPECT_EQ(minutes, 30);
    EXPECT_EQ(end, 8);
    EXPECT_TRUE(NumberToken::scanTime(u"7：05", 0, hour, minutes, end));
    EXPECT_EQ(minutes, 5);
    EXPECT_FALSE(NumberToken::scanTime(u"25:00", 0, hour, minutes, end));
    EXPECT_FALSE(NumberToken::scanTime(u"10:75", 0, hour, minutes, end));
    EXPECT_FALSE(NumberToken::scanTime(u"10:300", 0, hour, minutes, end));
    EXPECT_FALSE(NumberToken::scanTime(u"123:30", 0, hour, minutes, end));
    EXPECT_FALSE(NumberToken::scanTime(u"10:3", 0, hour, minutes, end));
    EXPECT_FALSE(NumberToken::scanTime(u":30", 0, hour, minutes, end));
}
