#include "core/tts/ClipDecoder.h"

#include "core/tts/TtsLog.h"
#include "core/tts/WavFile.h"

#include <QAudioDecoder>
#include <QBuffer>
#include <QTimer>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace st {
namespace {

/// \a buffer as s16le samples (interleaved as they come); empty for a sample type we do not
/// read.
QByteArray asInt16(const QAudioBuffer& buffer)
{
    const QAudioFormat format = buffer.format();
    if (format.sampleFormat() == QAudioFormat::Int16)
        return QByteArray(buffer.constData<char>(), buffer.byteCount());
    const qsizetype count = buffer.sampleCount();
    QByteArray out(count * 2, Qt::Uninitialized);
    auto* dst = reinterpret_cast<qint16*>(out.data());
    for (qsizetype i = 0; i < count; ++i) {
        float v = 0;
        switch (format.sampleFormat()) {
        case QAudioFormat::Float:
            v = buffer.constData<float>()[i];
            break;
        case QAudioFormat::Int32:
            v = float(buffer.constData<qint32>()[i]) / 2147483648.0f;
            break;
        case QAudioFormat::UInt8:
            v = (float(buffer.constData<quint8>()[i]) - 128.0f) / 128.0f;
            break;
        default:
            return {};
        }
        dst[i] = qToLittleEndian(qint16(std::clamp(std::lround(v * 32767.0f), -32768L, 32767L)));
    }
    return out;
}

} // namespace

ClipDecoder::ClipDecoder(QObject* parent) : QObject(parent) {}

ClipDecoder::~ClipDecoder()
{
    release();
}

void ClipDecoder::decode(const TtsAudio& audio, int sampleRate)
{
    cancel();
    m_busy = true;
    const quint64 generation = m_generation;
    const auto later = [this, generation](auto&& call) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, call] {
                if (generation == m_generation && m_busy)
                    call();
            },
            Qt::QueuedConnection);
    };
    if (sampleRate <= 0) {
        later([this] { fail(tr("no sample rate was given")); });
        return;
    }
    if (audio.bytes.isEmpty()) {
        later([this] { finish({}); });
        return;
    }
    std::optional<wav_file::Pcm> pcm;
    if (const int rate = audio.pcmSampleRate())
        pcm = wav_file::Pcm{audio.bytes.left(audio.bytes.size() & ~qsizetype(1)), rate, 1};
    else if (TtsAudio::looksLikeWav(audio.bytes))
        pcm = wav_file::decode(audio.bytes); // nullopt for 8/24/32-bit and float: GStreamer
    if (pcm) {
        QByteArray samples = pcm->sampleRate == sampleRate && pcm->channels == 1
                                 ? pcm->samples
                                 : wav_file::toMono(*pcm, sampleRate).samples;
        later([this, samples] { finish(samples); });
        return;
    }
    startDecoder(audio, sampleRate);
}

void ClipDecoder::startDecoder(const TtsAudio& audio, int sampleRate)
{
    m_samples.clear();
    m_source = new QBuffer(this);
    m_source->setData(audio.bytes);
    m_source->open(QIODevice::ReadOnly);
    m_decoder = new QAudioDecoder(this);
    // Without a complete format (rate included) GStreamer's appsink refuses the stream.
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(1);
    format.setSampleRate(sampleRate);
    m_decoder->setAudioFormat(format);
    m_decoder->setSourceDevice(m_source);
    const quint64 generation = m_generation;
    connect(m_decoder, &QAudioDecoder::bufferReady, this, [this, generation] {
        if (generation == m_generation)
            onBufferReady();
    });
    connect(m_decoder, &QAudioDecoder::finished, this, [this, generation] {
        if (generation == m_generation)
            onDecoderFinished();
    });
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this,
            [this, generation](QAudioDecoder::Error) {
                if (generation == m_generation && m_decoder)
                    fail(m_decoder->errorString());
            });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this, generation] {
        if (generation == m_generation)
            fail(tr("the decoder did not finish in %1 s").arg(m_timeoutMs / 1000));
    });
    m_timer->start(m_timeoutMs);
    m_decoder->start();
}

void ClipDecoder::onBufferReady()
{
    if (!m_decoder)
        return;
    const QAudioBuffer buffer = m_decoder->read();
    if (!buffer.isValid())
        return;
    const QAudioFormat format = buffer.format();
    const QByteArray samples = asInt16(buffer);
    if (samples.isEmpty() && buffer.byteCount() > 0) {
        fail(tr("an unexpected sample format (%1)").arg(int(format.sampleFormat())));
        return;
    }
    if (format.channelCount() == 1 &&
        format.sampleRate() == m_decoder->audioFormat().sampleRate()) {
        m_samples += samples;
        return;
    }
    // The decoder did not convert as asked: do it here (per buffer; good enough for speech).
    const wav_file::Pcm pcm{samples, format.sampleRate(), std::max(1, format.channelCount())};
    m_samples += wav_file::toMono(pcm, m_decoder->audioFormat().sampleRate()).samples;
}

void ClipDecoder::onDecoderFinished()
{
    while (m_decoder && m_busy && m_decoder->bufferAvailable())
        onBufferReady();
    if (m_busy)
        finish(m_samples);
}

void ClipDecoder::finish(const QByteArray& samples)
{
    const QByteArray out = samples; // may be m_samples, which release() clears
    release();
    m_busy = false;
    Q_EMIT decoded(out);
}

void ClipDecoder::fail(const QString& reason)
{
    qCWarning(lcTts) << "clip decoding failed:" << reason;
    release();
    m_busy = false;
    Q_EMIT failed(reason);
}

void ClipDecoder::cancel()
{
    ++m_generation;
    release();
    m_busy = false;
}

void ClipDecoder::release()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_decoder) {
        m_decoder->disconnect(this);
        m_decoder->stop();
        m_decoder->deleteLater(); // not inside its own signal
        m_decoder = nullptr;
    }
    if (m_source) {
        m_source->deleteLater(); // after the decoder, which may still read it
        m_source = nullptr;
    }
    m_samples.clear();
}

} // namespace st
