// `storyteller-cli say` as a real process on a fresh data folder (the local voice, as
// configured by default): --show prints what espeak-ng is given; --output writes a WAV.
// Every section of every bundled Japanese script is shown and checked for kanji, and what
// espeak-ng makes of it for "Chinese letter".
#include "core/reading/JapaneseReading.h"
#include "core/tts/WavFile.h"
#include "support/CliRunner.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace st {
namespace {

constexpr int kUsage = 64;
constexpr int kNothing = 1;
constexpr int kFailed = 9;

CliRun say(const TempDataDir& dir, QStringList args, const QByteArray& input = {})
{
    args.prepend(QStringLiteral("say"));
    return runCli(dir, args, CliOptions(input));
}

/// The plain text of SSML made for espeak-ng (the markup and its escapes removed).
QString withoutMarkup(QString line)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    line.remove(tag);
    return line.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QString espeakPhonemes(const QString& text)
{
    QProcess p;
    p.start(QStringLiteral("espeak-ng"),
            {QStringLiteral("-q"), QStringLiteral("-x"), QStringLiteral("-v"), QStringLiteral("ja"),
             QStringLiteral("--stdin")});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool hasIdeograph(const QString& s)
{
    // The range the issue names, U+4E00–U+9FFF, and the rest of JapaneseReading's.
    for (QChar c : s) {
        if ((c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || JapaneseReading::isIdeograph(c))
            return true;
    }
    return false;
}

} // namespace

TEST(CliSayTest, ShowPrintsWhatTheVoiceIsGivenOneSentenceALine)
{
    TempDataDir dir;
    const CliRun r =
        say(dir, {QStringLiteral("--show"), QStringLiteral("--language"), QStringLiteral("ko"),
                  QString::fromUtf16(u"**선원 10명**이 📚 탔다. 1872년 6월이었다.")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.lines(), (QStringList{QString::fromUtf16(u"선원 열 명이 탔다."),
                                      QString::fromUtf16(u"천팔백칠십이년 유월이었다.")}));
}

TEST(CliSayTest, TheLanguageIsFoundWhenNotGivenAndTextMayComeFromStdin)
{
    TempDataDir dir;
    const CliRun r = say(dir, {QStringLiteral("--show"), QStringLiteral("-")},
                         QString::fromUtf16(u"船長は10人と").toUtf8());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.lines(), QStringList{QString::fromUtf16(u"センチョーワジュウニント")});
}

TEST(CliSayTest, WrongUseAndNothingToSay)
{
    TempDataDir dir;
    EXPECT_EQ(say(dir, {}).exitCode, kUsage);
    EXPECT_EQ(say(dir, {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("x")})
                  .exitCode,
              kUsage);
    const CliRun nothing = say(dir, {QStringLiteral("--show"), QString::fromUtf16(u"📚 ---")});
    EXPECT_EQ(nothing.exitCode, kNothing);
    EXPECT_TRUE(nothing.err.contains(QStringLiteral("nothing to say")))
        << nothing.err.toStdString();
}

TEST(CliSayTest, OutputWritesAWavOfEverySentence)
{
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
        GTEST_SKIP() << "espeak-ng is not installed";
    TempDataDir dir;
    const QString one = QDir(dir.path()).filePath(QStringLiteral("one.wav"));
    const QString two = QDir(dir.path()).filePath(QStringLiteral("two.wav"));
    const CliRun r1 = say(dir, {QStringLiteral("--output"), one, QStringLiteral("--language"),
                                QStringLiteral("ja"), QString::fromUtf16(u"船長は10人と来た。")});
    ASSERT_EQ(r1.exitCode, 0) << r1.err.toStdString();
    EXPECT_EQ(r1.lines(), QStringList{one});
    const CliRun r2 =
        say(dir, {QStringLiteral("--output"), two, QStringLiteral("--language"),
                  QStringLiteral("ja"), QString::fromUtf16(u"船長は10人と来た。船は沈んだ。")});
    ASSERT_EQ(r2.exitCode, 0) << r2.err.toStdString();
    QFile f1(one);
    QFile f2(two);
    ASSERT_TRUE(f1.open(QIODevice::ReadOnly));
    ASSERT_TRUE(f2.open(QIODevice::ReadOnly));
    const auto pcm1 = wav_file::decode(f1.readAll());
    const auto pcm2 = wav_file::decode(f2.readAll());
    ASSERT_TRUE(pcm1 && pcm2);
    EXPECT_EQ(pcm1->sampleRate, 22050);
    EXPECT_GT(pcm1->durationMs(), 500);
    EXPECT_GT(pcm2->durationMs(), pcm1->durationMs() + 250); // a sentence and a gap more

    const CliRun bad = say(dir, {QStringLiteral("--output"),
                                 QDir(dir.path()).filePath(QStringLiteral("no/such/x.wav")),
                                 QStringLiteral("Hello.")});
    EXPECT_EQ(bad.exitCode, kFailed);
    EXPECT_FALSE(bad.err.isEmpty());
}

TEST(CliSayTest, EveryBundledJapaneseSectionIsSaidWithoutKanji)
{
    const bool espeak = !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty();
    TempDataDir dir;
    const QStringList stories =
        QDir(QStringLiteral(":/library")).entryList({QStringLiteral("*.json")});
    ASSERT_GE(stories.size(), 20);
    int sections = 0;
    for (const QString& story : stories) {
        QFile file(QStringLiteral(":/library/") + story);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject script;
        for (const QJsonValue& s : QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("scripts"))
                                       .toArray()) {
            if (s.toObject().value(QStringLiteral("language")).toString() == QLatin1String("ja"))
                script = s.toObject();
        }
        ASSERT_FALSE(script.isEmpty()) << story.toStdString() << " has no Japanese script";
        QStringList texts{script.value(QStringLiteral("hook")).toString()};
        for (const QJsonValue& section : script.value(QStringLiteral("sections")).toArray())
            texts << section.toObject().value(QStringLiteral("content")).toString()
                  << section.toObject().value(QStringLiteral("question")).toString();
        // One run per script, its sections a paragraph each (a run per section takes 40 s).
        const CliRun r = say(dir,
                             {QStringLiteral("--show"), QStringLiteral("--language"),
                              QStringLiteral("ja"), QStringLiteral("-")},
                             texts.join(QStringLiteral("\n\n")).toUtf8());
        ASSERT_EQ(r.exitCode, 0) << story.toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(hasIdeograph(r.out)) << story.toStdString() << ": " << r.out.toStdString();
        EXPECT_GT(r.lines().size(), texts.size()) << "a line per sentence";
        QString allSaid;
        for (const QString& line : r.lines())
            allSaid += withoutMarkup(line) + u'\n';
        sections += int(texts.size());
        if (espeak) {
            // espeak-ng says a kanji as "Chinese letter": tS'aIni:z l'et@.
            const QString phonemes = espeakPhonemes(allSaid);
            EXPECT_FALSE(phonemes.isEmpty());
            EXPECT_FALSE(phonemes.contains(QStringLiteral("tS'aIni:z")))
                << story.toStdString() << " still has a Chinese letter";
        }
    }
    EXPECT_GE(sections, 20 * 29);
}

} // namespace st
