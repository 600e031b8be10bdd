// Titles, rename, delete with undo, clear history, and the history's day groups.
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "core/store/SessionTrash.h"
#include "core/tts/SpeechCache.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

class SessionManageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection(), [this] { return now; });
        messages = std::make_unique<MessageStore>(db.connection(), [this] { return now; });
        model = std::make_unique<SessionListModel>(*sessions, nullptr, [this] { return now; });
    }

    qint64 sessionWithMessages(const QString& name, bool named = true)
    {
        const auto s =
            sessions->create(name, QStringLiteral("en"), QStringLiteral("offline"), named);
        EXPECT_TRUE(s);
        const auto hook = messages->append(s->id, Role::Assistant, QStringLiteral("Hook. Two."),
                                           Status::Complete, 0);
        messages->append(s->id, Role::User, QStringLiteral("An answer"), Status::Complete);
        messages->append(s->id, Role::Assistant, QStringLiteral("Chapter one."), Status::Complete,
                         1);
        SpeechCache cache(db.connection());
        cache.store(hook->id, 0, QStringLiteral("k"), QStringLiteral("Hook."),
                    QStringLiteral("espeak"),
                    TtsAudio{QByteArray("RIFF"), QStringLiteral("wav"), 5});
        return s->id;
    }

    int count(const char* table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
        return q.next() ? q.value(0).toInt() : -1;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = QDateTime(QDate(2026, 11, 21), QTime(20, 0)).toMSecsSinceEpoch();
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<SessionListModel> model;
};

TEST_F(SessionManageTest, AnUntitledSessionTakesItsStorysTitle)
{
    const auto s = sessions->create(QStringLiteral("Untitled"), QStringLiteral("en"),
                                    QStringLiteral("offline"), false);
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->titleByUser);
    ASSERT_TRUE(
        sessions->attachScript(s->id, 0, QStringLiteral("The Mary Celeste"), QStringLiteral("{}")));
    EXPECT_EQ(sessions->get(s->id)->name, QStringLiteral("The Mary Celeste"));
    ASSERT_TRUE(sessions->setGeneratedTitle(s->id, QStringLiteral("A ship without a crew")));
    EXPECT_EQ(sessions->get(s->id)->name, QStringLiteral("A ship without a crew"));
}

TEST_F(SessionManageTest, RenamesStickAndGeneratedTitlesNeverOverwriteThem)
{
    const auto s = sessions->create(QStringLiteral("Untitled"), QStringLiteral("en"),
                                    QStringLiteral("offline"), false);
    ASSERT_TRUE(sessions->rename(s->id, QStringLiteral("  My   evening ")));
    EXPECT_EQ(sessions->get(s->id)->name, QStringLiteral("My evening"));
    EXPECT_TRUE(sessions->get(s->id)->titleByUser);
    ASSERT_TRUE(sessions->attachScript(s->id, 0, QStringLiteral("Roanoke"), QStringLiteral("{}")));
    sessions->setGeneratedTitle(s->id, QStringLiteral("Generated"));
    EXPECT_EQ(sessions->get(s->id)->name, QStringLiteral("My evening"));
    EXPECT_FALSE(sessions->rename(s->id, QStringLiteral("   ")));
    EXPECT_EQ(sessions->get(s->id)->name, QStringLiteral("My evening"));
    // A name given at the start is the listener's too.
    const auto named = sessions->create(QStringLiteral("Evening"), QStringLiteral("en"));
    ASSERT_TRUE(
        sessions->attachScript(named->id, 0, QStringLiteral("Roanoke"), QStringLiteral("{}")));
    EXPECT_EQ(sessions->get(named->id)->name, QStringLiteral("Evening"));
}

TEST_F(SessionManageTest, DeleteTakesMessagesAndAudioWithItAfterTheUndoTime)
{
    const qint64 keep = sessionWithMessages(QStringLiteral("Keep"));
    const qint64 gone = sessionWithMessages(QStringLiteral("Gone"));
    SessionTrash trash(*sessions, *model, 50);
    QSignalSpy deleted(&trash, &SessionTrash::deleted);
    ASSERT_TRUE(trash.trash(gone));
    EXPECT_EQ(model->rowOf(gone), -1); // out of the list at once
    EXPECT_TRUE(sessions->get(gone));  // but still there for Undo
    ASSERT_TRUE(deleted.wait(2000));
    EXPECT_FALSE(sessions->get(gone));
    EXPECT_TRUE(sessions->get(keep));
    EXPECT_EQ(messages->list(gone).size(), 0);
    EXPECT_EQ(messages->list(keep).size(), 3);
    EXPECT_EQ(count("speech_clips"), 1); // only the kept session's
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(SessionManageTest, UndoBringsTheSessionBackUntouched)
{
    const qint64 id = sessionWithMessages(QStringLiteral("Back"));
    SessionTrash trash(*sessions, *model, 60000);
    ASSERT_TRUE(trash.trash(id));
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(trash.undo());
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(messages->list(id).size(), 3);
    EXPECT_FALSE(trash.undo());
    EXPECT_EQ(count("speech_clips"), 1);
}

TEST_F(SessionManageTest, TrashingAnotherDeletesThePendingOneAndClosingFlushes)
{
    const qint64 a = sessionWithMessages(QStringLiteral("A"));
    const qint64 b = sessionWithMessages(QStringLiteral("B"));
    {
        SessionTrash trash(*sessions, *model, 60000);
        ASSERT_TRUE(trash.trash(a));
        ASSERT_TRUE(trash.trash(b));
        EXPECT_FALSE(sessions->get(a));
        EXPECT_TRUE(sessions->get(b));
    } // the app closes
    EXPECT_FALSE(sessions->get(b));
    EXPECT_EQ(count("messages"), 0);
}

TEST_F(SessionManageTest, ClearHistoryKeepsTheSessionsSettings)
{
    const qint64 id = sessionWithMessages(QStringLiteral("Clear me"));
    ASSERT_TRUE(
        sessions->attachScript(id, 0, QStringLiteral("Roanoke"), QStringLiteral("{\"a\":1}")));
    ASSERT_TRUE(sessions->setSummary(id, QStringLiteral("so far"), 2));
    ASSERT_TRUE(sessions->clearHistory(id));
    const auto s = sessions->get(id);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->name, QStringLiteral("Clear me"));
    EXPECT_EQ(s->language, QStringLiteral("en"));
    EXPECT_EQ(s->scriptTitle, QStringLiteral("Roanoke"));
    EXPECT_EQ(s->scriptBody, QStringLiteral("{\"a\":1}"));
    EXPECT_EQ(s->messageCount, 0);
    EXPECT_TRUE(s->summary.isEmpty());
    EXPECT_EQ(s->chapterReached, -1);
    EXPECT_EQ(count("speech_clips"), 0);
}

TEST_F(SessionManageTest, AForkCopiesTheHistoryUpToAMessageAndLeavesTheOriginalAlone)
{
    const qint64 original = sessionWithMessages(QStringLiteral("Original"));
    ASSERT_TRUE(sessions->attachScript(original, 0, QStringLiteral("Roanoke"),
                                       QStringLiteral("{\"s\":1}")));
    const auto before = messages->list(original);
    ASSERT_EQ(before.size(), 3);
    now += 1000;
    const auto fork = sessions->fork(original, before[1].id, QStringLiteral("Original (fork)"));
    ASSERT_TRUE(fork);
    EXPECT_NE(fork->id, original);
    EXPECT_NE(fork->uuid, sessions->get(original)->uuid);
    EXPECT_EQ(fork->name, QStringLiteral("Original (fork)"));
    EXPECT_EQ(fork->scriptTitle, QStringLiteral("Roanoke"));
    EXPECT_EQ(fork->scriptBody, QStringLiteral("{\"s\":1}"));
    EXPECT_EQ(fork->language, QStringLiteral("en"));
    const auto copied = messages->list(fork->id);
    ASSERT_EQ(copied.size(), 2);
    EXPECT_EQ(copied[0].content, before[0].content);
    EXPECT_EQ(copied[1].content, QStringLiteral("An answer"));
    EXPECT_NE(copied[0].id, before[0].id);
    // The fork goes its own way; the original is untouched.
    messages->append(fork->id, Role::Assistant, QStringLiteral("Another chapter."),
                     Status::Complete, 1);
    ASSERT_TRUE(messages->update(copied[1].id, QStringLiteral("Changed"), Status::Complete));
    const auto after = messages->list(original);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after[1].content, QStringLiteral("An answer"));
    EXPECT_EQ(after[2].content, QStringLiteral("Chapter one."));
    EXPECT_FALSE(sessions->fork(original, copied[0].id, QStringLiteral("x"))); // not its message
}

TEST_F(SessionManageTest, HistoryIsGroupedByDayWithTheChapterReached)
{
    const qint64 day = 24LL * 3600 * 1000;
    EXPECT_EQ(SessionListModel::groupFor(now - 3600 * 1000, now), SessionListModel::Today);
    EXPECT_EQ(SessionListModel::groupFor(now - day, now), SessionListModel::Yesterday);
    EXPECT_EQ(SessionListModel::groupFor(now - 3 * day, now), SessionListModel::ThisWeek);
    EXPECT_EQ(SessionListModel::groupFor(now - 30 * day, now), SessionListModel::Older);
    const qint64 id = sessionWithMessages(QStringLiteral("S"));
    sessions->touch(id); // as after every reply
    const int row = model->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row).data(SessionListModel::ChapterRole).toInt(), 1);
    EXPECT_EQ(model->index(row).data(SessionListModel::GroupRole).toInt(), SessionListModel::Today);
    model->setCurrentSession(id);
    EXPECT_EQ(model->index(0).data(SessionListModel::GroupRole).toInt(), SessionListModel::Current);
}

} // namespace
} // namespace st
