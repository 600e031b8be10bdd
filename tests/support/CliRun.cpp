#include "support/CliRun.h"

namespace st {

std::string dump(const CliRun& run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

} // namespace st
