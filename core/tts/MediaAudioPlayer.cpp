#include "core/tts/MediaAudioPlayer.h"

#include "core/tts/TtsLog.h"
#include "core/tts/WavFile.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace st {

MediaAudioPlayer::MediaAudioPlayer(bool requireDevice, QObject* parent)
    : AudioPlayer(parent), m_requireDevice(requireDevice)
{}

MediaAudioPlayer::~MediaAudioPlayer()
{
    if (!m_player)
        return;
    m_player->disconnect(this);
    m_player->stop();
}

QMediaPlayer* MediaAudioPlayer::player()
{
    if (m_player)
        return m_player.get();
    // Qt Multimedia starts its backend (GStreamer, the sound server connection) here, the
    // first time a clip is played: not at start-up, where it cost the first paint and
    // printed warnings on a machine without a sound server.
    m_player = std::make_unique<QMediaPlayer>();
    m_output = std::make_unique<QAudioOutput>();
    m_output->setVolume(m_volume);
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, &MediaAudioPlayer::onStatus);
    connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this, &MediaAudioPlayer::onStatus);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, &MediaAudioPlayer::onError);
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_state == State::Stopped)
            return;
        if (ms > 0)
            markStarted();
        Q_EMIT positionChanged(ms);
    });
    return m_player.get();
}

bool MediaAudioPlayer::hasAudioOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

void MediaAudioPlayer::setVolume(float volume)
{
    m_volume = volume;
    if (m_output)
        m_output->setVolume(volume);
}

qint64 MediaAudioPlayer::position() const
{
    return m_state == State::Stopped || !m_player ? 0 : m_player->position();
}

void MediaAudioPlayer::play(const TtsAudio& audio)
{
    if (m_player)
        m_player->stop();
    m_state = State::Playing;
    m_started = false;
    if (m_requireDevice && !hasAudioOutput()) {
        fail(TtsError::Kind::NoAudioDevice, {});
        return;
    }
    if (!m_dir.isValid()) {
        fail(TtsError::Kind::PlaybackFailed, m_dir.errorString());
        return;
    }
    if (audio.isEmpty()) { // nothing to say: done at once (from the event loop)
        const int clip = ++m_clip;
        QTimer::singleShot(0, this, [this, clip] {
            if (clip == m_clip && m_state == State::Playing) {
                m_state = State::Stopped;
                Q_EMIT finished();
            }
        });
        return;
    }
    QByteArray bytes = audio.bytes;
    QString extension = QStringLiteral("wav");
    if (const int rate = audio.pcmSampleRate(); rate > 0)
        bytes = wav_file::header(rate, 1, bytes.size()) + bytes;
    else if (audio.format == QLatin1String("mp3"))
        extension = QStringLiteral("mp3");
    // Two names in turn: the clip just replaced may still be held open by the backend.
    const QString path =
        m_dir.filePath(QStringLiteral("clip-%1.%2").arg(m_clip++ % 2).arg(extension));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        fail(TtsError::Kind::PlaybackFailed, file.errorString());
        return;
    }
    file.close();
    player();
    m_player->setSource(QUrl()); // a new file under the same name must be read again
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
}

void MediaAudioPlayer::pause()
{
    if (m_state != State::Playing)
        return;
    m_state = State::Paused;
    if (m_player)
        m_player->pause();
}

void MediaAudioPlayer::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Playing;
    if (m_player)
        m_player->play();
}

void MediaAudioPlayer::stop()
{
    m_state = State::Stopped;
    ++m_clip; // a failure or an end on its way is no longer news
    if (m_player)
        m_player->stop();
}

void MediaAudioPlayer::markStarted()
{
    if (m_started || m_state == State::Stopped)
        return;
    m_started = true;
    Q_EMIT started();
}

void MediaAudioPlayer::onStatus()
{
    if (m_state == State::Stopped)
        return;
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::BufferedMedia:
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            markStarted();
        break;
    case QMediaPlayer::EndOfMedia:
        if (!m_started)
            markStarted(); // a very short clip can end before a position report
        m_state = State::Stopped;
        Q_EMIT finished();
        break;
    case QMediaPlayer::InvalidMedia:
        fail(TtsError::Kind::PlaybackFailed, m_player->errorString());
        break;
    default:
        break;
    }
}

void MediaAudioPlayer::onError()
{
    if (m_state == State::Stopped || m_player->error() == QMediaPlayer::NoError)
        return;
    qCWarning(lcTts) << "playback failed:" << m_player->errorString();
    fail(TtsError::Kind::PlaybackFailed, m_player->errorString());
}

void MediaAudioPlayer::fail(TtsError::Kind kind, const QString& detail)
{
    m_state = State::Stopped;
    if (m_player)
        m_player->stop();
    const TtsError error = TtsError::make(kind, QStringLiteral("player"), detail);
    // Always from the event loop, like every other end of a clip; not for a clip since replaced.
    const int clip = m_clip;
    QTimer::singleShot(0, this, [this, error, clip] {
        if (clip == m_clip)
            Q_EMIT failed(error);
    });
}

} // namespace st
