#include "audio/PulseProbe.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace st::audiotest {
namespace {

struct Run
{
    bool ok = false;
    QString out;
    QString problem;
};

Run pactl(const QStringList& arguments)
{
    Run run;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pactl"));
    if (program.isEmpty()) {
        run.problem = QStringLiteral("pactl is not installed (package pulseaudio-utils)");
        return run;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // labels in English
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        run.problem = QStringLiteral("pactl did not answer within 5 s");
        return run;
    }
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.ok)
        run.problem = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return run;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

PulseServer probePulse()
{
    PulseServer server;
    const Run run = pactl({QStringLiteral("info")});
    server.reachable = run.ok;
    server.problem = run.problem;
    static const QRegularExpression sink(QStringLiteral("^Default Sink: (.*)$"),
                                         QRegularExpression::MultilineOption);
    server.defaultSink = sink.match(run.out).captured(1).trimmed();
    return server;
}

QList<SinkInput> sinkInputs()
{
    QList<SinkInput> inputs;
    const Run run = pactl({QStringLiteral("list"), QStringLiteral("sink-inputs")});
    if (!run.ok)
        return inputs;
    static const QRegularExpression header(QStringLiteral("^Sink Input #(\\d+)"));
    static const QRegularExpression field(QStringLiteral("^\\s*([A-Za-z. _-]+?)\\s*[:=]\\s*(.*)$"));
    for (const QString& line : run.out.split(QLatin1Char('\n'))) {
        if (const auto m = header.match(line); m.hasMatch()) {
            inputs.append(SinkInput{});
            inputs.last().index = m.captured(1).toInt();
            continue;
        }
        if (inputs.isEmpty())
            continue;
        const auto m = field.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = unquote(m.captured(2));
        SinkInput& input = inputs.last();
        if (key == QLatin1String("Sink"))
            input.sink = value;
        else if (key == QLatin1String("application.process.id"))
            input.pid = value.toLongLong();
        else if (key == QLatin1String("media.name"))
            input.mediaName = value;
    }
    return inputs;
}

QHash<QString, QString> sinkNames()
{
    QHash<QString, QString> names;
    const Run run =
        pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")});
    for (const QString& line : run.out.split(QLatin1Char('\n'))) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() >= 2)
            names.insert(columns.at(0).trimmed(), columns.at(1).trimmed());
    }
    return names;
}

bool pulseRequired()
{
    return qEnvironmentVariable("STORYTELLER_REQUIRE_PULSE") == QLatin1String("1");
}

} // namespace st::audiotest
