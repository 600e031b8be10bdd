// Starts the real `storyteller` executable, headless and under Xvfb, and checks that it
// shows its first page with nothing on stderr but Qt's own environment notes; and that a
// damaged database is reported and left untouched.
#include "support/TempDataDir.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace st {
namespace {

struct AppRun
{
    int exitCode = -1;
    QStringList stderrLines;
};

AppRun runApp(const QString& program, const QStringList& args, const QString& platform)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STORYTELLER_DATA_DIR"));
    if (platform.isEmpty())
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    else
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    process.setProcessEnvironment(env);
    process.start(program, args);
    AppRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    const QString err = QString::fromUtf8(process.readAllStandardError());
    for (const QString& line : err.split(u'\n', Qt::SkipEmptyParts)) {
        // Qt's notes about the environment are allowed; anything else is a warning of ours.
        static const QRegularExpression environmentNote(
            QStringLiteral("^QStandardPaths: (XDG_RUNTIME_DIR|runtime directory)|"
                           "^This plugin does not support|^qt\\.qpa\\.xcb: X server does not "
                           "support XInput|^dbus\\[|^Fontconfig"));
        if (!environmentNote.match(line).hasMatch())
            run.stderrLines.append(line);
    }
    return run;
}

QStringList appArgs(const TempDataDir& dir, const QString& shot)
{
    return {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--screenshot"), shot};
}

TEST(StartupTest, ShowsTheFirstPageOffscreenWithoutWarnings)
{
    TempDataDir dir;
    const QString shot = dir.filePath(QStringLiteral("first.png"));
    const AppRun run =
        runApp(QStringLiteral(STORYTELLER_APP), appArgs(dir, shot), QStringLiteral("offscreen"));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.stderrLines.isEmpty()) << run.stderrLines.join(u'\n').toStdString();
    const QImage image(shot);
    EXPECT_GT(image.width(), 600);
    EXPECT_TRUE(QFile::exists(dir.databasePath()));
}

TEST(StartupTest, ShowsTheFirstPageUnderXvfbWithoutWarnings)
{
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfbRun.isEmpty())
        GTEST_SKIP() << "xvfb-run is not installed";
    TempDataDir dir;
    const QString shot = dir.filePath(QStringLiteral("first.png"));
    QStringList args{QStringLiteral("-a"), QStringLiteral(STORYTELLER_APP)};
    args += appArgs(dir, shot);
    const AppRun run = runApp(xvfbRun, args, QString());
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.stderrLines.isEmpty()) << run.stderrLines.join(u'\n').toStdString();
    EXPECT_GT(QImage(shot).width(), 600);
}

TEST(StartupTest, DamagedDatabaseIsReportedAndLeftUntouched)
{
    TempDataDir dir;
    const QByteArray garbage("this is not a database, but someone's precious file\n");
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.db"), garbage));
    const AppRun run =
        runApp(QStringLiteral(STORYTELLER_APP), appArgs(dir, dir.filePath(QStringLiteral("x.png"))),
               QStringLiteral("offscreen"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.stderrLines.join(u'\n').contains(QStringLiteral("damaged")))
        << run.stderrLines.join(u'\n').toStdString();
    EXPECT_EQ(dir.readFile(QStringLiteral("storyteller.db")), garbage);
}

} // namespace
} // namespace st
