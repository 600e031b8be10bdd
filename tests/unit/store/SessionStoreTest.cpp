#include "core/store/SessionStore.h"

#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

class SessionStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        store = std::make_unique<SessionStore>(db.connection(), [this] { return now; });
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1'000'000;
    std::unique_ptr<SessionStore> store;
};

TEST_F(SessionStoreTest, CreateStoresEverythingAndGetReadsItBack)
{
    const auto created = store->create(QStringLiteral("Evening stories"), QStringLiteral("ja"));
    ASSERT_TRUE(created);
    EXPECT_TRUE(created->isValid());
    EXPECT_EQ(created->name, QStringLiteral("Evening stories"));
    EXPECT_EQ(created->language, QStringLiteral("ja"));
    EXPECT_EQ(created->provider, QStringLiteral("offline"));
    EXPECT_EQ(created->createdAt, now);
    EXPECT_EQ(created->lastUsedAt, now);
    EXPECT_EQ(created->scriptId, 0);
    EXPECT_FALSE(created->hasScript());
    EXPECT_EQ(created->messageCount, 0);
    EXPECT_EQ(created->uuid.size(), 36) << created->uuid.toStdString();

    const auto read = store->get(created->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->uuid, created->uuid);
    EXPECT_EQ(read->name, created->name);

    const auto other = store->create(QStringLiteral("Other"), QStringLiteral("en"));
    ASSERT_TRUE(other);
    EXPECT_NE(other->id, created->id);
    EXPECT_NE(other->uuid, created->uuid);
}

TEST_F(SessionStoreTest, GetOfUnknownIdIsEmpty)
{
    EXPECT_FALSE(store->get(12345));
    EXPECT_TRUE(store->list().isEmpty());
}

TEST_F(SessionStoreTest, ListIsMostRecentlyUsedFirst)
{
    const auto a = store->create(QStringLiteral("A"), QStringLiteral("en"));
    now += 1000;
    const auto b = store->create(QStringLiteral("B"), QStringLiteral("ko"));
    now += 1000;
    const auto c = store->create(QStringLiteral("C"), QStringLiteral("es"));
    ASSERT_TRUE(a && b && c);

    auto names = [this] {
        QStringList result;
        for (const SessionRecord& s : store->list())
            result.append(s.name);
        return result.join(QString());
    };
    EXPECT_EQ(names(), QStringLiteral("CBA"));

    now += 1000;
    ASSERT_TRUE(store->touch(a->id));
    EXPECT_EQ(store->get(a->id)->lastUsedAt, now);
    EXPECT_EQ(names(), QStringLiteral("ACB"));

    now += 1000;
    ASSERT_TRUE(store->attachScript(b->id, 0, QStringLiteral("Title"), QStringLiteral("{}")));
    EXPECT_EQ(names(), QStringLiteral("BAC"));
}

TEST_F(SessionStoreTest, SameLastUsedTimeListsNewestFirst)
{
    const auto a = store->create(QStringLiteral("A"), QStringLiteral("en"));
    const auto b = store->create(QStringLiteral("B"), QStringLiteral("en"));
    ASSERT_TRUE(a && b);
    const auto list = store->list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).id, b->id);
    EXPECT_EQ(list.at(1).id, a->id);
}

TEST_F(SessionStoreTest, AttachScriptKeepsTheScriptWithTheSession)
{
    ScriptLibrary library(db.connection());
    Script script;
    script.title = QStringLiteral("The Mary Celeste");
    script.language = QStringLiteral("en");
    script.section(ScriptSection::Prologue1).content = QStringLiteral("A ship adrift.");
    const auto scriptId = library.add(script);
    ASSERT_TRUE(scriptId);

    const auto session = store->create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    now += 5000;
    const QString body = QStringLiteral("{\"title\":\"The Mary Celeste\"}");
    ASSERT_TRUE(store->attachScript(session->id, *scriptId, script.title, body));

    const auto read = store->get(session->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->scriptId, *scriptId);
    EXPECT_EQ(read->scriptTitle, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(read->scriptBody, body);
    EXPECT_TRUE(read->hasScript());
    EXPECT_EQ(read->lastUsedAt, now);
    EXPECT_EQ(read->createdAt, now - 5000);
}

TEST_F(SessionStoreTest, ListLeavesOutScriptAndSummaryButSaysAScriptIsThere)
{
    const auto told = store->create(QStringLiteral("Told"), QStringLiteral("en"));
    const auto fresh = store->create(QStringLiteral("Fresh"), QStringLiteral("en"));
    ASSERT_TRUE(told && fresh);
    const QString body = QStringLiteral("{\"title\":\"The Mary Celeste\"}");
    ASSERT_TRUE(store->attachScript(told->id, 0, QStringLiteral("The Mary Celeste"), body));
    ASSERT_TRUE(store->setSummary(told->id, QStringLiteral("A ship was found adrift."), 3));
    const auto list = store->list();
    ASSERT_EQ(list.size(), 2);
    const SessionRecord& listed = list.at(0).id == told->id ? list.at(0) : list.at(1);
    const SessionRecord& other = list.at(0).id == told->id ? list.at(1) : list.at(0);
    EXPECT_TRUE(listed.scriptBody.isEmpty());
    EXPECT_TRUE(listed.summary.isEmpty());
    EXPECT_TRUE(listed.hasScript());
    EXPECT_EQ(listed.scriptTitle, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(listed.summaryUptoSeq, 3);
    EXPECT_FALSE(other.hasScript());
    const auto read = store->get(told->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->scriptBody, body);
    EXPECT_EQ(read->summary, QStringLiteral("A ship was found adrift."));
    EXPECT_TRUE(read->scriptAttached);
}

TEST_F(SessionStoreTest, AttachScriptWithoutLibraryIdKeepsBody)
{
    const auto session = store->create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    ASSERT_TRUE(
        store->attachScript(session->id, 0, QStringLiteral("Pasted"), QStringLiteral("{}")));
    const auto read = store->get(session->id);
    EXPECT_EQ(read->scriptId, 0);
    EXPECT_EQ(read->scriptTitle, QStringLiteral("Pasted"));
    EXPECT_TRUE(read->hasScript());
}

TEST_F(SessionStoreTest, AttachScriptToMissingLibraryEntryFails)
{
    const auto session = store->create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    EXPECT_FALSE(
        store->attachScript(session->id, 999, QStringLiteral("Ghost"), QStringLiteral("{}")));
    EXPECT_FALSE(store->lastError().isEmpty());
    EXPECT_FALSE(store->get(session->id)->hasScript());
}

TEST_F(SessionStoreTest, MessageCountFollowsMessages)
{
    const auto session = store->create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    MessageStore messages(db.connection(), [this] { return now; });
    ASSERT_TRUE(messages.append(session->id, MessageRecord::Role::Assistant, QStringLiteral("Hi"),
                                MessageRecord::Status::Complete, 0));
    ASSERT_TRUE(messages.append(session->id, MessageRecord::Role::User, QStringLiteral("Yes"),
                                MessageRecord::Status::Complete));
    EXPECT_EQ(store->get(session->id)->messageCount, 2);
    EXPECT_EQ(store->list().first().messageCount, 2);
}

TEST_F(SessionStoreTest, ChangesAreSignalled)
{
    QSignalSpy spy(store.get(), &SessionStore::sessionsChanged);
    const auto session = store->create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    EXPECT_EQ(spy.count(), 1);
    store->touch(session->id);
    EXPECT_EQ(spy.count(), 2);
    store->attachScript(session->id, 0, QStringLiteral("T"), QStringLiteral("{}"));
    EXPECT_EQ(spy.count(), 3);
    store->get(session->id);
    store->list();
    EXPECT_EQ(spy.count(), 3);
}

TEST_F(SessionStoreTest, TextIsStoredExactly)
{
    const QString name = QStringLiteral("밤의 이야기 — 'quotes' \"and\" ; DROP TABLE sessions; --");
    const auto session = store->create(name, QStringLiteral("ko"));
    ASSERT_TRUE(session);
    EXPECT_EQ(store->get(session->id)->name, name);
    EXPECT_EQ(store->list().size(), 1);
}

} // namespace
} // namespace st
