#include "core/reading/SpeechReading.h"

#include "core/reading/MecabTagger.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace st;

TEST(SpeechReadingTest, JapaneseBecomesKatakanaWithNamesAndLatinKept)
{
    SpeechReading reading;
    ASSERT_TRUE(reading.japaneseError().isEmpty()) << reading.japaneseError().toStdString();
    EXPECT_EQ(
        reading.read(QString::fromUtf16(u"船長のデイヴィッド・モアハウスは"), QStringLiteral("ja")),
        QString::fromUtf16(u"センチョーノデイヴィッド・モアハウスワ"));
    EXPECT_EQ(reading.read(QString::fromUtf16(u"Mary Celeste号は1872年に"), QStringLiteral("ja")),
              QString::fromUtf16(u"Mary Celesteゴーワセンハッピャクナナジュウニネンニ"));
    EXPECT_EQ(reading.tag(), QStringLiteral("reading1"));
}

TEST(SpeechReadingTest, EachLanguageHasItsOwnRulesAndEnglishIsLeftAlone)
{
    SpeechReading reading;
    EXPECT_EQ(reading.read(QString::fromUtf16(u"10명"), QStringLiteral("ko")),
              QString::fromUtf16(u"열 명"));
    EXPECT_EQ(reading.read(QStringLiteral("1 hora"), QStringLiteral("es")),
              QStringLiteral("una hora"));
    EXPECT_EQ(reading.read(QStringLiteral("On 4 December 1872, 10 men"), QStringLiteral("en")),
              QStringLiteral("On 4 December 1872, 10 men"));
}

TEST(SpeechReadingTest, WithoutTheDictionaryJapaneseKeepsItsKanjiAndSaysWhy)
{
    QTemporaryDir empty;
    SpeechReading reading(empty.path());
    EXPECT_EQ(reading.read(QString::fromUtf16(u"船長は10人"), QStringLiteral("ja")),
              QString::fromUtf16(u"船長はジュウニン"));
    EXPECT_TRUE(reading.japaneseError().contains(QStringLiteral("mecab-naist-jdic")))
        << reading.japaneseError().toStdString();
    // Another reading, so clips made with it are not taken for the dictionary's.
    EXPECT_EQ(reading.tag(), QStringLiteral("reading1-nodic"));
}

TEST(SpeechReadingTest, TheTaggerGivesPronunciationsAndMarksUnknownWords)
{
    QString error;
    const auto tagger = MecabTagger::open(QString(), &error);
    ASSERT_TRUE(tagger) << error.toStdString();
    const QVector<MecabWord> words = tagger->words(QString::fromUtf16(u"船長は Mary"));
    ASSERT_EQ(words.size(), 3);
    EXPECT_EQ(words.at(0).pronunciation, QString::fromUtf16(u"センチョー"));
    EXPECT_EQ(words.at(1).pronunciation, QString::fromUtf16(u"ワ"));
    EXPECT_EQ(words.at(1).partOfSpeech, QString::fromUtf16(u"助詞"));
    EXPECT_EQ(words.at(2).surface, QStringLiteral("Mary"));
    EXPECT_TRUE(words.at(2).pronunciation.isEmpty());
    EXPECT_TRUE(words.at(2).spaceBefore);
    EXPECT_TRUE(tagger->words(QString()).isEmpty());
}
