// Storyteller: the desktop app. Parses the command line, opens the data folder and wires
// core to the window; everything else lives in core/ and ui/.
#include "app/DataLocation.h"
#include "core/flow/AppController.h"
#include "core/flow/AudiobookMode.h"
#include "core/flow/InstanceChannel.h"
#include "core/flow/NarrationController.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/FolderLock.h"
#include "core/store/WalCheckpointer.h"
#include "core/tts/MediaAudioPlayer.h"
#include "ui/FirstPaintProbe.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "storyteller.app", QtWarningMsg)

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Storyteller"));
    QApplication::setOrganizationName(QStringLiteral("Storyteller"));
    QApplication::setApplicationVersion(QStringLiteral(STORYTELLER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.storyteller.storyteller"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/storyteller.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "True stories, told as a conversation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the database and settings in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the first page to <file> and quit."),
        QStringLiteral("file"));
    // For bench/startup_bench: print when the first frame is painted, then quit.
    QCommandLineOption firstPaint(QStringLiteral("first-paint-report"));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dataDir);
    parser.addOption(screenshot);
    parser.addOption(firstPaint);
    parser.process(app);

    const QString dir = st::DataLocation::resolve(parser.value(dataDir));
    // One app per data folder: a second start hands over to the first, which comes to the
    // front. (Held by a storyteller-cli run instead, the folder is shared: this app then
    // leaves replies left streaming alone, as one may be that run's.)
    st::FolderLock folderLock(dir);
    const bool ownsFolder = folderLock.tryAcquire();
    st::InstanceChannel channel(dir); // listening at once: a second start may come any time
    if (ownsFolder) {
        if (!channel.listen())
            qCInfo(lcApp) << "cannot listen for a second start on this folder";
    } else if (!parser.isSet(screenshot) && !parser.isSet(firstPaint)) {
        // The owner may be starting (its socket not there yet) or be a storyteller-cli run,
        // which never listens: a few tries, then this app runs beside it.
        for (int attempt = 0; attempt < 6; ++attempt) {
            if (st::InstanceChannel::handOff(dir, QApplication::arguments(), 1000))
                return 0;
            QThread::msleep(250);
        }
    }
    st::Database database(st::DataLocation::databasePath(dir));
    const st::DatabaseError error = database.open();
    if (!error.ok()) {
        std::fprintf(stderr, "storyteller: %s\n", qPrintable(error.message()));
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr,
                                  QApplication::translate("main", "Storyteller cannot start"),
                                  error.message());
        return 2;
    }
    st::WalCheckpointer checkpointer(database); // disk syncs off the UI thread
    st::Settings settings(st::DataLocation::settingsPath(dir));
    st::SecretStore secrets(dir);
    st::AppServices services;
    services.secrets = &secrets;
    st::AppController controller(database, settings, st::systemClock(), {}, services);
    st::MediaAudioPlayer player;
    st::NarrationController narration(
        {settings, secrets, controller.network(), player, database.connection()});
    narration.follow(controller);
    controller.audiobook().setNarration(&narration); // each chapter read before the next

    st::LanguageManager languages(settings);
    languages.setLanguage(languages.initialLanguage());
    st::Theme::apply(app);
    st::MainWindow window(controller, &languages);
    window.setNarration(&narration);
    QObject::connect(&channel, &st::InstanceChannel::requested, &window, [&window] {
        qCInfo(lcApp) << "a second start on this data folder: the window comes to the front";
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    // What can wait for the window: recovering replies a crash left streaming, installing or
    // updating the bundled library (the sidebar's list fills in), the embedding index.
    const bool report = parser.isSet(firstPaint);
    const QString shot = parser.isSet(screenshot) ? parser.value(screenshot) : QString();
    new st::FirstPaintProbe(
        &window,
        [&controller, &window, report, shot, ownsFolder] {
            controller.initialize(ownsFolder);
            if (report)
                QApplication::exit(0);
            if (!shot.isEmpty()) { // the library filled in, the window settled
                QTimer::singleShot(300, &window, [&window, shot] {
                    QApplication::exit(window.grab().save(shot) ? 0 : 3);
                });
            }
        },
        report);
    window.show();

    return QApplication::exec();
}
