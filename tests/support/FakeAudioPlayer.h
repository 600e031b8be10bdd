#pragma once

#include "core/tts/AudioPlayer.h"

#include <QStringList>

namespace st {

/// A player for tests: records what it is asked to play. With autoFinish each clip ends
/// after clipMs; otherwise the test ends it with finishClip(). failWith makes every play()
/// fail from the event loop.
class FakeAudioPlayer : public AudioPlayer
{
    Q_OBJECT
public:
    using AudioPlayer::AudioPlayer;

    void play(const TtsAudio& audio) override;
    void pause() override;
    void resume() override;
    void stop() override;
    State state() const override { return m_state; }
    qint64 position() const override { return 0; }

    /// Ends the clip playing now.
    void finishClip();
    /// The text of each clip played (FakeTtsProvider audio), in order.
    QStringList playedTexts() const;

    bool autoFinish = true;
    int clipMs = 0;
    TtsError::Kind failWith = TtsError::Kind::None;
    QVector<TtsAudio> played;
    int stops = 0;

private:
    State m_state = State::Stopped;
    int m_clip = 0;
};

} // namespace st
