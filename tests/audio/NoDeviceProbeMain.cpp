// storyteller-no-device-probe: what MediaAudioPlayer does on a system with no sound output.
// The playback test runs it with PULSE_SERVER pointing nowhere, so Qt lists no audio output
// even on a machine (or CI) where a sound server runs. It plays half a second of tone twice
// and prints one line per fact, for the test to read:
//   outputs=<QMediaDevices::audioOutputs().size()>
//   require=<how the clip ended with requireDevice = true>
//   norequire=<how it ended with requireDevice = false>
// where an ending is "finished", "failed:<TtsError kind>" or "timeout", followed by
// " started=<count>" and, for a failure, " sync=<1 when failed() came inside play()>".
#include "core/tts/MediaAudioPlayer.h"
#include "core/tts/WavFile.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaDevices>
#include <QTimer>
#include <cmath>
#include <cstdio>

namespace {

constexpr double kPi = 3.14159265358979323846;

st::TtsAudio tone()
{
    constexpr int rate = 22050;
    QByteArray samples;
    for (int i = 0; i < rate / 2; ++i) {
        const auto v = qint16(8000 * std::sin(2 * kPi * 440.0 * i / rate));
        samples.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
    }
    st::TtsAudio audio;
    audio.bytes = samples;
    audio.format = st::TtsAudio::pcmFormat(rate);
    audio.durationMs = st::TtsAudio::pcmDurationMs(samples.size(), rate);
    return audio;
}

QString play(bool requireDevice)
{
    st::MediaAudioPlayer player(requireDevice);
    QString ending = QStringLiteral("timeout");
    int started = 0;
    bool inPlay = false;
    bool sync = false;
    QEventLoop loop;
    QObject::connect(&player, &st::AudioPlayer::started, &loop, [&] { ++started; });
    QObject::connect(&player, &st::AudioPlayer::finished, &loop, [&] {
        ending = QStringLiteral("finished");
        loop.quit();
    });
    QObject::connect(&player, &st::AudioPlayer::failed, &loop, [&](const st::TtsError& e) {
        ending = QStringLiteral("failed:") + st::TtsError::kindName(e.kind);
        sync = inPlay;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    inPlay = true;
    player.play(tone());
    inPlay = false;
    loop.exec();
    QString line = ending + QStringLiteral(" started=") + QString::number(started);
    if (ending.startsWith(QLatin1String("failed")))
        line += QStringLiteral(" sync=") + QString::number(sync ? 1 : 0);
    return line;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("outputs=%d\n", int(QMediaDevices::audioOutputs().size()));
    std::printf("require=%s\n", qPrintable(play(true)));
    std::printf("norequire=%s\n", qPrintable(play(false)));
    std::fflush(stdout);
    return 0;
}
