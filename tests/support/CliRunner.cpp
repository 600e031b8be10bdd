#include "support/CliRunner.h"

#include "support/TempDataDir.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <utility>

namespace st {

namespace {

/// This process's environment without what would make a CLI run depend on the machine.
QProcessEnvironment cleanEnvironment(const CliOptions::Environment& env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"STORYTELLER_PROVIDER", "STORYTELLER_BASE_URL", "STORYTELLER_API_KEY",
                             "STORYTELLER_MODEL", "STORYTELLER_EMBEDDING_MODEL",
                             "STORYTELLER_DATA_DIR", "http_proxy", "https_proxy", "all_proxy",
                             "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        environment.remove(QString::fromLatin1(name));
    for (const auto& [name, value] : env)
        environment.insert(name, value);
    return environment;
}

} // namespace

CliRunner::CliRunner(QString program) : m_program(std::move(program)) {}

std::unique_ptr<QProcess> CliRunner::start(const TempDataDir& dir, const QStringList& args,
                                           const CliOptions& options) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cleanEnvironment(options.env));
    process->setWorkingDirectory(options.workDir.isEmpty() ? dir.path() : options.workDir);
    process->start(m_program, QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
    if (!process->waitForStarted(10000))
        return nullptr;
    process->write(options.input);
    process->closeWriteChannel();
    return process;
}

CliRun CliRunner::run(const TempDataDir& dir, const QStringList& args,
                      const CliOptions& options) const
{
    CliRun run;
    const std::unique_ptr<QProcess> process = start(dir, args, options);
    if (!process)
        return run;
    QProcess* p = process.get();
    if (!QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, kTimeoutMs)) {
        p->kill();
        p->waitForFinished(5000);
        run.out = QString::fromUtf8(p->readAllStandardOutput());
        run.err = QStringLiteral("(timed out) ") + QString::fromUtf8(p->readAllStandardError());
        return run;
    }
    run.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    run.out = QString::fromUtf8(p->readAllStandardOutput());
    run.err = QString::fromUtf8(p->readAllStandardError());
    return run;
}

} // namespace st
