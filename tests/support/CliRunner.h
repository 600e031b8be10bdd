#pragma once

#include "support/CliOptions.h"
#include "support/CliRun.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace st {

class TempDataDir;

/// Runs storyteller-cli (the \a program given) as a real process with `--data-dir DIR`,
/// in an environment without STORYTELLER_* model or data folder variables and without
/// proxies, so that only what a test sets counts. While it runs, this thread's event loop
/// is served (a FakeLlmServer or FakeWebServer of the test answers it).
///
/// The support library is compiled once, so the path comes from the test: in a target with
/// the STORYTELLER_CLI define, runCli() and startCli() below run that one.
class CliRunner
{
public:
    /// How long run() waits for the process to end before it kills it.
    static constexpr int kTimeoutMs = 60000;

    explicit CliRunner(QString program);

    /// Starts the CLI on \a dir with \a args and writes options.input to its stdin, then
    /// closes it. Null when it did not start within 10 s.
    std::unique_ptr<QProcess> start(const TempDataDir& dir, const QStringList& args,
                                    const CliOptions& options = {}) const;

    /// start(), then waits for the process to end. One that does not end in time is
    /// killed: exit code -1, and err begins with "(timed out) ".
    CliRun run(const TempDataDir& dir, const QStringList& args,
               const CliOptions& options = {}) const;

private:
    QString m_program;
};

#ifdef STORYTELLER_CLI
/// CliRunner::run() with this test target's storyteller-cli.
inline CliRun runCli(const TempDataDir& dir, const QStringList& args,
                     const CliOptions& options = {})
{
    return CliRunner(QStringLiteral(STORYTELLER_CLI)).run(dir, args, options);
}

/// CliRunner::start() with this test target's storyteller-cli.
inline std::unique_ptr<QProcess> startCli(const TempDataDir& dir, const QStringList& args,
                                          const CliOptions& options = {})
{
    return CliRunner(QStringLiteral(STORYTELLER_CLI)).start(dir, args, options);
}
#endif

} // namespace st
