#pragma once

#include "core/tts/TtsAudio.h"
#include "core/tts/TtsError.h"

#include <QObject>

namespace st {

/// Where narration sounds: one clip at a time. MediaAudioPlayer plays through QMediaPlayer;
/// tests pass a fake. The NarrationQueue hands it the next sentence as soon as the last
/// one has finished.
class AudioPlayer : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Playing,
        Paused
    };
    Q_ENUM(State)

    using QObject::QObject;

    /// Plays \a audio from its start, replacing whatever was playing (no signal for that).
    virtual void play(const TtsAudio& audio) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    /// Stops and forgets the clip; no finished() follows.
    virtual void stop() = 0;
    virtual State state() const = 0;
    /// How far into the clip, in ms.
    virtual qint64 position() const = 0;

Q_SIGNALS:
    /// Sound of the current clip is coming out (once per play()).
    void started();
    /// The clip played to its end.
    void finished();
    /// The clip cannot be played (kinds NoAudioDevice, PlaybackFailed, BadAudio).
    void failed(const st::TtsError& error);
    void positionChanged(qint64 ms);
};

} // namespace st
