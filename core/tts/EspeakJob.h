#pragma once

#include "core/tts/TtsJob.h"

#include <QProcess>
#include <QTimer>

namespace st {

/// One espeak-ng process speaking one request (see EspeakTts).
class EspeakJob : public TtsJob
{
    Q_OBJECT
public:
    EspeakJob(const TtsRequest& request, QObject* parent = nullptr);
    ~EspeakJob() override;

    /// From the event loop: starts \a program with \a arguments and writes the text to its
    /// stdin; or fails with InputTooLong (text over \a maxInputChars) or EngineMissing
    /// (\a program empty), or finishes with empty audio (blank text).
    void start(const QString& program, const QStringList& arguments, int timeoutMs,
               int maxInputChars);

protected:
    void abort() override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void stopProcess();
    void run(const QString& program, const QStringList& arguments, int timeoutMs);

    QProcess m_process;
    QTimer m_timeout;
};

} // namespace st
