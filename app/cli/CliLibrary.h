#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Database;
class ScriptLibrary;
class SecretStore;
class Settings;

/// `storyteller-cli library import FILE…` and `storyteller-cli library export`:
/// - import: every entry of every file (ImportFile: documents [{"title", "content"}] and
///   scripts in Storyteller's JSON form) goes into the library through BatchImporter;
///   documents are written into scripts by the configured model (the same settings and
///   STORYTELLER_* variables as `chat`). One line per entry on stdout,
///   "ok<TAB>title<TAB>file #n<TAB>id N[ notes]" or "failed<TAB>title<TAB>file #n<TAB>reason",
///   then a summary line. Exit 0 when everything was imported, cli::ImportIncomplete (8)
///   when anything was not, 64 without a file.
/// - export [ID…]: the scripts with those ids (all, or all in --language, without one) in
///   Storyteller's JSON form (ScriptExporter: one script as a script object, more as a
///   {"format": "storyteller-library", "scripts": […]} object) to stdout or --output FILE.
///   Exit 1 for an unknown id, 2 when the file cannot be written.
class CliLibrary
{
public:
    CliLibrary(Database& database, Settings& settings, SecretStore& secrets, QTextStream& out,
               QTextStream& err);

    /// \a args: what follows "library" ("import FILE…" or "export [ID…]"); \a language:
    /// --language (empty when not given); \a output: --output (export only).
    int run(const QStringList& args, const QString& language, const QString& output);

private:
    int importFiles(const QStringList& files, const QString& language);
    int exportScripts(const QStringList& ids, const QString& language, const QString& output);

    Database& m_database;
    Settings& m_settings;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
