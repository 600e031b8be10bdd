// storyteller-cli: the same core, database, settings and environment variables as the app,
// from a terminal. See --help for the commands and README.md for the exit codes.
#include "app/DataLocation.h"
#include "app/cli/CliChat.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliExit.h"
#include "app/cli/CliExportAudio.h"
#include "app/cli/CliExtract.h"
#include "app/cli/CliLibrary.h"
#include "app/cli/CliSay.h"
#include "app/cli/CliSessionTransfer.h"
#include "core/flow/AppController.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/FolderLock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <unistd.h>

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
               "  library export [ID...] scripts in Storyteller's JSON form, all without an "
               "ID\n                        (--language xx: only those in xx; --output FILE)\n"
               "  library import FILE... documents [{\"title\": ..., \"content\": ...}] "
               "(written by\n                        the model, in --language) and "
               "Storyteller scripts\n"
               "  sessions list         the saved sessions (id, name, story, messages)\n"
               "  session export-audio SESSION  the narration of a session (its id or name) "
               "as\n                        one audio file with its chapters, and its "
               "transcript in\n                        Markdown (--format wav, the default, "
               "with a .cue sheet;\n                        mp3, needs lame; opus, needs "
               "opus-tools; --output PATH:\n                        PATH.wav (.mp3, .opus) "
               "and PATH.md; default: the session's\n                        name, here)\n"
               "  session export SESSION  a session (its id or name) as a file: JSON, "
               "complete\n                        (--format json, the default), or a "
               "Markdown transcript\n                        (--format md); --output: a file "
               "or a folder (default: here)\n"
               "  session import FILE...  session files exported as JSON, each as a new "
               "session\n                        (one already here: a copy, \"(imported)\")\n"
               "  models                the models the configured server offers\n"
               "  check                 test the connection to the model server\n"
               "  chat                  tell a story on stdin/stdout: the first line is the "
               "request,\n                        then each line is your reply; exit ends "
               "(--listen:\n                        told to the end with no replies)\n"
               "  extract URL|FILE      a web page's or a file's title (first line) and text\n"
               "  say TEXT...           speak TEXT (\"-\": stdin) with the configured voice "
               "(--language xx;\n                        --output FILE.wav: into a file; "
               "--show: print what the voice\n                        engine is given, "
               "one sentence a line)\n\n"
               "Exit codes: 0 ok, 1 not found, 2 data folder unusable, 3 no model provider "
               "set up, 4 server unreachable, 5 key or quota refused, 6 no such model, "
               "7 other server error, 8 some entries not imported (library import, session "
               "import), 9 export failed (session export, export-audio), 64 usage. "
               "extract: 1 no such page or file, 4 site "
               "unreachable, 5 access refused, 7 no readable text there."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("cli", "Use the database and settings in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("cli", "chat, library import and export, say: the story "
                                           "language (en, ko, ja, es)."),
        QStringLiteral("code"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("cli", "library export: write to <file>, not stdout. "
                                           "session export: write <file> (or into that "
                                           "folder). session export-audio: write <file>.wav "
                                           "(.mp3, .opus; a WAV with <file>.cue) and "
                                           "<file>.md. say: write <file>.wav."),
        QStringLiteral("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("cli", "chat: the session name."),
                                  QStringLiteral("name"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("cli", "session export: json (complete, the default) or md "
                                           "(a readable transcript). session export-audio: "
                                           "wav (the default), mp3 or opus."),
        QStringLiteral("format"));
    parser.addOption(dataDir);
    parser.addOption(language);
    parser.addOption(name);
    parser.addOption(output);
    const QCommandLineOption show(
        QStringLiteral("show"),
        QCoreApplication::translate("cli", "say: print what the voice engine is given, not "
                                           "the sound."));
    parser.addOption(format);
    parser.addOption(show);
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("cli", "chat: listen without answering: the story is told "
                                           "through to the end, like an audiobook."));
    parser.addOption(listen);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "What to do (see above)."));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText();
        return st::cli::Usage;
    }

    const QString dir = st::DataLocation::resolve(parser.value(dataDir));
    if (args.first() == QLatin1String("extract")) { // needs the settings, not the database
        const st::Settings webSettings(st::DataLocation::settingsPath(dir));
        const int exit = st::CliExtract(webSettings, out, err).run(args.mid(1));
        if (exit == st::cli::Usage && args.size() != 2)
            err << parser.helpText();
        return exit;
    }
    if (args.first() == QLatin1String("say")) { // needs the settings, not the database
        st::Settings voiceSettings(st::DataLocation::settingsPath(dir));
        st::SecretStore voiceSecrets(dir);
        QTextStream in(stdin);
        const int exit = st::CliSay(voiceSettings, voiceSecrets, in, out, err)
                             .run(args.mid(1), parser.value(language).toLower(),
                                  parser.value(output), parser.isSet(show));
        if (exit == st::cli::Usage)
            err << parser.helpText();
        return exit;
    }
    st::Database database(st::DataLocation::databasePath(dir));
    const st::DatabaseError error = database.open();
    if (!error.ok()) {
        err << "storyteller-cli: " << error.message() << '\n';
        return st::cli::DataError;
    }
    st::Settings settings(st::DataLocation::settingsPath(dir));
    st::SecretStore secrets(dir);
    if (args.first() == QLatin1String("chat") && args.size() == 1) {
        st::AppServices services;
        services.secrets = &secrets;
        services.narratorMsPerWord = isatty(STDOUT_FILENO) ? -1 : 0;
        st::AppController controller(database, settings, st::systemClock(), {}, services);
        // Replies left streaming are recovered only by the folder's owner: with the app (or
        // another chat) running here, one of them may be streaming right now.
        st::FolderLock folderLock(dir);
        controller.initialize(folderLock.tryAcquire());
        QTextStream in(stdin);
        const bool interactive = isatty(STDIN_FILENO);
        st::CliChat chat(
            controller, out, err, [&in](QString& line) { return in.readLineInto(&line); },
            interactive);
        const QString lang =
            parser.isSet(language) ? parser.value(language).toLower() : settings.storyLanguage();
        const QString session = parser.isSet(name)
                                    ? parser.value(name)
                                    : QCoreApplication::translate("cli", "Terminal %1")
                                          .arg(QDateTime::currentDateTime().toString(
                                              QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!QStringList{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                         QStringLiteral("es")}
                 .contains(lang)) {
            err << QCoreApplication::translate("cli", "storyteller-cli: unknown language %1; "
                                                      "use en, ko, ja or es.")
                       .arg(lang)
                << '\n';
            return st::cli::Usage;
        }
        // A pause to read each chapter in a terminal; none when the output is piped.
        chat.setListen(parser.isSet(listen), isatty(STDOUT_FILENO) ? 3000 : 0);
        return chat.run(session, lang);
    }
    if (args.first() == QLatin1String("library") &&
        (args.value(1) == QLatin1String("import") || args.value(1) == QLatin1String("export"))) {
        const int exit = st::CliLibrary(database, settings, secrets, out, err)
                             .run(args.mid(1), parser.value(language), parser.value(output));
        if (exit == st::cli::Usage)
            err << parser.helpText();
        return exit;
    }
    if ((args.first() == QLatin1String("session") || args.first() == QLatin1String("sessions")) &&
        args.value(1) == QLatin1String("export-audio")) {
        const int exit = st::CliExportAudio(database, settings, secrets, out, err)
                             .run(args.mid(2), parser.value(output), parser.value(format));
        if (exit == st::cli::Usage)
            err << parser.helpText();
        return exit;
    }
    if ((args.first() == QLatin1String("session") || args.first() == QLatin1String("sessions")) &&
        (args.value(1) == QLatin1String("export") || args.value(1) == QLatin1String("import"))) {
        const int exit = st::CliSessionTransfer(database, out, err)
                             .run(args.mid(1), parser.value(output), parser.value(format));
        if (exit == st::cli::Usage)
            err << parser.helpText();
        return exit;
    }
    st::CliCommands commands(database, settings, secrets, out, err);
    const int exit = commands.run(args);
    if (exit == st::cli::Usage)
        err << parser.helpText();
    return exit;
}
