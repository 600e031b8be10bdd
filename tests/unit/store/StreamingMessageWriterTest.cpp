#include "core/store/StreamingMessageWriter.h"

#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Status = MessageRecord::Status;

class StreamingMessageWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection(), clock);
        messages = std::make_unique<MessageStore>(db.connection(), clock);
        const auto session = sessions->create(QStringLiteral("S"), QStringLiteral("en"));
        ASSERT_TRUE(session);
        sessionId = session->id;
    }

    std::optional<MessageRecord> stored(const StreamingMessageWriter& writer) const
    {
        return messages->get(writer.messageId());
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 100'000;
    Clock clock = [this] { return now; };
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    qint64 sessionId = 0;
};

TEST_F(StreamingMessageWriterTest, RowIsCreatedAtTheFirstPiece)
{
    StreamingMessageWriter writer(*messages, sessionId, 4, clock);
    EXPECT_EQ(writer.messageId(), 0);
    EXPECT_TRUE(messages->list(sessionId).isEmpty());

    ASSERT_TRUE(writer.append(QStringLiteral("On ")));
    EXPECT_GT(writer.messageId(), 0);
    const auto row = stored(writer);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->content, QStringLiteral("On "));
    EXPECT_EQ(row->status, Status::Streaming);
    EXPECT_EQ(row->role, MessageRecord::Role::Assistant);
    EXPECT_EQ(row->chapter, 4);
    EXPECT_EQ(row->sessionId, sessionId);
    EXPECT_EQ(writer.flushCount(), 1);
    EXPECT_EQ(messages->list(sessionId).size(), 1);
}

TEST_F(StreamingMessageWriterTest, FlushesAfterOneSecondOrAtASentenceEnd)
{
    StreamingMessageWriter writer(*messages, sessionId, 1, clock);
    QString flushed;
    // Each step: advance the clock, append, and whether the database must now hold the text.
    struct Step
    {
        qint64 advanceMs;
        const char* piece;
        bool flushes;
    };
    const Step steps[] = {
        {0, "On ", true},           // the first piece creates the row
        {300, "the ", false},       // 300 ms: not yet
        {600, "fourth ", false},    // 900 ms since the last flush: not yet
        {50, "of December.", true}, // a sentence ends
        {200, " A ", false},        // 200 ms
        {799, "sail ", false},      // 999 ms
        {1, "appeared ", true},     // 1000 ms: flush on time
        {100, "on the horizon", false},
        {100, "! ", true}, // "!" ends a sentence
        {10, "Nobody ", false},
        {10, "waved", false},
    };
    int expectedFlushes = 0;
    for (const Step& step : steps) {
        now += step.advanceMs;
        ASSERT_TRUE(writer.append(QString::fromUtf8(step.piece)));
        if (step.flushes) {
            ++expectedFlushes;
            flushed = writer.text();
        }
        SCOPED_TRACE(step.piece);
        EXPECT_EQ(writer.flushCount(), expectedFlushes);
        const auto row = stored(writer);
        ASSERT_TRUE(row);
        EXPECT_EQ(row->content, flushed);
        EXPECT_EQ(row->status, Status::Streaming);
    }
    EXPECT_EQ(writer.text(), QStringLiteral("On the fourth of December. A sail appeared on the "
                                            "horizon! Nobody waved"));
    EXPECT_NE(stored(writer)->content, writer.text()); // the tail waits for the next flush

    now += 10;
    ASSERT_TRUE(writer.finish(Status::Complete));
    const auto row = stored(writer);
    EXPECT_EQ(row->content, writer.text());
    EXPECT_EQ(row->status, Status::Complete);
    EXPECT_EQ(row->updatedAt, now);
    EXPECT_EQ(messages->list(sessionId).size(), 1);
}

TEST_F(StreamingMessageWriterTest, CjkSentenceEndsFlush)
{
    StreamingMessageWriter writer(*messages, sessionId, 1, clock);
    ASSERT_TRUE(writer.append(QStringLiteral("大西洋の")));
    ASSERT_TRUE(writer.append(QStringLiteral("まっただ中")));
    EXPECT_EQ(stored(writer)->content, QStringLiteral("大西洋の"));
    ASSERT_TRUE(writer.append(QStringLiteral("で。")));
    EXPECT_EQ(stored(writer)->content, QStringLiteral("大西洋のまっただ中で。"));
    ASSERT_TRUE(writer.append(QStringLiteral("何が")));
    ASSERT_TRUE(writer.append(QStringLiteral("起きたのでしょうか？")));
    EXPECT_EQ(stored(writer)->content,
              QStringLiteral("大西洋のまっただ中で。何が起きたのでしょうか？"));
}

TEST_F(StreamingMessageWriterTest, FinishInterruptedKeepsTextSoFar)
{
    StreamingMessageWriter writer(*messages, sessionId, 2, clock);
    ASSERT_TRUE(writer.append(QStringLiteral("Half ")));
    ASSERT_TRUE(writer.append(QStringLiteral("a sentence")));
    ASSERT_TRUE(writer.finish(Status::Interrupted));
    const auto row = stored(writer);
    EXPECT_EQ(row->content, QStringLiteral("Half a sentence"));
    EXPECT_EQ(row->status, Status::Interrupted);
}

TEST_F(StreamingMessageWriterTest, FinishWithoutPiecesStillKeepsARow)
{
    StreamingMessageWriter writer(*messages, sessionId, 7, clock);
    ASSERT_TRUE(writer.finish(Status::Interrupted));
    EXPECT_GT(writer.messageId(), 0);
    const auto row = stored(writer);
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->content.isEmpty());
    EXPECT_EQ(row->status, Status::Interrupted);
    EXPECT_EQ(row->chapter, 7);
}

TEST_F(StreamingMessageWriterTest, RefusedWriteIsReported)
{
    StreamingMessageWriter writer(*messages, 424242, 1, clock); // no such session
    EXPECT_FALSE(writer.append(QStringLiteral("lost?")));
    EXPECT_EQ(writer.messageId(), 0);
    EXPECT_EQ(writer.text(), QStringLiteral("lost?")); // still shown to the user
}

TEST(StreamingMessageWriterSentenceTest, EndsSentence)
{
    for (const QString& yes :
         {QStringLiteral("end."), QStringLiteral("really?"), QStringLiteral("wow! "),
          QStringLiteral("끝났어요."), QStringLiteral("おしまい。"), QStringLiteral("本当？"),
          QStringLiteral("he said \"go.\""), QStringLiteral("「はい」"), QStringLiteral("wait…"),
          QStringLiteral("a line\n")})
        EXPECT_TRUE(StreamingMessageWriter::endsSentence(yes)) << yes.toStdString();
    for (const QString& no :
         {QString(), QStringLiteral("   "), QStringLiteral("word "), QStringLiteral("Mr"),
          QStringLiteral("1872,"), QStringLiteral("그리고")})
        EXPECT_FALSE(StreamingMessageWriter::endsSentence(no)) << no.toStdString();
}

} // namespace
} // namespace st
