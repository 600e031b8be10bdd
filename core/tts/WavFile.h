#pragma once

#include <QByteArray>
#include <optional>

namespace st {

/// Plain PCM WAV: 16-bit signed little-endian samples, interleaved channels.
namespace wav_file {

struct Pcm
{
    QByteArray samples; // s16le, interleaved
    int sampleRate = 0;
    int channels = 1;

    qint64 frameCount() const { return channels > 0 ? samples.size() / (2 * channels) : 0; }
    qint64 durationMs() const { return sampleRate > 0 ? frameCount() * 1000 / sampleRate : 0; }
};

/// A 44-byte RIFF/WAVE header for \a dataBytes of s16le audio.
QByteArray header(int sampleRate, int channels, qint64 dataBytes);
/// \a pcm as a complete WAV file.
QByteArray encode(const Pcm& pcm);
/// The samples of a 16-bit PCM WAV (any chunk order; sizes taken from what is present, so
/// espeak-ng's pipe placeholders are fine). nullopt for anything else (8/24/32-bit, float,
/// compressed, not a WAV).
std::optional<Pcm> decode(const QByteArray& bytes);
/// \a pcm as mono at \a sampleRate (channels averaged, linear interpolation).
Pcm toMono(const Pcm& pcm, int sampleRate);
/// \a ms of silence in \a sampleRate mono.
QByteArray silence(int sampleRate, int ms);

} // namespace wav_file
} // namespace st
