#include "core/tts/TtsAudio.h"

#include <QtEndian>

namespace st {
namespace {

quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

struct WavLayout
{
    quint32 sampleRate = 0;
    quint32 byteRate = 0;
    qsizetype dataOffset = -1; // of the first sample
};

WavLayout wavLayout(const QByteArray& bytes)
{
    WavLayout layout;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return layout;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = le32(bytes, at + 4);
        if (id == "fmt " && at + 8 + 16 <= bytes.size()) {
            layout.sampleRate = le32(bytes, at + 8 + 4);
            layout.byteRate = le32(bytes, at + 8 + 8);
        }
        if (id == "data") {
            layout.dataOffset = at + 8;
            break;
        }
        at += 8 + qsizetype(size) + (size & 1);
    }
    return layout;
}

/// Where the first MPEG audio frame starts (after an ID3v2 tag), or -1.
qsizetype firstFrame(const QByteArray& bytes)
{
    qsizetype at = 0;
    if (bytes.startsWith("ID3") && bytes.size() >= 10) {
        const auto b = [&](int i) { return quint32(quint8(bytes.at(i)) & 0x7f); };
        at = 10 + qsizetype((b(6) << 21) | (b(7) << 14) | (b(8) << 7) | b(9));
        if (quint8(bytes.at(5)) & 0x10)
            at += 10;
    }
    const qsizetype limit = qMin<qsizetype>(bytes.size() - 4, at + 4096);
    for (; at <= limit && at >= 0; ++at) {
        const auto b0 = quint8(bytes.at(at));
        const auto b1 = quint8(bytes.at(at + 1));
        const auto b2 = quint8(bytes.at(at + 2));
        if (b0 == 0xff && (b1 & 0xe0) == 0xe0 && ((b1 >> 1) & 3) != 0 && ((b1 >> 3) & 3) != 1 &&
            (b2 >> 4) != 15 && ((b2 >> 2) & 3) != 3)
            return at;
    }
    return -1;
}

} // namespace

int TtsAudio::pcmSampleRate() const
{
    if (!format.startsWith(QLatin1String("pcm_s16le@")))
        return 0;
    return format.mid(10).toInt();
}

int TtsAudio::sampleRate() const
{
    if (const int rate = pcmSampleRate())
        return rate;
    if (looksLikeWav(bytes)) {
        const quint32 rate = wavLayout(bytes).sampleRate;
        return rate <= 768000 ? int(rate) : 0;
    }
    return mp3SampleRate(bytes);
}

QString TtsAudio::pcmFormat(int sampleRate)
{
    return QStringLiteral("pcm_s16le@") + QString::number(sampleRate);
}

bool TtsAudio::looksLikeWav(const QByteArray& bytes)
{
    return bytes.size() >= 20 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WAVE" &&
           bytes.contains("fmt ");
}

bool TtsAudio::looksLikeMp3(const QByteArray& bytes)
{
    if (bytes.startsWith("ID3"))
        return bytes.size() > 10;
    return bytes.size() >= 4 && firstFrame(bytes) == 0;
}

qint64 TtsAudio::wavDurationMs(const QByteArray& bytes)
{
    const WavLayout layout = wavLayout(bytes);
    if (layout.dataOffset < 0 || layout.byteRate == 0)
        return -1;
    return qint64(bytes.size() - layout.dataOffset) * 1000 / layout.byteRate;
}

QByteArray TtsAudio::fixWavSizes(QByteArray bytes)
{
    const WavLayout layout = wavLayout(bytes);
    if (layout.dataOffset < 0)
        return bytes;
    qToLittleEndian<quint32>(quint32(bytes.size() - 8), bytes.data() + 4);
    qToLittleEndian<quint32>(quint32(bytes.size() - layout.dataOffset),
                             bytes.data() + layout.dataOffset - 4);
    return bytes;
}

qint64 TtsAudio::mp3DurationMs(const QByteArray& bytes)
{
    static const int kMpeg1[16] = {0,   32,  40,  48,  56,  64,  80,  96,
                                   112, 128, 160, 192, 224, 256, 320, 0};
    static const int kMpeg2[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
    const qsizetype at = firstFrame(bytes);
    if (at < 0)
        return -1;
    const auto b1 = quint8(bytes.at(at + 1));
    const auto b2 = quint8(bytes.at(at + 2));
    const bool layer3 = ((b1 >> 1) & 3) == 1;
    if (!layer3)
        return -1;
    const int kbps = (((b1 >> 3) & 3) == 3 ? kMpeg1 : kMpeg2)[b2 >> 4];
    if (kbps == 0)
        return -1;
    return qint64(bytes.size() - at) * 8 / kbps;
}

int TtsAudio::mp3SampleRate(const QByteArray& bytes)
{
    static const int kRates[3] = {44100, 48000, 32000}; // MPEG 1; halved for 2, quartered for 2.5
    const qsizetype at = firstFrame(bytes);
    if (at < 0)
        return 0;
    const int version = (quint8(bytes.at(at + 1)) >> 3) & 3; // 3: MPEG 1, 2: MPEG 2, 0: 2.5
    const int index = (quint8(bytes.at(at + 2)) >> 2) & 3;   // 3 is refused by firstFrame()
    return kRates[index] / (version == 3 ? 1 : version == 2 ? 2 : 4);
}

qint64 TtsAudio::pcmDurationMs(qint64 byteCount, int sampleRate)
{
    return sampleRate > 0 ? byteCount / 2 * 1000 / sampleRate : -1;
}

} // namespace st
