#include "core/tts/EspeakJob.h"

#include "core/tts/TtsLog.h"

namespace st {
namespace {

const QString kId = QStringLiteral("espeak");

} // namespace

EspeakJob::EspeakJob(const TtsRequest& request, QObject* parent) : TtsJob(request, kId, parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stopProcess();
        fail(TtsError::make(TtsError::Kind::Timeout, kId));
    });
    connect(&m_process, &QProcess::finished, this, &EspeakJob::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &EspeakJob::onError);
}

EspeakJob::~EspeakJob()
{
    stopProcess();
}

void EspeakJob::start(const QString& program, const QStringList& arguments, int timeoutMs,
                      int maxInputChars)
{
    if (endEarly(maxInputChars, QStringLiteral("wav")))
        return;
    if (program.isEmpty()) {
        failLater(TtsError::make(TtsError::Kind::EngineMissing, kId,
                                 QStringLiteral("espeak-ng is not in PATH")));
        return;
    }
    // Started from the event loop: QProcess reports a program that cannot start from
    // inside start(), and no signal may come from inside synthesize().
    QTimer::singleShot(0, this, [this, program, arguments, timeoutMs] {
        if (!isDone())
            run(program, arguments, timeoutMs);
    });
}

void EspeakJob::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    qCDebug(lcTts) << "espeak-ng" << arguments;
    m_timeout.start(timeoutMs);
    m_process.start(program, arguments);
    if (isDone())
        return; // it could not start (reported from inside start())
    m_process.write(request().text.toUtf8());
    m_process.closeWriteChannel();
}

void EspeakJob::abort()
{
    stopProcess();
}

void EspeakJob::stopProcess()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(1000);
}

void EspeakJob::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // Crashed and the rest end in finished()
    m_timeout.stop();
    fail(TtsError::make(TtsError::Kind::EngineMissing, kId, m_process.errorString()));
}

void EspeakJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_timeout.stop();
    const QByteArray out = m_process.readAllStandardOutput();
    const QString err = QString::fromUtf8(m_process.readAllStandardError()).simplified();
    if (status != QProcess::NormalExit || exitCode != 0) {
        TtsError error = TtsError::make(TtsError::Kind::EngineFailed, kId,
                                        err.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode)
                                                      : err.left(300));
        fail(error);
        return;
    }
    if (!TtsAudio::looksLikeWav(out)) {
        fail(TtsError::make(TtsError::Kind::EngineFailed, kId,
                            err.isEmpty() ? QStringLiteral("no WAV on stdout") : err.left(300)));
        return;
    }
    TtsAudio audio;
    audio.bytes = TtsAudio::fixWavSizes(out);
    audio.format = QStringLiteral("wav");
    audio.durationMs = TtsAudio::wavDurationMs(audio.bytes);
    qCDebug(lcTts) << "espeak-ng wrote" << audio.bytes.size() << "bytes," << audio.durationMs
                   << "ms";
    finish(audio);
}

} // namespace st
