#include "core/tts/WavFile.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace st::wav_file {
namespace {

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

quint16 get16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 get32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

QByteArray header(int sampleRate, int channels, qint64 dataBytes)
{
    QByteArray out;
    out.reserve(44);
    const auto data = quint32(std::min<qint64>(dataBytes, 0xffffffffLL - 36));
    out.append("RIFF", 4);
    put32(out, 36 + data);
    out.append("WAVEfmt ", 8);
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, quint16(channels));
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate * channels * 2));
    put16(out, quint16(channels * 2));
    put16(out, 16);
    out.append("data", 4);
    put32(out, data);
    return out;
}

QByteArray encode(const Pcm& pcm)
{
    return header(pcm.sampleRate, pcm.channels, pcm.samples.size()) + pcm.samples;
}

std::optional<Pcm> decode(const QByteArray& bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    Pcm pcm;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = get32(bytes, at + 4);
        if (id == "fmt " && at + 8 + 16 <= bytes.size()) {
            const quint16 tag = get16(bytes, at + 8);
            pcm.channels = get16(bytes, at + 10);
            pcm.sampleRate = int(get32(bytes, at + 12));
            const quint16 bits = get16(bytes, at + 22);
            // 0xfffe (extensible) carries PCM in its sub-format; accept it for 16-bit.
            if ((tag != 1 && tag != 0xfffe) || bits != 16 || pcm.channels < 1 ||
                pcm.sampleRate <= 0)
                return std::nullopt;
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return std::nullopt;
            const qsizetype available = bytes.size() - (at + 8);
            qsizetype length = std::min<qsizetype>(available, qsizetype(size));
            length -= length % (2 * pcm.channels);
            pcm.samples = bytes.mid(at + 8, length);
            return pcm;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return std::nullopt;
}

Pcm toMono(const Pcm& pcm, int sampleRate)
{
    Pcm out;
    out.sampleRate = sampleRate;
    out.channels = 1;
    const qint64 frames = pcm.frameCount();
    if (frames == 0 || sampleRate <= 0 || pcm.sampleRate <= 0)
        return out;
    const auto* in = reinterpret_cast<const qint16*>(pcm.samples.constData());
    const auto mono = [&](qint64 frame) {
        int sum = 0;
        for (int c = 0; c < pcm.channels; ++c)
            sum += qFromLittleEndian(in[frame * pcm.channels + c]);
        return double(sum) / pcm.channels;
    };
    const qint64 outFrames = frames * sampleRate / pcm.sampleRate;
    out.samples.resize(outFrames * 2);
    auto* dst = reinterpret_cast<qint16*>(out.samples.data());
    const double step = double(pcm.sampleRate) / sampleRate;
    for (qint64 i = 0; i < outFrames; ++i) {
        const double pos = i * step;
        const auto a = std::min<qint64>(qint64(pos), frames - 1);
        const qint64 b = std::min<qint64>(a + 1, frames - 1);
        const double t = pos - double(a);
        const double v = mono(a) * (1.0 - t) + mono(b) * t;
        dst[i] = qToLittleEndian(qint16(std::clamp(std::lround(v), -32768L, 32767L)));
    }
    return out;
}

QByteArray silence(int sampleRate, int ms)
{
    return QByteArray(qint64(sampleRate) * ms / 1000 * 2, '\0');
}

} // namespace st::wav_file
