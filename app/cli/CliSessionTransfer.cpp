#include "app/cli/CliSessionTransfer.h"

#include "app/cli/CliExit.h"
#include "app/cli/CliSessionLookup.h"
#include "core/narration/SessionExporter.h"
#include "core/store/Database.h"
#include "core/store/SessionImporter.h"

#include <QCoreApplication>
#include <QDir>

namespace st {

CliSessionTransfer::CliSessionTransfer(Database& database, QTextStream& out, QTextStream& err)
    : m_database(database), m_out(out), m_err(err)
{}

int CliSessionTransfer::run(const QStringList& args, const QString& output, const QString& format)
{
    const QString command = args.value(0);
    if (command == QLatin1String("export") && args.size() == 2 && !args.at(1).isEmpty())
        return exportSession(args.at(1), output, format);
    if (command == QLatin1String("import") && args.size() >= 2)
        return importFiles(args.mid(1));
    return cli::Usage;
}

int CliSessionTransfer::exportSession(const QString& idOrName, const QString& output,
                                      const QString& format)
{
    const auto chosen =
        SessionExporter::formatFromName(format.isEmpty() ? QStringLiteral("json") : format);
    if (!chosen) {
        m_err << QCoreApplication::translate("cli", "storyteller-cli: unknown format %1; use "
                                                    "json or md.")
                     .arg(format)
              << '\n';
        return cli::Usage;
    }
    const auto session = CliSessionLookup::find(m_database, idOrName, m_err);
    if (!session)
        return cli::NotFound;
    const SessionExporter::Result result =
        SessionExporter(m_database.connection()).exportSession(session->id, *chosen, output);
    if (!result.ok()) {
        m_err << "storyteller-cli: " << result.error << '\n';
        return cli::ExportFailed;
    }
    m_out << QDir::toNativeSeparators(result.path) << '\n';
    return cli::Ok;
}

int CliSessionTransfer::importFiles(const QStringList& files)
{
    SessionImporter importer(m_database.connection());
    int failed = 0;
    for (const QString& file : files) {
        const SessionImporter::Result result = importer.importFile(file);
        if (!result.ok()) {
            ++failed;
            m_err << "storyteller-cli: " << result.error.message() << '\n';
            continue;
        }
        m_out << result.sessionId << '\t' << result.name << '\t' << file << '\n';
        if (result.renamed)
            m_err << QCoreApplication::translate("cli",
                                                 "storyteller-cli: %1: that session was already "
                                                 "here; imported as a new session, “%2”.")
                         .arg(file, result.name)
                  << '\n';
    }
    m_out.flush();
    return failed == 0 ? cli::Ok : cli::ImportIncomplete;
}

} // namespace st
