// One app per data folder, with the real `storyteller` executable: a second start on the
// same folder hands over to the first (which is told and comes to the front) and exits 0;
// on another folder both run. The folder's lock, not a window, decides.
#include "core/flow/InstanceChannel.h"
#include "core/store/FolderLock.h"
#include "support/TempDataDir.h"

#include <QLocalSocket>
#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

QProcessEnvironment appEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STORYTELLER_DATA_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("storyteller.app.info=true"));
    return env;
}

bool listening(const QString& dataDir)
{
    QLocalSocket socket;
    socket.connectToServer(InstanceChannel::serverName(dataDir));
    const bool up = socket.waitForConnected(200);
    socket.abort();
    return up;
}

TEST(SingleInstanceTest, ASecondStartOnTheSameFolderHandsOverToTheFirst)
{
    TempDataDir dir;
    QProcess first;
    first.setProcessEnvironment(appEnvironment());
    first.start(QStringLiteral(STORYTELLER_APP), {QStringLiteral("--data-dir"), dir.path()});
    ASSERT_TRUE(first.waitForStarted(10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return listening(dir.path()); }, 20000));

    QProcess second;
    second.setProcessEnvironment(appEnvironment());
    second.start(QStringLiteral(STORYTELLER_APP), {QStringLiteral("--data-dir"), dir.path()});
    ASSERT_TRUE(second.waitForFinished(15000));
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(second.exitCode(), 0);

    // The first was told (and is still running).
    QByteArray firstErr;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            firstErr += first.readAllStandardError();
            return firstErr.contains("a second start on this data folder");
        },
        5000))
        << firstErr.toStdString();
    EXPECT_EQ(first.state(), QProcess::Running);

    // A folder elsewhere: a start of its own, which runs (and paints its window).
    TempDataDir other;
    QProcess third;
    third.setProcessEnvironment(appEnvironment());
    third.start(QStringLiteral(STORYTELLER_APP), {QStringLiteral("--data-dir"), other.path(),
                                                  QStringLiteral("--first-paint-report")});
    ASSERT_TRUE(third.waitForFinished(20000));
    EXPECT_EQ(third.exitCode(), 0);
    EXPECT_TRUE(third.readAllStandardOutput().contains("first-paint"));

    first.terminate();
    ASSERT_TRUE(first.waitForFinished(10000));
}

// A lock left by a process that died (its PID gone) is taken over: the app after a crash
// owns its folder again.
TEST(SingleInstanceTest, AStaleLockIsTakenOver)
{
    TempDataDir dir;
    // The PID of a process that has ended, written as QLockFile writes it.
    QProcess crashed;
    crashed.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    ASSERT_TRUE(crashed.waitForFinished(5000));
    const QByteArray deadPid = crashed.readAllStandardOutput().trimmed();
    ASSERT_FALSE(deadPid.isEmpty());
    {
        QFile lock(FolderLock(dir.path()).path());
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write(deadPid + "\nstoryteller\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    FolderLock lock(dir.path());
    EXPECT_TRUE(lock.tryAcquire());
    FolderLock second(dir.path());
    EXPECT_FALSE(second.tryAcquire());
    EXPECT_EQ(second.holderPid(), QCoreApplication::applicationPid());
}

} // namespace
} // namespace st
