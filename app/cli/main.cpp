// storyteller-cli: the same core, from a terminal.
//   storyteller-cli [--data-dir DIR] library list
//   storyteller-cli [--data-dir DIR] library export ID
//   storyteller-cli [--data-dir DIR] sessions list
#include "app/DataLocation.h"
#include "core/library/BundledLibrary.h"
#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/story/ScriptJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(QTextStream& err, const QString& help)
{
    err << help;
    return 64;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Storyteller"));
    QCoreApplication::setOrganizationName(QStringLiteral("Storyteller"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYTELLER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Storyteller from the command line.\n\nCommands:\n"
               "  library list          the scripts in the library (id, language, title)\n"
               "  library export ID     one script in Storyteller's JSON form\n"
               "  sessions list         the saved sessions (id, name, story, messages)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("cli", "Use the database and settings in <dir>."),
        QStringLiteral("dir"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "What to do (see above)."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(err, parser.helpText());

    const QString dir = st::DataLocation::resolve(parser.value(dataDir));
    st::Database database(st::DataLocation::databasePath(dir));
    const st::DatabaseError error = database.open();
    if (!error.ok()) {
        err << "storyteller-cli: " << error.message() << "\n";
        return 2;
    }
    st::ScriptLibrary library(database.connection());
    st::BundledLibrary().install(library);

    const QString group = args.at(0);
    const QString command = args.at(1);
    if (group == QLatin1String("library") && command == QLatin1String("list")) {
        for (const st::ScriptInfo& info : library.list())
            out << info.id << '\t' << info.language << '\t' << info.title << '\n';
        return 0;
    }
    if (group == QLatin1String("library") && command == QLatin1String("export") &&
        args.size() == 3) {
        bool ok = false;
        const qint64 id = args.at(2).toLongLong(&ok);
        const auto script = ok ? library.script(id) : std::nullopt;
        if (!script) {
            err << QCoreApplication::translate("cli", "storyteller-cli: no script with id %1; "
                                                      "see 'storyteller-cli library list'.")
                       .arg(args.at(2))
                << '\n';
            return 1;
        }
        out << QString::fromUtf8(st::ScriptJson::write(*script)) << '\n';
        return 0;
    }
    if (group == QLatin1String("sessions") && command == QLatin1String("list")) {
        st::SessionStore sessions(database.connection());
        for (const st::SessionRecord& s : sessions.list())
            out << s.id << '\t' << s.name << '\t' << s.scriptTitle << '\t' << s.messageCount
                << '\n';
        return 0;
    }
    return usage(err, parser.helpText());
}
