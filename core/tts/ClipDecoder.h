#pragma once

#include "core/tts/TtsAudio.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QAudioDecoder;
class QBuffer;
class QTimer;

namespace st {

/// Turns one spoken clip (TtsAudio: "wav", "mp3" or "pcm_s16le@<rate>") into 16-bit mono
/// samples at a chosen rate, for joining clips into one file.
///
/// 16-bit PCM WAV and raw pcm are converted at once (wav_file::toMono); anything else (MP3,
/// a WAV of another sample type) goes through QAudioDecoder (GStreamer here), which is
/// asked for s16 mono at the rate. Either way the result comes from the event loop: exactly
/// one of decoded() or failed() per decode(), none after cancel().
class ClipDecoder : public QObject
{
    Q_OBJECT
public:
    explicit ClipDecoder(QObject* parent = nullptr);
    ~ClipDecoder() override;

    /// Starts decoding \a audio to mono at \a sampleRate Hz (cancels a decode under way).
    void decode(const TtsAudio& audio, int sampleRate);
    /// Stops the decode under way; no signal follows.
    void cancel();
    bool isBusy() const { return m_busy; }

    /// How long QAudioDecoder may take for one clip before it counts as failed.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    static constexpr int kDefaultTimeoutMs = 30000;

Q_SIGNALS:
    /// s16le mono samples at the rate asked for (empty for an empty clip).
    void decoded(const QByteArray& samples);
    /// \a reason: what the decoder said (for the user, after "cannot be decoded").
    void failed(const QString& reason);

private:
    void startDecoder(const TtsAudio& audio, int sampleRate);
    void onBufferReady();
    void onDecoderFinished();
    void finish(const QByteArray& samples);
    void fail(const QString& reason);
    void release();

    QPointer<QAudioDecoder> m_decoder;
    QBuffer* m_source = nullptr;
    QByteArray m_samples;
    QTimer* m_timer = nullptr;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_busy = false;
    quint64 m_generation = 0; // bumped by decode()/cancel(): late callbacks are ignored
};

} // namespace st
