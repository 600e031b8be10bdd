#include "core/store/MessageStore.h"

#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

class MessageStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection(), [this] { return now; });
        messages = std::make_unique<MessageStore>(db.connection(), [this] { return now; });
        const auto a = sessions->create(QStringLiteral("A"), QStringLiteral("en"));
        const auto b = sessions->create(QStringLiteral("B"), QStringLiteral("en"));
        ASSERT_TRUE(a && b);
        sessionA = a->id;
        sessionB = b->id;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 5000;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    qint64 sessionA = 0;
    qint64 sessionB = 0;
};

TEST_F(MessageStoreTest, AppendAssignsSequencePerSession)
{
    const auto a1 =
        messages->append(sessionA, Role::Assistant, QStringLiteral("hook"), Status::Complete, 0);
    const auto a2 =
        messages->append(sessionA, Role::User, QStringLiteral("answer"), Status::Complete);
    const auto b1 =
        messages->append(sessionB, Role::Assistant, QStringLiteral("other"), Status::Complete, 0);
    const auto a3 = messages->append(sessionA, Role::Assistant, QStringLiteral("chapter 1"),
                                     Status::Streaming, 1);
    ASSERT_TRUE(a1 && a2 && b1 && a3);
    EXPECT_EQ(a1->seq, 1);
    EXPECT_EQ(a2->seq, 2);
    EXPECT_EQ(a3->seq, 3);
    EXPECT_EQ(b1->seq, 1);
    EXPECT_TRUE(a1->isValid());
    EXPECT_NE(a1->id, a2->id);
}

TEST_F(MessageStoreTest, AppendReturnsTheStoredRow)
{
    const auto m = messages->append(sessionA, Role::Assistant, QStringLiteral("Once upon a time"),
                                    Status::Streaming, 3);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->sessionId, sessionA);
    EXPECT_EQ(m->role, Role::Assistant);
    EXPECT_EQ(m->content, QStringLiteral("Once upon a time"));
    EXPECT_EQ(m->status, Status::Streaming);
    EXPECT_EQ(m->chapter, 3);
    EXPECT_EQ(m->createdAt, now);
    EXPECT_EQ(m->updatedAt, now);

    const auto user =
        messages->append(sessionA, Role::User, QStringLiteral("ok"), Status::Complete);
    ASSERT_TRUE(user);
    EXPECT_EQ(user->chapter, -1); // no chapter for the listener's messages
    EXPECT_EQ(user->role, Role::User);
}

TEST_F(MessageStoreTest, UpdateChangesContentStatusAndTime)
{
    const auto m =
        messages->append(sessionA, Role::Assistant, QStringLiteral("Once"), Status::Streaming, 1);
    ASSERT_TRUE(m);
    now += 750;
    ASSERT_TRUE(messages->update(m->id, QStringLiteral("Once upon a time."), Status::Complete));
    const auto read = messages->get(m->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->content, QStringLiteral("Once upon a time."));
    EXPECT_EQ(read->status, Status::Complete);
    EXPECT_EQ(read->createdAt, now - 750);
    EXPECT_EQ(read->updatedAt, now);
    EXPECT_EQ(read->seq, 1);
    EXPECT_EQ(read->chapter, 1);
}

TEST_F(MessageStoreTest, ListReturnsOneSessionInOrder)
{
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(messages->append(i % 2 ? sessionB : sessionA, Role::User, QString::number(i),
                                     Status::Complete));
    }
    const auto a = messages->list(sessionA);
    ASSERT_EQ(a.size(), 3);
    EXPECT_EQ(a.at(0).content, QStringLiteral("0"));
    EXPECT_EQ(a.at(1).content, QStringLiteral("2"));
    EXPECT_EQ(a.at(2).content, QStringLiteral("4"));
    for (int i = 0; i < a.size(); ++i)
        EXPECT_EQ(a.at(i).seq, i + 1);
    EXPECT_EQ(messages->list(sessionB).size(), 2);
    EXPECT_TRUE(messages->list(9999).isEmpty());
}

TEST_F(MessageStoreTest, AppendToMissingSessionFails)
{
    EXPECT_FALSE(messages->append(9999, Role::User, QStringLiteral("lost"), Status::Complete));
    EXPECT_FALSE(messages->lastError().isEmpty());
    EXPECT_FALSE(messages->get(9999));
}

TEST_F(MessageStoreTest, UnicodeContentIsStoredExactly)
{
    const QString text =
        QStringLiteral("메리 셀레스트호 — メアリー・セレスト号 — ¿Qué pasó? 🚢\n\nline");
    const auto m = messages->append(sessionA, Role::Assistant, text, Status::Complete, 2);
    ASSERT_TRUE(m);
    EXPECT_EQ(messages->get(m->id)->content, text);
}

TEST_F(MessageStoreTest, RecoverInterruptedRepliesMarksStreamingRows)
{
    const auto streamingA =
        messages->append(sessionA, Role::Assistant, QStringLiteral("half a"), Status::Streaming, 1);
    const auto complete =
        messages->append(sessionA, Role::Assistant, QStringLiteral("done"), Status::Complete, 2);
    const auto streamingB =
        messages->append(sessionB, Role::Assistant, QStringLiteral("half b"), Status::Streaming, 1);
    const auto error =
        messages->append(sessionB, Role::Assistant, QStringLiteral("err"), Status::Error, 2);
    ASSERT_TRUE(streamingA && complete && streamingB && error);

    EXPECT_EQ(db.recoverInterruptedReplies(), 2);
    EXPECT_EQ(messages->get(streamingA->id)->status, Status::Interrupted);
    EXPECT_EQ(messages->get(streamingA->id)->content, QStringLiteral("half a"));
    EXPECT_EQ(messages->get(streamingB->id)->status, Status::Interrupted);
    EXPECT_EQ(messages->get(complete->id)->status, Status::Complete);
    EXPECT_EQ(messages->get(error->id)->status, Status::Error);

    EXPECT_EQ(db.recoverInterruptedReplies(), 0);
}

TEST_F(MessageStoreTest, RecoveryHappensOnTheNextStartOfTheFile)
{
    ASSERT_TRUE(messages->append(sessionA, Role::Assistant, QStringLiteral("cut off"),
                                 Status::Streaming, 1));
    messages.reset();
    sessions.reset();
    db.close();

    Database reopened(dir.databasePath());
    ASSERT_TRUE(reopened.open().ok());
    EXPECT_EQ(reopened.recoverInterruptedReplies(), 1);
    MessageStore store(reopened.connection());
    const auto list = store.list(sessionA);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().status, Status::Interrupted);
    EXPECT_EQ(list.first().content, QStringLiteral("cut off"));
}

TEST(MessageRecordTest, NamesRoundTrip)
{
    for (auto role : {Role::System, Role::User, Role::Assistant})
        EXPECT_EQ(MessageRecord::roleFromName(MessageRecord::roleName(role)), role);
    for (auto status : {Status::Streaming, Status::Complete, Status::Interrupted, Status::Error})
        EXPECT_EQ(MessageRecord::statusFromName(MessageRecord::statusName(status)), status);
    EXPECT_EQ(MessageRecord::statusName(Status::Interrupted), QStringLiteral("interrupted"));
    EXPECT_EQ(MessageRecord::roleName(Role::Assistant), QStringLiteral("assistant"));
}

} // namespace
} // namespace st
