// EspeakTts with the real espeak-ng (WAV per language) and with stand-in programs: missing,
// failing, hanging, and one that records its stdin and arguments.
#include "core/tts/EspeakTts.h"

#include "unit/tts/TtsTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <gtest/gtest.h>

namespace st {
namespace {

using namespace ttstest;
using Kind = TtsError::Kind;

QString script(const QTemporaryDir& dir, const QString& name, const QByteArray& body)
{
    return fakeProgram(dir.path(), name, body);
}

class EspeakTtsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!hasProgram(QStringLiteral("espeak-ng")))
            GTEST_SKIP() << "espeak-ng is not installed";
    }
};

struct Sample
{
    const char* language;
    const char* text;
};

TEST_F(EspeakTtsTest, SpeaksEveryStoryLanguageAsWav)
{
    const Sample samples[] = {
        {"en", "The ship was found adrift, and no one was aboard."},
        {"ko", "배는 표류하는 채로 발견되었고, 아무도 타고 있지 않았다."},
        {"ja", "ふねは ただよって いました。だれも のって いませんでした。"},
        {"es", "El barco fue hallado a la deriva, y no había nadie a bordo."},
    };
    EspeakTts tts;
    for (const Sample& s : samples) {
        SCOPED_TRACE(s.language);
        const JobRun r =
            speak(tts, request(QString::fromUtf8(s.text), QString::fromLatin1(s.language)));
        ASSERT_EQ(r.finished, 1) << r.error.message().toStdString();
        EXPECT_EQ(r.failed, 0);
        const QByteArray& wav = r.audio.bytes;
        EXPECT_EQ(r.audio.format, QStringLiteral("wav"));
        EXPECT_TRUE(wav.startsWith("RIFF"));
        EXPECT_EQ(wav.mid(8, 4), QByteArray("WAVE"));
        EXPECT_GT(wav.size(), 20000); // over half a second at 22,050 Hz 16-bit
        EXPECT_GT(r.audio.durationMs, 500);
        EXPECT_LT(r.audio.durationMs, 15000);
        // The header's sizes are the real ones, not espeak-ng's pipe placeholders.
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
    }
}

TEST_F(EspeakTtsTest, FasterSpeedIsShorter)
{
    EspeakTts tts;
    TtsRequest slow = request(QStringLiteral("Nobody knows what happened to the crew."));
    TtsRequest fast = slow;
    fast.speed = 2.0;
    const JobRun a = speak(tts, slow);
    const JobRun b = speak(tts, fast);
    ASSERT_EQ(a.finished, 1);
    ASSERT_EQ(b.finished, 1);
    EXPECT_LT(b.audio.durationMs, a.audio.durationMs * 3 / 4);
}

TEST_F(EspeakTtsTest, ArgumentsCarryVoiceAndRateButNotText)
{
    EspeakTts tts;
    TtsRequest r = request(QStringLiteral("secret words"), QStringLiteral("ja"));
    EXPECT_EQ(tts.arguments(r),
              (QStringList{QStringLiteral("-v"), QStringLiteral("ja"), QStringLiteral("-s"),
                           QStringLiteral("175"), QStringLiteral("-b"), QStringLiteral("1"),
                           QStringLiteral("--stdin"), QStringLiteral("--stdout")}));
    EXPECT_EQ(tts.defaultVoice(QStringLiteral("en")), QStringLiteral("en-us"));
    EXPECT_EQ(tts.defaultVoice(QStringLiteral("ko")), QStringLiteral("ko"));
    EXPECT_EQ(tts.defaultVoice(QStringLiteral("es")), QStringLiteral("es"));
    EXPECT_EQ(tts.defaultVoice(QStringLiteral("xx")), QStringLiteral("en-us"));
    r.voice = QStringLiteral("en-gb");
    EXPECT_EQ(tts.arguments(r).at(1), QStringLiteral("en-gb"));
    EXPECT_EQ(EspeakTts::wordsPerMinute(1.0), 175);
    EXPECT_EQ(EspeakTts::wordsPerMinute(2.0), 350);
    EXPECT_EQ(EspeakTts::wordsPerMinute(0.25), 80);
    EXPECT_EQ(EspeakTts::wordsPerMinute(4.0), 450);
    EXPECT_EQ(EspeakTts::wordsPerMinute(0.0), 80);
}

TEST_F(EspeakTtsTest, TextGoesToStdinAsUtf8)
{
    QTemporaryDir dir;
    const QString program = script(dir, QStringLiteral("fake-espeak"),
                                   "cat > \"$(dirname \"$0\")/stdin.txt\"; printf '%s\\n' \"$@\" > "
                                   "\"$(dirname \"$0\")/args.txt\"; "
                                   "echo nope >&2; exit 3");
    EspeakTts tts(program);
    const QString text = QStringLiteral("-v 배는 표류했다 --help");
    const JobRun r = speak(tts, request(text, QStringLiteral("ko")));
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::EngineFailed);
    EXPECT_EQ(r.error.serverMessage, QStringLiteral("nope"));
    QFile in(dir.filePath(QStringLiteral("stdin.txt")));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(in.readAll(), text.toUtf8());
    QFile args(dir.filePath(QStringLiteral("args.txt")));
    ASSERT_TRUE(args.open(QIODevice::ReadOnly));
    EXPECT_EQ(args.readAll(), QByteArray("-v\nko\n-s\n175\n-b\n1\n--stdin\n--stdout\n"));
}

TEST_F(EspeakTtsTest, MissingProgramIsEngineMissing)
{
    EspeakTts tts(QStringLiteral("/nonexistent/espeak-ng"));
    JobRun r = speak(tts, request(QStringLiteral("Hello.")));
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::EngineMissing);
    EXPECT_EQ(r.error.providerId, QStringLiteral("espeak"));
    EXPECT_TRUE(r.error.message().contains(QStringLiteral("espeak-ng")));
}

TEST_F(EspeakTtsTest, FailingProgramIsEngineFailed)
{
    EspeakTts tts(QStringLiteral("/bin/false"));
    const JobRun r = speak(tts, request(QStringLiteral("Hello.")));
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::EngineFailed);
}

TEST_F(EspeakTtsTest, ProgramWritingNoWavIsEngineFailed)
{
    EspeakTts tts(QStringLiteral("/bin/cat")); // exits 0, echoes the text
    const JobRun r = speak(tts, request(QStringLiteral("Hello.")));
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::EngineFailed);
}

TEST_F(EspeakTtsTest, CancelKillsTheProcess)
{
    QTemporaryDir dir;
    EspeakTts tts(script(dir, QStringLiteral("hang"), "exec sleep 30"));
    TtsJob* job = tts.synthesize(request(QStringLiteral("Hello.")));
    QTest::qWait(100); // running by now
    QElapsedTimer clock;
    clock.start();
    job->cancel();
    const JobRun r = waitFor(job);
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
}

TEST_F(EspeakTtsTest, CancelRealSpeechBeforeItEnds)
{
    EspeakTts tts;
    TtsJob* job = tts.synthesize(request(QStringLiteral("A sentence that never gets read.")));
    job->cancel();
    const JobRun r = waitFor(job);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.finished, 0);
    EXPECT_EQ(r.error.kind, Kind::Cancelled);
}

TEST_F(EspeakTtsTest, HangingProgramTimesOut)
{
    QTemporaryDir dir;
    EspeakTts tts(script(dir, QStringLiteral("hang"), "exec sleep 30"));
    tts.setTimeoutMs(300);
    const JobRun r = speak(tts, request(QStringLiteral("Hello.")), 5000);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::Timeout);
}

TEST_F(EspeakTtsTest, TooLongInputFailsWithoutRunningAndNotSynchronously)
{
    EspeakTts tts(QStringLiteral("/nonexistent/espeak-ng"));
    TtsJob* job = tts.synthesize(request(QString(EspeakTts::kMaxInputChars + 1, u'a')));
    QSignalSpy failed(job, &TtsJob::failed);
    EXPECT_EQ(failed.count(), 0); // not from inside synthesize()
    const JobRun r = waitFor(job);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, Kind::InputTooLong);
}

TEST_F(EspeakTtsTest, BlankTextIsEmptyAudio)
{
    EspeakTts tts(QStringLiteral("/nonexistent/espeak-ng"));
    const JobRun r = speak(tts, request(QStringLiteral("  \n ")));
    EXPECT_EQ(r.finished, 1);
    EXPECT_TRUE(r.audio.isEmpty());
}

} // namespace
} // namespace st
