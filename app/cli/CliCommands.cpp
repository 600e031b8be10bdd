#include "app/cli/CliCommands.h"

#include "app/cli/CliExit.h"
#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/llm/ProviderSettings.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace st {

CliCommands::CliCommands(Database& database, Settings& settings, SecretStore& secrets,
                         QTextStream& out, QTextStream& err)
    : m_database(database), m_settings(settings), m_secrets(secrets), m_out(out), m_err(err)
{}

int CliCommands::run(const QStringList& args)
{
    const QString group = args.value(0);
    const QString command = args.value(1);
    if (group == QLatin1String("library") && command == QLatin1String("list") && args.size() == 2)
        return libraryList();
    if (group == QLatin1String("sessions") && command == QLatin1String("list") && args.size() == 2)
        return sessionsList();
    if (group == QLatin1String("models") && args.size() == 1)
        return models();
    if (group == QLatin1String("check") && args.size() == 1)
        return check();
    return cli::Usage;
}

int CliCommands::libraryList()
{
    ScriptLibrary library(m_database.connection());
    BundledLibrary().install(library);
    for (const ScriptInfo& info : library.list())
        m_out << info.id << '\t' << info.language << '\t' << info.title << '\n';
    return cli::Ok;
}

int CliCommands::sessionsList()
{
    SessionStore sessions(m_database.connection());
    for (const SessionRecord& s : sessions.list())
        m_out << s.id << '\t' << s.name << '\t' << s.scriptTitle << '\t' << s.messageCount << '\n';
    return cli::Ok;
}

int CliCommands::models()
{
    const ProviderConfig config = ProviderSettings(m_settings, m_secrets).load();
    if (config.isOffline() || !config.baseUrl.isValid() || config.baseUrl.isEmpty()) {
        LlmError error;
        error.kind = LlmError::Kind::NotConfigured;
        m_err << "storyteller-cli: " << error.message() << '\n';
        return cli::NotConfigured;
    }
    QNetworkAccessManager network;
    const auto client = ModelClient::create(config, network);
    QEventLoop loop;
    int exit = cli::Ok;
    bool done = false;
    client->listModels([&](const QStringList& models, const LlmError& error) {
        if (error.isError()) {
            m_err << "storyteller-cli: " << error.message() << '\n';
            exit = cli::exitFor(error);
        } else {
            for (const QString& m : models)
                m_out << m << '\n';
        }
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return exit;
}

int CliCommands::check()
{
    const ProviderConfig config = ProviderSettings(m_settings, m_secrets).load();
    QNetworkAccessManager network;
    const auto client = ModelClient::create(config, network);
    QEventLoop loop;
    int exit = cli::Ok;
    bool done = false; // a missing configuration is answered at once
    client->checkHealth([&](const HealthReport& report) {
        if (report.ok) {
            m_out << report.message() << '\n';
        } else {
            m_err << "storyteller-cli: " << report.message() << '\n';
            exit = report.error.isError() ? cli::exitFor(report.error) : cli::NoSuchModel;
        }
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return exit;
}

} // namespace st
