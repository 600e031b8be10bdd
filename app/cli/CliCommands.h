#pragma once

#include <QStringList>
#include <QTextStream>

namespace st {

class Database;
class ScriptLibrary;
class Settings;
class SecretStore;

/// The commands of storyteller-cli; each returns its exit code (CliExit.h).
class CliCommands
{
public:
    CliCommands(Database& database, Settings& settings, SecretStore& secrets, QTextStream& out,
                QTextStream& err);

    int run(const QStringList& args);

private:
    int libraryList();
    int sessionsList();
    int models();
    int check();

    Database& m_database;
    Settings& m_settings;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace st
