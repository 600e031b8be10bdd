// What EspeakTts gives espeak-ng: the text read for its language (SpeechReading), SSML with
// -m for Japanese with Latin words, and a cache tag that names the reading. The last test
// runs the real espeak-ng on its phonemes: the bundled Japanese hook is said without a
// single "Chinese letter" once read, and with many before.
#include "core/tts/EspeakMarkup.h"
#include "core/tts/EspeakTts.h"
#include "unit/tts/TtsTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace st {
namespace {

using namespace ttstest;

/// A stand-in espeak-ng that keeps its stdin and arguments in \a dir and fails.
QString recorder(const QTemporaryDir& dir)
{
    return fakeProgram(dir.path(), QStringLiteral("fake-espeak"),
                       "cat > \"$(dirname \"$0\")/stdin.txt\"; printf '%s\\n' \"$@\" > "
                       "\"$(dirname \"$0\")/args.txt\"; exit 3");
}

QByteArray contents(const QTemporaryDir& dir, const char* name)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// espeak-ng's phonemes (-x) for \a text in Japanese; SSML when \a markup.
QString phonemes(const QString& text, bool markup)
{
    QProcess p;
    QStringList args{QStringLiteral("-q"), QStringLiteral("-x"), QStringLiteral("-v"),
                     QStringLiteral("ja"), QStringLiteral("--stdin")};
    if (markup)
        args.prepend(QStringLiteral("-m"));
    p.start(QStringLiteral("espeak-ng"), args);
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(EspeakReadingTest, JapaneseIsGivenInKatakanaWithLatinWordsInEnglish)
{
    QTemporaryDir dir;
    EspeakTts tts(recorder(dir));
    speak(tts, request(QString::fromUtf16(u"Mary Celeste号は1872年12月4日に見つかった。"),
                       QStringLiteral("ja")));
    EXPECT_EQ(QString::fromUtf8(contents(dir, "stdin.txt")),
              QString::fromUtf16(u"<speak><voice name=\"en-us\">Mary Celeste</voice>"
                                 u"ゴーワセンハッピャクナナジュウニネンジュウニガツヨッカニ"
                                 u"ミツカッタ。</speak>"));
    EXPECT_TRUE(contents(dir, "args.txt").startsWith("-m\n-v\nja\n"));
}

TEST(EspeakReadingTest, KoreanNumbersAreWrittenOutAndNoMarkupIsUsed)
{
    QTemporaryDir dir;
    EspeakTts tts(recorder(dir));
    speak(tts, request(QString::fromUtf16(u"선원 10명이 3시에"), QStringLiteral("ko")));
    EXPECT_EQ(QString::fromUtf8(contents(dir, "stdin.txt")),
              QString::fromUtf16(u"선원 열 명이 세 시에"));
    EXPECT_TRUE(contents(dir, "args.txt").startsWith("-v\nko\n"));
}

TEST(EspeakReadingTest, TheCacheTagNamesTheReading)
{
    EspeakTts tts;
    EXPECT_EQ(tts.cacheTag(), QStringLiteral("espeak/reading1"));
    QTemporaryDir empty;
    tts.setDictionary(empty.path());
    EXPECT_EQ(tts.cacheTag(), QStringLiteral("espeak/reading1-nodic"));
    EXPECT_FALSE(tts.readingError().isEmpty());
}

TEST(EspeakReadingTest, MarkupEscapesTheText)
{
    const QString ssml = EspeakMarkup::forJapanese(QString::fromUtf16(u"A&B <ト> C"));
    EXPECT_EQ(ssml, QString::fromUtf16(u"<speak><voice name=\"en-us\">A</voice>&amp;"
                                       u"<voice name=\"en-us\">B</voice> &lt;ト&gt; "
                                       u"<voice name=\"en-us\">C</voice></speak>"));
    EXPECT_TRUE(EspeakMarkup::isMarkup(ssml));
    EXPECT_EQ(EspeakMarkup::forJapanese(QString::fromUtf16(u"カナだけ")),
              QString::fromUtf16(u"カナだけ"));
    EXPECT_FALSE(EspeakMarkup::isMarkup(QString::fromUtf16(u"カナだけ")));
}

TEST(EspeakReadingTest, ABundledJapaneseHookIsSaidWithoutChineseLetters)
{
    if (!hasProgram(QStringLiteral("espeak-ng")))
        GTEST_SKIP() << "espeak-ng is not installed";
    QFile file(QStringLiteral(":/library/mary-celeste.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString hook;
    for (const QJsonValue& s : QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("scripts"))
                                   .toArray()) {
        if (s.toObject().value(QStringLiteral("language")).toString() == QLatin1String("ja"))
            hook = s.toObject().value(QStringLiteral("hook")).toString();
    }
    ASSERT_FALSE(hook.isEmpty());
    // espeak-ng says a kanji as "Chinese letter" (tS'aIni:z l'et@).
    const QString chineseLetter = QStringLiteral("tS'aIni:z");
    EXPECT_TRUE(phonemes(hook, false).contains(chineseLetter)) << "the raw hook has kanji";
    EspeakTts tts;
    const QString read = tts.engineText(request(hook, QStringLiteral("ja")));
    const QString said = phonemes(read, EspeakMarkup::isMarkup(read));
    EXPECT_FALSE(said.isEmpty());
    EXPECT_FALSE(said.contains(chineseLetter)) << said.toStdString();
}

} // namespace st
