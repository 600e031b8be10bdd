#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace st {

/// Spoken audio for one TtsRequest: encoded bytes and what they are.
struct TtsAudio
{
    QByteArray bytes;
    /// "wav" (RIFF/WAVE with a header whose sizes are right), "mp3", or "pcm_s16le@<rate>"
    /// (raw signed 16-bit little-endian mono samples at <rate> Hz, no header).
    QString format;
    /// The length in ms, or -1 when unknown. Exact for wav and pcm; for mp3 estimated from
    /// the first frame's bitrate (exact for constant-bitrate streams, which OpenAI and
    /// ElevenLabs send).
    qint64 durationMs = -1;

    bool isEmpty() const { return bytes.isEmpty(); }
    /// The sample rate of a "pcm_s16le@<rate>" format, 0 for the others.
    int pcmSampleRate() const;
    /// The sample rate the audio was made at: from the format (pcm), the fmt chunk (wav) or
    /// the first MPEG frame header (mp3); 0 when unknown.
    int sampleRate() const;

    static QString pcmFormat(int sampleRate);
    /// RIFF….WAVE with an fmt chunk.
    static bool looksLikeWav(const QByteArray& bytes);
    /// An ID3v2 tag or an MPEG audio frame sync at the start.
    static bool looksLikeMp3(const QByteArray& bytes);
    /// The duration of a PCM WAV from its fmt chunk and the bytes present after "data"
    /// (not the declared size, which a pipe writer cannot know), or -1.
    static qint64 wavDurationMs(const QByteArray& bytes);
    /// \a bytes with the RIFF and data sizes set to what is really there (espeak-ng writes
    /// 0x7ffff… placeholders to a pipe). Unchanged when it is not a WAV.
    static QByteArray fixWavSizes(QByteArray bytes);
    /// Estimated from the first MPEG frame header's bitrate; -1 when there is none.
    static qint64 mp3DurationMs(const QByteArray& bytes);
    /// The first MPEG frame header's sample rate; 0 when there is none.
    static int mp3SampleRate(const QByteArray& bytes);
    static qint64 pcmDurationMs(qint64 byteCount, int sampleRate);
};

} // namespace st

Q_DECLARE_METATYPE(st::TtsAudio)
