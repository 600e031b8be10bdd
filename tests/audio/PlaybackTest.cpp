// Narration through the real audio path: a sentence spoken by the real espeak-ng
// (EspeakTts), and the same voice as MP3 (lame), played by the real MediaAudioPlayer
// (QMediaPlayer on GStreamer) to the end of the media.
//
// When a PulseAudio server answers (`pactl info`), every clip must also show up on it as a
// playback stream of this process while it plays: the sound went through the server, not
// into GStreamer's fake sink. CI starts a server with a null sink and sets
// STORYTELLER_REQUIRE_PULSE=1, which turns a missing server into a failure; elsewhere the
// clips are still played (to whatever sink GStreamer finds) and checked the same way.
//
// PlaybackDeviceTest checks MediaAudioPlayer's requireDevice where there really is no sound
// output: in this process when Qt lists none, and always in a child process
// (storyteller-no-device-probe) whose PulseAudio client is pointed at nothing.
//
// Nothing here measures time: waits have generous limits so a hung pipeline fails instead
// of hanging ctest.
#include "audio/PulseProbe.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/MediaAudioPlayer.h"
#include "support/QtPrinters.h"
#include "unit/tts/TtsTestSupport.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <cstdio>
#include <gtest/gtest.h>

namespace st {
namespace {

using audiotest::PulseServer;
using audiotest::SinkInput;

const QString kSentence = QStringLiteral(
    "On the fourth of December, the crew of the Dei Gratia saw a ship drifting under "
    "half her sails, and nobody at the wheel.");

/// What happened while one clip played.
struct Playback
{
    bool ended = false; // finished() or failed() within the time limit
    int started = 0;
    int finished = 0;
    int failed = 0;
    TtsError error;
    bool startedBeforeEnd = false;
    QVector<qint64> positions;
    int polls = 0;         // pactl sink-input listings taken while playing
    int pollsWithOurs = 0; // … that showed a stream of this process
    QList<SinkInput> ours; // the streams of this process seen
};

/// Plays \a audio on \a player until it ends (or \a timeoutMs), polling the sound server's
/// streams while it plays when \a watchPulse.
Playback playToEnd(MediaAudioPlayer& player, const TtsAudio& audio, bool watchPulse, int timeoutMs)
{
    Playback r;
    QObject context;
    QObject::connect(&player, &AudioPlayer::started, &context, [&r] {
        ++r.started;
        r.startedBeforeEnd = r.finished + r.failed == 0;
    });
    QObject::connect(&player, &AudioPlayer::finished, &context, [&r] { ++r.finished; });
    QObject::connect(&player, &AudioPlayer::failed, &context, [&r](const TtsError& e) {
        ++r.failed;
        r.error = e;
    });
    QObject::connect(&player, &AudioPlayer::positionChanged, &context,
                     [&r](qint64 ms) { r.positions.append(ms); });
    const qint64 pid = QCoreApplication::applicationPid();
    player.play(audio);
    QElapsedTimer clock;
    clock.start();
    while (r.finished + r.failed == 0 && clock.elapsed() < timeoutMs) {
        if (watchPulse && player.state() == AudioPlayer::State::Playing) {
            const QList<SinkInput> inputs = audiotest::sinkInputs();
            ++r.polls;
            bool seen = false;
            for (const SinkInput& input : inputs) {
                if (input.pid == pid) {
                    seen = true;
                    r.ours.append(input);
                }
            }
            r.pollsWithOurs += seen ? 1 : 0;
        }
        QTest::qWait(20);
    }
    r.ended = r.finished + r.failed > 0;
    QTest::qWait(200); // a second end would show here
    return r;
}

class PlaybackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        pulse = audiotest::probePulse();
        if (audiotest::pulseRequired() && !pulse.reachable)
            FAIL() << noServerMessage();
    }

    static std::string noServerMessage()
    {
        return "STORYTELLER_REQUIRE_PULSE=1, but no PulseAudio server answers `pactl info` (" +
               pulse.problem.simplified().toStdString() +
               "). Start one with a null sink: pulseaudio --start --exit-idle-time=-1 && "
               "pactl load-module module-null-sink sink_name=ci_null && "
               "pactl set-default-sink ci_null (.ci/run does this).";
    }

    /// Plays \a audio to its end and checks what every clip must show.
    void expectPlayedThrough(const TtsAudio& audio)
    {
        ASSERT_FALSE(audio.isEmpty());
        // With a server the app's own setting (a device is required) must play; without one
        // the fake sink is what there is, so do not require a device.
        MediaAudioPlayer player(pulse.reachable);
        const int limit = int(std::max<qint64>(audio.durationMs, 0)) + 20000;
        const Playback r = playToEnd(player, audio, pulse.reachable, limit);

        ASSERT_TRUE(r.ended) << "the clip neither finished nor failed within " << limit << " ms";
        ASSERT_EQ(r.failed, 0) << r.error.message().toStdString() << " ("
                               << r.error.serverMessage.toStdString() << ")";
        EXPECT_EQ(r.finished, 1);
        EXPECT_EQ(r.started, 1);
        EXPECT_TRUE(r.startedBeforeEnd);
        EXPECT_EQ(player.state(), AudioPlayer::State::Stopped);

        ASSERT_FALSE(r.positions.isEmpty()) << "no positionChanged while playing";
        for (int i = 1; i < r.positions.size(); ++i)
            EXPECT_GE(r.positions[i], r.positions[i - 1]) << "position went back at report " << i;
        EXPECT_GT(r.positions.last(), r.positions.first()) << "the position never advanced";
        EXPECT_GT(r.positions.last(), 0);
        if (audio.durationMs > 0) { // it played through the clip, not just a piece of it
            EXPECT_GE(r.positions.last(), audio.durationMs / 2)
                << "clip of " << audio.durationMs << " ms";
        }

        QString sink;
        if (pulse.reachable) {
            EXPECT_GT(r.polls, 0);
            EXPECT_GT(r.pollsWithOurs, 0)
                << "PulseAudio (default sink " << pulse.defaultSink.toStdString()
                << ") never listed a stream of this process in " << r.polls << " looks";
            if (!r.ours.isEmpty()) {
                sink = audiotest::sinkNames().value(r.ours.first().sink);
                EXPECT_EQ(sink, pulse.defaultSink) << "the stream played on another sink";
            }
        }
        std::printf("[   info   ] %s clip of %lld ms: %d position reports, last %lld ms; %s\n",
                    qPrintable(audio.format), audio.durationMs, int(r.positions.size()),
                    r.positions.isEmpty() ? -1LL : r.positions.last(),
                    pulse.reachable
                        ? qPrintable(QStringLiteral("PulseAudio stream of this process on %1 in "
                                                    "%2 of %3 looks")
                                         .arg(sink)
                                         .arg(r.pollsWithOurs)
                                         .arg(r.polls))
                        : "no PulseAudio server");
    }

    static inline PulseServer pulse;
};

TEST_F(PlaybackTest, ASoundServerAnswersWhenCiRequiresOne)
{
    // SetUp fails when one is required and missing; say what was found otherwise.
    if (!pulse.reachable)
        GTEST_SKIP() << "no PulseAudio server (" << pulse.problem.simplified().toStdString()
                     << "): the clips play to GStreamer's own choice of sink";
    EXPECT_FALSE(pulse.defaultSink.isEmpty());
    EXPECT_FALSE(QMediaDevices::audioOutputs().isEmpty())
        << "a PulseAudio server answers, but Qt lists no audio output";
}

TEST_F(PlaybackTest, EspeakSentencePlaysToTheEnd)
{
    if (!ttstest::hasProgram(QStringLiteral("espeak-ng")))
        GTEST_SKIP() << "espeak-ng is not installed";
    EspeakTts voice;
    const ttstest::JobRun run = ttstest::speak(voice, ttstest::request(kSentence), 20000);
    ASSERT_TRUE(run.ended);
    ASSERT_EQ(run.failed, 0) << run.error.message().toStdString();
    ASSERT_EQ(run.audio.format, QStringLiteral("wav"));
    ASSERT_GT(run.audio.durationMs, 1000) << "a whole sentence should last seconds";
    expectPlayedThrough(run.audio);
}

TEST_F(PlaybackTest, LameMp3PlaysToTheEnd)
{
    if (!ttstest::hasProgram(QStringLiteral("espeak-ng")) ||
        !ttstest::hasProgram(QStringLiteral("lame")))
        GTEST_SKIP() << "espeak-ng or lame is not installed";
    TtsAudio audio;
    audio.bytes = ttstest::lameMp3();
    audio.format = QStringLiteral("mp3");
    audio.durationMs = TtsAudio::mp3DurationMs(audio.bytes);
    ASSERT_TRUE(TtsAudio::looksLikeMp3(audio.bytes));
    ASSERT_GT(audio.durationMs, 500);
    expectPlayedThrough(audio);
}

TEST_F(PlaybackTest, TwoClipsInARowEachPlayToTheEnd)
{
    // The queue plays sentence after sentence on one player: the second clip must not be
    // confused with the first (the player writes them under alternating names).
    if (!ttstest::hasProgram(QStringLiteral("espeak-ng")))
        GTEST_SKIP() << "espeak-ng is not installed";
    EspeakTts voice;
    MediaAudioPlayer player(pulse.reachable);
    for (const QString& text : {QStringLiteral("The first sentence."),
                                QStringLiteral("And then a second one, a little longer.")}) {
        const ttstest::JobRun run = ttstest::speak(voice, ttstest::request(text), 20000);
        ASSERT_EQ(run.finished, 1);
        const Playback r = playToEnd(player, run.audio, false, run.audio.durationMs + 20000);
        ASSERT_TRUE(r.ended) << text.toStdString();
        EXPECT_EQ(r.failed, 0) << r.error.message().toStdString();
        EXPECT_EQ(r.finished, 1) << text.toStdString();
        EXPECT_EQ(r.started, 1) << text.toStdString();
        ASSERT_FALSE(r.positions.isEmpty());
        EXPECT_GT(r.positions.last(), 0);
    }
}

// MediaAudioPlayer's requireDevice, where there is really no sound output. Needs no server.
TEST(PlaybackDeviceTest, RequiredDeviceMissingInThisProcessFailsWithNoAudioDevice)
{
    if (MediaAudioPlayer::hasAudioOutput())
        GTEST_SKIP() << "this system lists a sound output; see WithoutASoundServer…";
    MediaAudioPlayer player(true);
    TtsAudio audio;
    audio.bytes = QByteArray(22050, '\0'); // half a second of silence
    audio.format = TtsAudio::pcmFormat(22050);
    const Playback r = playToEnd(player, audio, false, 10000);
    ASSERT_TRUE(r.ended);
    EXPECT_EQ(r.failed, 1);
    EXPECT_EQ(r.error.kind, TtsError::Kind::NoAudioDevice);
    EXPECT_EQ(r.started, 0);
    EXPECT_EQ(r.finished, 0);
}

TEST(PlaybackDeviceTest, WithoutASoundServerARequiredDeviceFailsAndTheFakeSinkPlays)
{
    // A child process whose PulseAudio client is pointed at nothing: Qt then lists no audio
    // output (unless the machine has other sound devices Qt can see, e.g. a desktop).
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:/nonexistent/pulse/native"));
    probe.setProcessEnvironment(env);
    probe.start(QStringLiteral(STORYTELLER_NO_DEVICE_PROBE), {});
    ASSERT_TRUE(probe.waitForFinished(60000)) << "the probe did not end";
    const std::string errors = probe.readAllStandardError().toStdString();
    ASSERT_EQ(probe.exitStatus(), QProcess::NormalExit) << errors;
    ASSERT_EQ(probe.exitCode(), 0) << errors;
    QHash<QString, QString> facts;
    for (const QByteArray& line : probe.readAllStandardOutput().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            facts.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    ASSERT_TRUE(facts.contains(QStringLiteral("outputs"))) << errors;
    if (facts.value(QStringLiteral("outputs")) != QLatin1String("0"))
        GTEST_SKIP() << "Qt still lists " << facts.value(QStringLiteral("outputs")).toStdString()
                     << " outputs without PulseAudio";
    // failed() comes from the event loop, like every end of a clip, and nothing started.
    EXPECT_EQ(facts.value(QStringLiteral("require")),
              QStringLiteral("failed:no-audio-device started=0 sync=0"));
    EXPECT_EQ(facts.value(QStringLiteral("norequire")), QStringLiteral("finished started=1"));
}

} // namespace
} // namespace st
