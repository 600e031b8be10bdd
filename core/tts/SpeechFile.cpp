#include "core/tts/SpeechFile.h"

#include "core/tts/EspeakTts.h"
#include "core/tts/TtsJob.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/WavFile.h"

#include <QTimer>

namespace st {

SpeechFile::SpeechFile(TtsProvider& provider, QObject* parent)
    : QObject(parent), m_provider(provider)
{
    connect(&m_decoder, &ClipDecoder::decoded, this, &SpeechFile::onDecoded);
    connect(&m_decoder, &ClipDecoder::failed, this, [this](const QString& reason) {
        fail(tr("Sentence %1 could not be decoded: %2").arg(m_next).arg(reason));
    });
}

SpeechFile::~SpeechFile()
{
    if (m_job)
        m_job->cancel();
}

void SpeechFile::start(const QString& text, const TtsRequest& voice, const QString& path)
{
    m_sentences = SpokenSentences::of(text, EspeakTts::kMaxInputChars);
    m_voice = voice;
    m_path = path;
    m_next = 0;
    m_rate = 0;
    m_wav.reset();
    if (m_sentences.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(tr("There is nothing to say in this text.")); });
        return;
    }
    QTimer::singleShot(0, this, &SpeechFile::next);
}

void SpeechFile::next()
{
    if (m_next >= m_sentences.size()) {
        if (!m_wav->commit()) {
            fail(tr("%1 could not be written.").arg(m_path));
            return;
        }
        m_wav.reset();
        Q_EMIT finished(m_path);
        return;
    }
    TtsRequest request = m_voice;
    request.text = m_sentences.at(m_next).speech;
    m_job = m_provider.synthesize(request);
    connect(m_job, &TtsJob::finished, this, &SpeechFile::onSpoken);
    connect(m_job, &TtsJob::failed, this, [this](const TtsError& error) {
        fail(tr("Sentence %1 could not be spoken: %2").arg(m_next + 1).arg(error.message()));
    });
}

void SpeechFile::onSpoken(const TtsAudio& audio)
{
    if (m_rate == 0)
        m_rate = audio.sampleRate() > 0 ? audio.sampleRate() : 22050;
    m_decoder.decode(audio, m_rate);
}

void SpeechFile::onDecoded(const QByteArray& samples)
{
    if (!m_wav) {
        m_wav = std::make_unique<WavWriter>(m_path, m_rate);
        if (!m_wav->open()) {
            fail(tr("%1 could not be opened for writing.").arg(m_path));
            return;
        }
    }
    if ((m_next > 0 && !m_wav->append(wav_file::silence(m_rate, kSentenceGapMs))) ||
        !m_wav->append(samples)) {
        fail(tr("%1 could not be written.").arg(m_path));
        return;
    }
    ++m_next;
    next();
}

void SpeechFile::fail(const QString& message)
{
    if (m_wav) {
        m_wav->cancel();
        m_wav.reset();
    }
    Q_EMIT failed(message);
}

} // namespace st
