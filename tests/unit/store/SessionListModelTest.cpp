#include "core/store/SessionListModel.h"

#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDateTime>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

class SessionListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        store = std::make_unique<SessionStore>(db.connection(), [this] { return now; });
    }

    qint64 create(const char* name, const char* language = "en")
    {
        now += 1000;
        const auto s = store->create(QString::fromUtf8(name), QString::fromLatin1(language));
        return s ? s->id : 0;
    }

    QString names(const SessionListModel& model) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.data(model.index(row), Qt::DisplayRole).toString());
        return result.join(u',');
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1'700'000'000'000;
    std::unique_ptr<SessionStore> store;
};

TEST_F(SessionListModelTest, RowsFollowTheStoreMostRecentFirst)
{
    SessionListModel model(*store);
    EXPECT_EQ(model.rowCount(), 0);
    create("A");
    create("B");
    EXPECT_EQ(names(model), QStringLiteral("B,A")); // reloaded on sessionsChanged
    const qint64 c = create("C");
    EXPECT_EQ(names(model), QStringLiteral("C,B,A"));
    EXPECT_EQ(model.rowOf(c), 0);
    EXPECT_EQ(model.rowOf(12345), -1);
}

TEST_F(SessionListModelTest, Roles)
{
    const qint64 id = create("밤의 이야기", "ko");
    ASSERT_TRUE(
        store->attachScript(id, 0, QStringLiteral("메리 셀레스트호"), QStringLiteral("{}")));
    MessageStore messages(db.connection());
    ASSERT_TRUE(messages.append(id, MessageRecord::Role::Assistant, QStringLiteral("hi"),
                                MessageRecord::Status::Complete, 0));
    SessionListModel model(*store);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    EXPECT_EQ(model.data(i, SessionListModel::IdRole).toLongLong(), id);
    EXPECT_EQ(model.data(i, Qt::DisplayRole).toString(), QStringLiteral("밤의 이야기"));
    EXPECT_EQ(model.data(i, SessionListModel::NameRole).toString(), QStringLiteral("밤의 이야기"));
    EXPECT_EQ(model.data(i, SessionListModel::TitleRole).toString(),
              QStringLiteral("메리 셀레스트호"));
    EXPECT_EQ(model.data(i, SessionListModel::LanguageRole).toString(), QStringLiteral("ko"));
    EXPECT_EQ(model.data(i, SessionListModel::LastUsedRole).toDateTime(),
              QDateTime::fromMSecsSinceEpoch(now));
    EXPECT_EQ(model.data(i, SessionListModel::MessageCountRole).toInt(), 1);
    EXPECT_FALSE(model.data(i, SessionListModel::CurrentRole).toBool());
    EXPECT_TRUE(model.data(i, Qt::ToolTipRole).toString().contains(QStringLiteral("메리")));
    EXPECT_FALSE(model.data(model.index(1), Qt::DisplayRole).isValid());

    const auto roles = model.roleNames();
    EXPECT_EQ(roles.value(SessionListModel::NameRole), QByteArray("name"));
    EXPECT_EQ(roles.value(SessionListModel::CurrentRole), QByteArray("current"));
    EXPECT_EQ(roles.value(SessionListModel::IdRole), QByteArray("sessionId"));
}

TEST_F(SessionListModelTest, CurrentSessionStaysOnTop)
{
    const qint64 a = create("A");
    create("B");
    create("C");
    SessionListModel model(*store);
    EXPECT_EQ(names(model), QStringLiteral("C,B,A"));

    model.setCurrentSession(a);
    EXPECT_EQ(model.currentSession(), a);
    EXPECT_EQ(names(model), QStringLiteral("A,C,B"));
    EXPECT_TRUE(model.data(model.index(0), SessionListModel::CurrentRole).toBool());
    EXPECT_FALSE(model.data(model.index(1), SessionListModel::CurrentRole).toBool());

    // A newer session is created elsewhere: the current one still leads.
    create("D");
    EXPECT_EQ(names(model), QStringLiteral("A,D,C,B"));

    // Another session used later: still below the current one.
    now += 1000;
    ASSERT_TRUE(store->touch(model.at(3).id)); // B
    EXPECT_EQ(names(model), QStringLiteral("A,B,D,C"));
}

TEST_F(SessionListModelTest, UnknownCurrentSessionChangesNothing)
{
    create("A");
    create("B");
    SessionListModel model(*store);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCurrentSession(999);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(names(model), QStringLiteral("B,A"));
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_FALSE(model.data(model.index(row), SessionListModel::CurrentRole).toBool());
}

TEST_F(SessionListModelTest, ReadsAPageAtATimeWithTheCurrentSessionAlwaysThere)
{
    constexpr int kPage = SessionListModel::kPage;
    const qint64 oldest = create("S0");
    for (int i = 1; i < 2 * kPage + 50; ++i)
        create(QStringLiteral("S%1").arg(i).toUtf8().constData());

    SessionListModel model(*store);
    EXPECT_EQ(model.rowCount(), kPage);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.at(0).name, QStringLiteral("S%1").arg(2 * kPage + 49));
    // The list leaves the bodies in the store.
    EXPECT_TRUE(model.at(0).scriptBody.isEmpty());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * kPage);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * kPage + 50);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.at(model.rowCount() - 1).id, oldest);
    model.fetchMore({}); // nothing more: no rows, no signal
    EXPECT_EQ(inserted.count(), 2);

    // A change keeps as many rows as were shown.
    create("New");
    EXPECT_EQ(model.rowCount(), 2 * kPage + 51);
    EXPECT_EQ(model.at(0).name, QStringLiteral("New"));

    // The oldest session, opened, is on top of a fresh list though far beyond its first page.
    SessionListModel fresh(*store);
    fresh.setCurrentSession(oldest);
    ASSERT_EQ(fresh.rowCount(), kPage + 1);
    EXPECT_EQ(fresh.at(0).id, oldest);
    EXPECT_TRUE(fresh.data(fresh.index(0), SessionListModel::CurrentRole).toBool());
    // ...and not twice when the page that holds it comes in.
    while (fresh.canFetchMore({}))
        fresh.fetchMore({});
    EXPECT_EQ(fresh.rowCount(), 2 * kPage + 51);
    EXPECT_EQ(fresh.rowOf(oldest), 0);
    int seen = 0;
    for (int row = 0; row < fresh.rowCount(); ++row)
        seen += fresh.at(row).id == oldest ? 1 : 0;
    EXPECT_EQ(seen, 1);

    // Another process uses an old session between two pages (the store's signal does not
    // reach this one): the offsets shift, and the row is still shown once.
    SessionListModel shifting(*store);
    EXPECT_EQ(shifting.rowCount(), kPage);
    {
        SessionStore other(db.connection(), [this] { return now + 1000; });
        ASSERT_TRUE(other.touch(oldest));
    }
    while (shifting.canFetchMore({}))
        shifting.fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < shifting.rowCount(); ++row)
        ids.insert(shifting.at(row).id);
    EXPECT_EQ(ids.size(), shifting.rowCount());

    // A hidden session (in the trash, undo pending) stays out of later pages too.
    SessionListModel hiding(*store);
    hiding.setHidden(oldest, true);
    while (hiding.canFetchMore({}))
        hiding.fetchMore({});
    EXPECT_EQ(hiding.rowOf(oldest), -1);
    EXPECT_EQ(hiding.rowCount(), 2 * kPage + 50);
}

} // namespace
} // namespace st
