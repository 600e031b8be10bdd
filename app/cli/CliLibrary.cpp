#include "app/cli/CliLibrary.h"

#include "app/cli/CliExit.h"
#include "core/create/BatchImporter.h"
#include "core/library/BundledLibrary.h"
#include "core/library/ScriptExporter.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/llm/ProviderSettings.h"
#include "core/script/ScriptJson.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace st {
namespace {

QString place(const ImportOutcome& outcome)
{
    return outcome.index < 0
               ? outcome.file
               : outcome.file + QStringLiteral(" #") + QString::number(outcome.index + 1);
}

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').trimmed();
}

} // namespace

CliLibrary::CliLibrary(Database& database, Settings& settings, SecretStore& secrets,
                       QTextStream& out, QTextStream& err)
    : m_database(database), m_settings(settings), m_secrets(secrets), m_out(out), m_err(err)
{}

int CliLibrary::run(const QStringList& args, const QString& language, const QString& output)
{
    const QString lang = language.trimmed().toLower();
    if (!lang.isEmpty() && !ScriptJson::supportedLanguages().contains(lang)) {
        m_err << QCoreApplication::translate(
                     "cli", "storyteller-cli: unknown language %1; use en, ko, ja or es.")
                     .arg(language)
              << '\n';
        return cli::Usage;
    }
    const QString command = args.value(0);
    if (command == QLatin1String("import") && args.size() >= 2 && output.isEmpty())
        return importFiles(args.mid(1), lang.isEmpty() ? m_settings.storyLanguage() : lang);
    if (command == QLatin1String("export"))
        return exportScripts(args.mid(1), lang, output);
    return cli::Usage;
}

int CliLibrary::importFiles(const QStringList& files, const QString& language)
{
    ScriptLibrary library(m_database.connection());
    BundledLibrary().install(library); // identical bundled scripts are then not added twice
    QNetworkAccessManager network;
    ProviderSettings provider(m_settings, m_secrets);
    BatchImporter::ClientFactory clients = [&network, &provider] {
        const ProviderConfig config = provider.load();
        return config.isConfigured() ? ModelClient::create(config, network)
                                     : std::unique_ptr<ModelClient>();
    };
    const ScriptPipelineOptions options = ScriptPipelineOptions::fromSettings(m_settings);
    BatchImporter importer(library, clients, options);

    QEventLoop loop;
    QObject::connect(
        &importer, &BatchImporter::itemFinished, &loop, [this](const ImportOutcome& o) {
            if (o.ok) {
                QString detail = QCoreApplication::translate("cli", "id %1").arg(o.scriptId);
                if (!o.message.isEmpty())
                    detail += QStringLiteral(". ") + oneLine(o.message);
                m_out << "ok\t" << oneLine(o.title) << '\t' << place(o) << '\t' << detail << '\n';
            } else {
                m_out << "failed\t" << oneLine(o.title) << '\t' << place(o) << '\t'
                      << oneLine(o.message) << '\n';
            }
            m_out.flush();
        });
    ImportSummary summary;
    QObject::connect(&importer, &BatchImporter::finished, &loop, [&](const ImportSummary& s) {
        summary = s;
        loop.quit();
    });
    importer.start(files, language);
    loop.exec();

    if (summary.failed() == 0)
        m_out << QCoreApplication::translate("cli", "Imported %n script(s).", nullptr,
                                             summary.succeeded())
              << '\n';
    else
        m_out << QCoreApplication::translate("cli", "Imported %1 of %2; %3 failed.")
                     .arg(summary.succeeded())
                     .arg(summary.total)
                     .arg(summary.failed())
              << '\n';
    return summary.failed() == 0 && summary.total > 0 ? cli::Ok : cli::ImportIncomplete;
}

int CliLibrary::exportScripts(const QStringList& ids, const QString& language,
                              const QString& output)
{
    ScriptLibrary library(m_database.connection());
    BundledLibrary().install(library);
    QVector<Script> scripts;
    if (ids.isEmpty()) {
        for (const qint64 id : library.ids(language)) {
            if (const auto script = library.script(id))
                scripts.append(*script);
            else
                m_err << QCoreApplication::translate(
                             "cli", "storyteller-cli: script %1 cannot be read; left out.")
                             .arg(id)
                      << '\n';
        }
    }
    for (const QString& text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        const auto script = ok ? library.script(id) : std::nullopt;
        if (!script) {
            m_err << QCoreApplication::translate(
                         "cli",
                         "storyteller-cli: no script with id %1; see 'storyteller-cli library "
                         "list'.")
                         .arg(text)
                  << '\n';
            return cli::NotFound;
        }
        scripts.append(*script);
    }
    if (output.isEmpty()) {
        m_out << QString::fromUtf8(ScriptExporter::toJson(scripts));
        return cli::Ok;
    }
    QString error;
    if (!ScriptExporter::writeFile(output, scripts, &error)) {
        m_err << "storyteller-cli: " << error << '\n';
        return cli::DataError;
    }
    m_err << QCoreApplication::translate("cli", "Exported %n script(s) to %1.", nullptr,
                                         int(scripts.size()))
                 .arg(output)
          << '\n';
    return cli::Ok;
}

} // namespace st
