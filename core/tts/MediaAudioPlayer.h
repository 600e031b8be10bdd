#pragma once

#include "core/tts/AudioPlayer.h"

#include <QTemporaryDir>
#include <memory>

class QAudioOutput;
class QMediaPlayer;

namespace st {

/// Plays clips on one QMediaPlayer (GStreamer on Linux) through the default sound output.
/// Each clip is written to a private temporary folder first (raw PCM gets a WAV header):
/// file sources are what every Qt backend plays reliably. Between two clips Qt needs one
/// source change, a few ms here; a truly gapless join would need our own decoder and
/// QAudioSink, which MP3 from cloud voices makes a poor trade.
///
/// The QMediaPlayer is made when the first clip is played, so an app that never speaks
/// never starts Qt Multimedia (nor prints its warnings when no sound server runs).
///
/// started() comes when the position first advances (sound is really coming out), or when
/// the backend reports the media buffered and playing, whichever is first.
class MediaAudioPlayer : public AudioPlayer
{
    Q_OBJECT
public:
    /// With \a requireDevice, play() fails with NoAudioDevice when the system lists no
    /// sound output (otherwise GStreamer would play into a fake sink, silently).
    explicit MediaAudioPlayer(bool requireDevice = true, QObject* parent = nullptr);
    ~MediaAudioPlayer() override;

    void play(const TtsAudio& audio) override;
    void pause() override;
    void resume() override;
    void stop() override;
    State state() const override { return m_state; }
    qint64 position() const override;

    /// 0.0–1.0.
    void setVolume(float volume);
    static bool hasAudioOutput();

private:
    /// The QMediaPlayer, made on first use.
    QMediaPlayer* player();
    void onStatus();
    void onError();
    void markStarted();
    void fail(TtsError::Kind kind, const QString& detail);

    std::unique_ptr<QMediaPlayer> m_player;
    std::unique_ptr<QAudioOutput> m_output;
    QTemporaryDir m_dir;
    bool m_requireDevice;
    float m_volume = 1.0f;
    State m_state = State::Stopped;
    bool m_started = false;
    int m_clip = 0;
};

} // namespace st
