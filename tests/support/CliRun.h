#pragma once

#include <QString>
#include <QStringList>
#include <string>

namespace st {

/// What a storyteller-cli process gave back: its exit code (-1 when it did not start, did
/// not end in time or crashed), its stdout and its stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /// The non-empty lines of out.
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

/// \a run as text for a failed assertion: the exit code, stdout and stderr.
std::string dump(const CliRun& run);

} // namespace st
