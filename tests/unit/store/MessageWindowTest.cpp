// A long history as a window of its newest messages (MessageListModel::load and friends)
// over a real database, and the store's page queries under it.
#include "core/store/Database.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

class MessageWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection());
        messages = std::make_unique<MessageStore>(db.connection());
    }

    /// A session of \a count messages "m1".."mN": the narrator's (chapter = its number / 2)
    /// and the listener's in turn.
    qint64 session(int count)
    {
        const auto s = sessions->create(QStringLiteral("Long"), QStringLiteral("en"),
                                        QStringLiteral("offline"));
        EXPECT_TRUE(s);
        QSqlQuery begin(db.connection());
        begin.exec(QStringLiteral("BEGIN"));
        for (int i = 1; i <= count; ++i) {
            const bool narrator = i % 2 == 1;
            const auto m = messages->append(s->id, narrator ? Role::Assistant : Role::User,
                                            QStringLiteral("m%1").arg(i), Status::Complete,
                                            narrator ? i / 2 : -1);
            EXPECT_TRUE(m);
            ids.append(m->id);
        }
        QSqlQuery commit(db.connection());
        commit.exec(QStringLiteral("COMMIT"));
        return s->id;
    }

    static QString text(const MessageListModel& model, int row)
    {
        return model.data(model.index(row), MessageListModel::ContentRole).toString();
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    QVector<qint64> ids;
};

TEST_F(MessageWindowTest, PagesComeOldestFirstBeforeASeq)
{
    const qint64 id = session(10);
    const auto all = messages->list(id);
    const auto last3 = messages->page(id, std::numeric_limits<qint64>::max(), 3);
    ASSERT_EQ(last3.size(), 3);
    EXPECT_EQ(last3[0].content, QStringLiteral("m8"));
    EXPECT_EQ(last3[2].content, QStringLiteral("m10"));
    const auto before = messages->page(id, last3[0].seq, 100);
    ASSERT_EQ(before.size(), 7);
    EXPECT_EQ(before.first().content, QStringLiteral("m1"));
    EXPECT_EQ(before.last().content, QStringLiteral("m7"));
    const auto middle = messages->range(id, all[3].seq, all[6].seq);
    ASSERT_EQ(middle.size(), 3);
    EXPECT_EQ(middle.first().content, QStringLiteral("m4"));
    EXPECT_EQ(middle.last().content, QStringLiteral("m6"));
}

TEST_F(MessageWindowTest, LastNarrationIsTheLatestReplyOfTheFurthestChapter)
{
    const qint64 id = session(9); // narrator: m1 (ch 0), m3 (1), ... m9 (4)
    auto last = messages->lastNarration(id);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->content, QStringLiteral("m9"));
    // A chapter told again later (a retry) is still the furthest: the newest of the two.
    messages->append(id, Role::Assistant, QStringLiteral("again"), Status::Complete, 4);
    messages->append(id, Role::Assistant, QStringLiteral("aside"), Status::Complete, -1);
    last = messages->lastNarration(id);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->content, QStringLiteral("again"));

    const auto empty =
        sessions->create(QStringLiteral("New"), QStringLiteral("en"), QStringLiteral("offline"));
    EXPECT_FALSE(messages->lastNarration(empty->id));
}

TEST_F(MessageWindowTest, LoadsTheNewestPageAndOlderPagesOnRequest)
{
    const qint64 id = session(25);
    MessageListModel model;
    model.load(*messages, id, 10);
    ASSERT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(model.hasOlder());
    EXPECT_EQ(text(model, 0), QStringLiteral("m16"));
    EXPECT_EQ(text(model, 9), QStringLiteral("m25"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EXPECT_EQ(model.loadOlder(10), 10);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 0); // prepended
    EXPECT_EQ(inserted[0][2].toInt(), 9);
    EXPECT_EQ(text(model, 0), QStringLiteral("m6"));
    EXPECT_TRUE(model.hasOlder());

    EXPECT_EQ(model.loadOlder(10), 5);
    EXPECT_FALSE(model.hasOlder());
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_EQ(text(model, 0), QStringLiteral("m1"));
    EXPECT_EQ(model.loadOlder(10), 0);
}

TEST_F(MessageWindowTest, AShortSessionHasNothingOlder)
{
    const qint64 id = session(10);
    MessageListModel model;
    model.load(*messages, id, 10); // exactly a page
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_FALSE(model.hasOlder());
    model.load(*messages, id, 20);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_FALSE(model.hasOlder());
}

TEST_F(MessageWindowTest, DroppingOlderRowsKeepsTheNewestAndTheyLoadAgain)
{
    const qint64 id = session(30);
    MessageListModel model;
    model.load(*messages, id, 10);
    model.loadOlder(10);
    model.loadOlder(10);
    ASSERT_EQ(model.rowCount(), 30);
    EXPECT_FALSE(model.hasOlder());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.dropOlder(10);
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(model.hasOlder());
    EXPECT_EQ(text(model, 0), QStringLiteral("m21"));
    EXPECT_EQ(model.loadOlder(10), 10);
    EXPECT_EQ(text(model, 0), QStringLiteral("m11"));
}

TEST_F(MessageWindowTest, LoadThroughReadsBackToAMessageWithSomeContext)
{
    const qint64 id = session(200);
    MessageListModel model;
    model.load(*messages, id, 50);
    const qint64 wanted = ids[99]; // "m100"
    EXPECT_EQ(model.rowOf(wanted), -1);
    const int row = model.loadThrough(wanted);
    ASSERT_GE(row, 0);
    EXPECT_EQ(text(model, row), QStringLiteral("m100"));
    EXPECT_EQ(row, 20); // twenty before it, for context
    EXPECT_EQ(text(model, model.rowCount() - 1), QStringLiteral("m200"));
    // Contiguous: every message from the first row to the newest.
    for (int r = 1; r < model.rowCount(); ++r)
        ASSERT_EQ(text(model, r), QStringLiteral("m%1").arg(80 + r));
    EXPECT_TRUE(model.hasOlder());
    EXPECT_EQ(model.loadThrough(wanted), row); // already there

    // Another session's message is not read in.
    const qint64 other = session(3);
    MessageListModel small;
    small.load(*messages, other, 1);
    EXPECT_EQ(small.loadThrough(wanted), -1);
    EXPECT_EQ(small.rowCount(), 1);
}

TEST_F(MessageWindowTest, SetMessagesHasNoOlderPages)
{
    MessageListModel model;
    model.setMessages({});
    EXPECT_FALSE(model.hasOlder());
    EXPECT_EQ(model.loadOlder(10), 0);
    model.dropOlder(0); // nothing to read them back from: kept
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace st
