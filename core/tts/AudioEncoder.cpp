#include "core/tts/AudioEncoder.h"

#include "core/tts/EncoderArguments.h"
#include "core/tts/TtsLog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

namespace st {
namespace {

/// The last non-empty line of \a bytes (an encoder's stderr), at most 300 characters.
QString lastLine(const QByteArray& bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}

} // namespace

AudioEncoder::AudioEncoder(QObject* parent) : QObject(parent)
{
    static const bool registered = [] {
        qRegisterMetaType<st::AudioEncodeError>();
        return true;
    }();
    Q_UNUSED(registered);
}

AudioEncoder::~AudioEncoder()
{
    stop();
}

void AudioEncoder::setProgram(AudioFormat format, const QString& program)
{
    m_programs.insert(int(format), program);
}

QString AudioEncoder::program(AudioFormat format) const
{
    return m_programs.value(int(format), audio_format::encoderProgram(format));
}

QString AudioEncoder::resolved(AudioFormat format) const
{
    const QString name = program(format);
    if (name.isEmpty())
        return {};
    if (name.contains(u'/')) {
        const QFileInfo info(name);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(name);
}

AudioEncodeError AudioEncoder::check(AudioFormat format) const
{
    AudioEncodeError error;
    if (format == AudioFormat::Wav || !resolved(format).isEmpty())
        return error;
    error.kind = AudioEncodeError::Kind::EncoderMissing;
    error.format = format;
    error.program = program(format);
    return error;
}

bool AudioEncoder::start(AudioFormat format, const QString& wavPath, const QString& outPath,
                         const AudioMetadata& metadata)
{
    if (isRunning() || format == AudioFormat::Wav)
        return false;
    m_format = format;
    m_outPath = outPath;
    m_process = new QProcess(this);
    QProcess* process = m_process;
    const QString path = resolved(format);
    QStringList args;
    if (format == AudioFormat::Mp3) {
        args = EncoderArguments::lame(wavPath, outPath);
    } else {
        QString picture;
        if (!metadata.cover.isEmpty()) {
            m_picture = std::make_unique<QTemporaryFile>(
                QDir(QDir::tempPath()).filePath(QStringLiteral("storyteller-cover-XXXXXX.png")));
            if (m_picture->open() && m_picture->write(metadata.cover) == metadata.cover.size() &&
                m_picture->flush())
                picture = m_picture->fileName();
            else
                qCWarning(lcTts) << "export: the cover could not be written; none attached";
        }
        args = EncoderArguments::opusenc(wavPath, outPath, metadata, picture);
    }
    process->setProgram(path);
    process->setArguments(args);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, &AudioEncoder::onFinished);
    connect(process, &QProcess::errorOccurred, this, &AudioEncoder::onError);
    // Started from the event loop: a program that cannot start is reported from inside
    // QProcess::start(), and no signal may come from inside this start().
    QTimer::singleShot(0, process, [this, process, path] {
        if (process != m_process)
            return;
        if (path.isEmpty()) {
            fail(AudioEncodeError::Kind::EncoderMissing, {});
            return;
        }
        qCInfo(lcTts) << "export: encoding with" << path;
        process->start();
    });
    return true;
}

void AudioEncoder::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    if (status != QProcess::NormalExit) {
        fail(AudioEncodeError::Kind::EncoderFailed, tr("it stopped unexpectedly"));
        return;
    }
    const QString said = lastLine(m_process->readAllStandardError());
    if (exitCode != 0) {
        fail(AudioEncodeError::Kind::EncoderFailed,
             said.isEmpty() ? tr("exit status %1").arg(exitCode) : said);
        return;
    }
    if (QFileInfo(m_outPath).size() <= 0) {
        fail(AudioEncodeError::Kind::EncoderFailed, tr("it wrote nothing"));
        return;
    }
    const QString out = m_outPath;
    stop();
    Q_EMIT finished(out);
}

void AudioEncoder::onError(QProcess::ProcessError error)
{
    if (!m_process)
        return;
    if (error == QProcess::FailedToStart)
        fail(AudioEncodeError::Kind::EncoderMissing, m_process->errorString());
    // Crashed comes with finished(), handled there.
}

void AudioEncoder::fail(AudioEncodeError::Kind kind, const QString& detail)
{
    AudioEncodeError error;
    error.kind = kind;
    error.format = m_format;
    error.program = program(m_format);
    error.detail = detail;
    stop();
    qCWarning(lcTts) << "export: encoding failed:" << error.message();
    Q_EMIT failed(error);
}

void AudioEncoder::cancel()
{
    stop();
}

void AudioEncoder::stop()
{
    if (QProcess* process = m_process) {
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
        process->deleteLater();
    }
    m_picture.reset();
}

} // namespace st
