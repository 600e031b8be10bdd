#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Database;

/// `storyteller-cli session export SESSION [--output PATH] [--format json|md]` and
/// `storyteller-cli session import FILE…`:
/// - export: the session (an id or its exact name, CliSessionLookup) as JSON, complete
///   (SessionJson; the default), or as a Markdown transcript (SessionExporter), written to
///   PATH (a file, or a folder where the file is named after the session; default: the
///   current folder). Prints the path written. Exit 1 no such session, 9 (cli::ExportFailed)
///   the file could not be written, 64 for a wrong command line or format.
/// - import: each file as a new session (SessionImporter; a session whose uuid is already
///   here is imported under a new one, its name followed by " (imported)"). One line per
///   file imported, "ID<TAB>NAME<TAB>FILE"; why a file was not imported on stderr. Exit 0
///   when every file was imported, 8 (cli::ImportIncomplete) when any was not, 64 without a
///   file.
class CliSessionTransfer
{
public:
    CliSessionTransfer(Database& database, QTextStream& out, QTextStream& err);

    /// \a args: what follows "session" ("export SESSION" or "import FILE…"); \a output:
    /// --output, \a format: --format (empty when not given).
    int run(const QStringList& args, const QString& output, const QString& format);

private:
    int exportSession(const QString& idOrName, const QString& output, const QString& format);
    int importFiles(const QStringList& files);

    Database& m_database;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
