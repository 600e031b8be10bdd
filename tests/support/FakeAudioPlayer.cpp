#include "support/FakeAudioPlayer.h"

#include <QTimer>

namespace st {

void FakeAudioPlayer::play(const TtsAudio& audio)
{
    played.append(audio);
    m_state = State::Playing;
    const int clip = ++m_clip;
    if (failWith != TtsError::Kind::None) {
        m_state = State::Stopped;
        const TtsError error = TtsError::make(failWith, QStringLiteral("player"));
        QTimer::singleShot(0, this, [this, clip, error] {
            if (clip == m_clip)
                Q_EMIT failed(error);
        });
        return;
    }
    QTimer::singleShot(0, this, [this, clip] {
        if (clip == m_clip && m_state != State::Stopped)
            Q_EMIT started();
    });
    if (autoFinish) {
        QTimer::singleShot(clipMs, this, [this, clip] {
            if (clip == m_clip && m_state == State::Playing)
                finishClip();
        });
    }
}

void FakeAudioPlayer::pause()
{
    if (m_state == State::Playing)
        m_state = State::Paused;
}

void FakeAudioPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Playing;
    if (autoFinish) {
        const int clip = m_clip;
        QTimer::singleShot(clipMs, this, [this, clip] {
            if (clip == m_clip && m_state == State::Playing)
                finishClip();
        });
    }
}

void FakeAudioPlayer::stop()
{
    ++stops;
    ++m_clip;
    m_state = State::Stopped;
}

void FakeAudioPlayer::finishClip()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    Q_EMIT finished();
}

QStringList FakeAudioPlayer::playedTexts() const
{
    QStringList texts;
    for (const TtsAudio& audio : played)
        texts.append(audio.bytes.startsWith("FAKE:")
                         ? QString::fromUtf8(audio.bytes.mid(5))
                         : QStringLiteral("<%1 bytes>").arg(audio.bytes.size()));
    return texts;
}

} // namespace st
