#include "core/tts/ExportAssembler.h"

#include "core/tts/CueSheet.h"
#include "core/tts/ExportedFiles.h"
#include "core/tts/Id3Tag.h"
#include "core/tts/WavWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace st {

ExportAssembler::ExportAssembler(QObject* parent) : QObject(parent)
{
    connect(&m_encoder, &AudioEncoder::finished, this, &ExportAssembler::onEncoded);
    connect(&m_encoder, &AudioEncoder::failed, this, [this](const AudioEncodeError& error) {
        m_encodeError = error;
        fail(error.message());
    });
}

ExportAssembler::~ExportAssembler()
{
    cancel();
}

void ExportAssembler::setEncoderProgram(AudioFormat format, const QString& program)
{
    m_encoder.setProgram(format, program);
}

bool ExportAssembler::prepare(AudioFormat format, const QString& base)
{
    cancel();
    m_format = format;
    m_base = base;
    m_error.clear();
    m_encodeError = {};
    if (format == AudioFormat::Wav)
        return true;
    m_temp = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("storyteller-export-XXXXXX")));
    if (m_temp->isValid())
        return true;
    m_error = tr("Cannot make a temporary folder for the export: %1.").arg(m_temp->errorString());
    m_temp.reset();
    return false;
}

QString ExportAssembler::wavPath() const
{
    return m_temp ? m_temp->filePath(QStringLiteral("audio.wav")) : m_base + QStringLiteral(".wav");
}

QString ExportAssembler::markdownPath() const
{
    return m_base + QStringLiteral(".md");
}

void ExportAssembler::finish(std::unique_ptr<WavWriter> wav, const QString& transcript,
                             const AudioMetadata& metadata)
{
    m_transcript = transcript;
    m_metadata = metadata;
    const QString wavFile = wav->path();
    if (m_format == AudioFormat::Wav) {
        ExportedFiles beside;
        if (!beside.addText(markdownPath(), transcript) ||
            !beside.addText(m_base + QStringLiteral(".cue"),
                            CueSheet::text(QFileInfo(wavFile).fileName(), metadata))) {
            fail(beside.errorString());
            return;
        }
        if (!wav->commit()) {
            fail(tr("Cannot write %1: %2.").arg(wavFile, wav->errorString()));
            return;
        }
        if (!beside.commit()) {
            QFile::remove(wavFile); // all or none
            fail(beside.errorString());
            return;
        }
        Q_EMIT finished(wavFile, markdownPath());
        return;
    }
    if (!m_temp || !wav->commit()) { // the temporary WAV the encoder reads
        fail(tr("Cannot write %1: %2.").arg(wavFile, wav->errorString()));
        return;
    }
    const QString encoded =
        m_temp->filePath(QStringLiteral("audio.") + audio_format::extension(m_format));
    m_encoder.start(m_format, wavFile, encoded, metadata);
}

void ExportAssembler::onEncoded(const QString& encodedPath)
{
    Q_EMIT encoded();
    const QString audioPath = m_base + u'.' + audio_format::extension(m_format);
    QByteArray head;
    qint64 skip = 0;
    if (m_format == AudioFormat::Mp3) { // our tag, in place of any lame wrote
        head = Id3Tag(m_metadata).bytes();
        QFile file(encodedPath);
        if (file.open(QIODevice::ReadOnly))
            skip = Id3Tag::sizeAtStart(file.read(10));
    }
    ExportedFiles files;
    if (!files.addCopy(audioPath, head, encodedPath, skip) ||
        !files.addText(markdownPath(), m_transcript) || !files.commit()) {
        fail(files.errorString());
        return;
    }
    m_temp.reset();
    Q_EMIT finished(audioPath, markdownPath());
}

void ExportAssembler::fail(const QString& message)
{
    m_encoder.cancel();
    m_temp.reset();
    m_error = message;
    Q_EMIT failed(message);
}

void ExportAssembler::cancel()
{
    m_encoder.cancel();
    m_temp.reset();
}

} // namespace st
