#include "unit/tts/TtsTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace st::ttstest {

JobRun waitFor(TtsJob* job, int timeoutMs)
{
    JobRun run;
    QPointer<TtsJob> guard(job);
    QObject::connect(job, &TtsJob::finished, job, [&run](const TtsAudio& audio) {
        ++run.finished;
        run.audio = audio;
    });
    QObject::connect(job, &TtsJob::failed, job, [&run](const TtsError& error) {
        ++run.failed;
        run.error = error;
    });
    QElapsedTimer clock;
    clock.start();
    while (run.finished + run.failed == 0 && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    run.ended = run.finished + run.failed > 0;
    QTest::qWait(20);
    delete guard.data();
    return run;
}

JobRun speak(TtsProvider& provider, const TtsRequest& r, int timeoutMs)
{
    return waitFor(provider.synthesize(r), timeoutMs);
}

TtsRequest request(const QString& text, const QString& language)
{
    TtsRequest r;
    r.text = text;
    r.language = language;
    return r;
}

bool hasProgram(const QString& name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QByteArray espeakWav(const QString& text)
{
    if (!hasProgram(QStringLiteral("espeak-ng")))
        return {};
    QProcess p;
    p.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("en-us"),
                                          QStringLiteral("--stdin"), QStringLiteral("--stdout")});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

QByteArray lameMp3()
{
    static QByteArray cached;
    if (!cached.isEmpty() || !hasProgram(QStringLiteral("lame")))
        return cached;
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("in.wav"));
    const QString mp3 = dir.filePath(QStringLiteral("out.mp3"));
    QFile file(wav);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(espeakWav());
    file.close();
    QProcess p;
    p.start(QStringLiteral("lame"),
            {QStringLiteral("--quiet"), QStringLiteral("-b"), QStringLiteral("64"), wav, mp3});
    p.waitForFinished(10000);
    QFile out(mp3);
    if (out.open(QIODevice::ReadOnly))
        cached = out.readAll();
    return cached;
}

QString fakeProgram(const QString& dir, const QString& name, const QByteArray& body)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace st::ttstest
