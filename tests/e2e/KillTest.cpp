// A process streaming a long reply into the database is killed with SIGKILL mid-stream; on
// the next start the database passes integrity_check and the reply is there, marked
// interrupted, with at most the last second of text missing.
#include "KillVictimText.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "support/TempDataDir.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <csignal>
#include <gtest/gtest.h>

namespace st {
namespace {

struct Shown
{
    qint64 ms = 0;
    qint64 chars = 0;
};

TEST(KillTest, KilledMidStreamTheReplyIsThereMarkedInterruptedLosingAtMostASecond)
{
    TempDataDir dir;
    QProcess victim;
    victim.start(QStringLiteral(STORYTELLER_KILL_VICTIM), {dir.path(), QStringLiteral("15")});
    ASSERT_TRUE(victim.waitForStarted(10000));

    QVector<Shown> shown;
    QByteArray pending;
    auto readShown = [&] {
        pending += victim.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = pending.left(nl).split('\t');
            pending.remove(0, nl + 1);
            if (parts.size() == 2)
                shown.append({parts[0].toLongLong(), parts[1].toLongLong()});
        }
    };
    // Let it stream for a good while: several flush periods, well before the end.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            readShown();
            return !shown.isEmpty() && shown.last().ms - shown.first().ms > 3500;
        },
        30000))
        << "the victim did not stream";
    ::kill(static_cast<pid_t>(victim.processId()), SIGKILL);
    ASSERT_TRUE(victim.waitForFinished(10000));
    EXPECT_EQ(victim.exitStatus(), QProcess::CrashExit);
    readShown();
    ASSERT_FALSE(shown.isEmpty());
    const Shown lastShown = shown.last();

    // The next start.
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    QSqlQuery check(db.connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    EXPECT_GE(db.recoverInterruptedReplies(), 1);

    MessageStore messages(db.connection());
    MessageRecord reply;
    for (const MessageRecord& m : messages.list(1)) {
        if (m.chapter == 1)
            reply = m;
    }
    ASSERT_TRUE(reply.isValid()) << "the long reply is not in the database";
    EXPECT_EQ(reply.status, MessageRecord::Status::Interrupted);
    EXPECT_GT(reply.content.size(), 0);
    const QString full = killtest::script().section(ScriptSection::Prologue1).content;
    // The reply is a short reaction, a blank line, then the chapter as far as it got.
    const QString told = reply.content.section(QStringLiteral("\n\n"), 1).trimmed();
    EXPECT_FALSE(told.isEmpty());
    EXPECT_TRUE(full.startsWith(told)) << "the saved text is not what was shown";

    // When was the saved text shown? At most a second before the last text shown.
    qint64 savedAtMs = -1;
    for (const Shown& s : shown) {
        if (s.chars >= reply.content.size()) {
            savedAtMs = s.ms;
            break;
        }
    }
    ASSERT_GE(savedAtMs, 0) << "more text was saved than was ever shown";
    const qint64 lostMs = lastShown.ms - savedAtMs;
    EXPECT_LE(lostMs, 1000) << "saved " << reply.content.size() << " of " << lastShown.chars
                            << " characters shown";
    RecordProperty("lost_ms", static_cast<int>(lostMs));
}

} // namespace
} // namespace st
