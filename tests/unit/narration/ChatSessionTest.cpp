#include "core/narration/ChatSession.h"

#include "core/narration/NarratorLines.h"
#include "core/narration/OfflineNarrator.h"
#include "core/narration/ScriptedNarrator.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

class ChatSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        ASSERT_TRUE(lines.isLoaded());
        sessions = std::make_unique<SessionStore>(db.connection(), clock);
        messages = std::make_unique<MessageStore>(db.connection(), clock);
        const auto created = sessions->create(QStringLiteral("Evening"), QStringLiteral("en"));
        ASSERT_TRUE(created);
        session = *created;
    }

    std::unique_ptr<ChatSession> makeChat(int msPerWord = 0)
    {
        return std::make_unique<ChatSession>(
            session, script,
            std::make_unique<ScriptedNarrator>(script, lines, QStringLiteral("en"), msPerWord,
                                               testdata::constantRandom()),
            ChatSession::Deps{*messages, *sessions, clock});
    }

    /// The narrator's turns as an independent narrator with the same random numbers says them.
    OfflineNarrator referenceNarrator() const
    {
        return OfflineNarrator(script, lines, QStringLiteral("en"), testdata::constantRandom());
    }

    static bool waitIdle(ChatSession& chat)
    {
        return QTest::qWaitFor([&chat] { return !chat.isBusy(); }, 10000);
    }

    QVector<MessageRecord> stored() const { return messages->list(session.id); }

    TempDataDir dir;
    Database db{dir.databasePath()};
    NarratorLines lines{QStringLiteral(":/narrator/lines.json")};
    qint64 now = 1'000'000;
    Clock clock = [this] { return now; };
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    SessionRecord session;
    Script script = testdata::numberedScript(5);
};

TEST_F(ChatSessionTest, BeginStreamsTheOpeningIntoTheDatabase)
{
    auto chat = makeChat();
    QSignalSpy finished(chat.get(), &ChatSession::replyFinished);
    QSignalSpy progress(chat.get(), &ChatSession::progressChanged);
    chat->begin();
    EXPECT_TRUE(chat->isBusy());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(chat->isBusy());
    EXPECT_EQ(finished.count(), 1);

    const QString opening = referenceNarrator().opening().text;
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).role, Role::Assistant);
    EXPECT_EQ(rows.at(0).status, Status::Complete);
    EXPECT_EQ(rows.at(0).chapter, 0);
    EXPECT_EQ(rows.at(0).content, opening);
    EXPECT_TRUE(opening.contains(script.title));

    ASSERT_EQ(chat->model()->rowCount(), 1);
    EXPECT_EQ(chat->model()->at(0).content, opening);
    EXPECT_EQ(chat->model()->at(0).status, Status::Complete);
    EXPECT_EQ(chat->model()->at(0).id, rows.at(0).id);
    EXPECT_EQ(chat->chapter(), 0);
    EXPECT_EQ(chat->chapterCount(), 5);
    EXPECT_FALSE(chat->wasResumed());
    ASSERT_GE(progress.count(), 1);
    EXPECT_EQ(progress.first().at(0).toInt(), 0);
    EXPECT_EQ(progress.first().at(1).toInt(), 5);
}

TEST_F(ChatSessionTest, NameIsTheSessionsNameNowNotWhenTheChatBegan)
{
    auto chat = makeChat();
    EXPECT_EQ(chat->name(), QStringLiteral("Evening"));
    ASSERT_TRUE(sessions->rename(session.id, QStringLiteral("The lighthouse")));
    EXPECT_EQ(chat->name(), QStringLiteral("The lighthouse"));
    EXPECT_EQ(chat->session().name, QStringLiteral("Evening"));
}

TEST_F(ChatSessionTest, SendStoresTheMessageAndStreamsTheNextChapter)
{
    auto chat = makeChat();
    chat->begin();
    ASSERT_TRUE(waitIdle(*chat));
    now += 60'000;

    QSignalSpy progress(chat.get(), &ChatSession::progressChanged);
    ASSERT_TRUE(chat->send(QStringLiteral("  I think the sea took them  ")));
    const auto duringReply = stored();
    ASSERT_GE(duringReply.size(), 2);
    EXPECT_EQ(duringReply.at(1).role, Role::User);
    EXPECT_EQ(duringReply.at(1).content, QStringLiteral("I think the sea took them"));
    EXPECT_EQ(duringReply.at(1).seq, 2);
    EXPECT_EQ(sessions->get(session.id)->lastUsedAt, now);
    ASSERT_TRUE(waitIdle(*chat));

    OfflineNarrator reference = referenceNarrator();
    reference.opening();
    const QString expected = reference.reply(QStringLiteral("I think the sea took them")).text;
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(2).role, Role::Assistant);
    EXPECT_EQ(rows.at(2).chapter, 1);
    EXPECT_EQ(rows.at(2).status, Status::Complete);
    EXPECT_EQ(rows.at(2).content, expected);
    EXPECT_TRUE(rows.at(2).content.contains(script.tellableChapters().at(0).content));
    EXPECT_EQ(chat->chapter(), 1);
    ASSERT_GE(progress.count(), 1);
    EXPECT_EQ(progress.last().at(0).toInt(), 1);

    ASSERT_EQ(chat->model()->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(chat->model()->at(i).content, rows.at(i).content) << i;
}

TEST_F(ChatSessionTest, SendIsRefusedWhileBusyOrEmpty)
{
    auto chat = makeChat();
    chat->begin();
    ASSERT_TRUE(chat->isBusy());
    EXPECT_FALSE(chat->send(QStringLiteral("too early")));
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_FALSE(chat->send(QString()));
    EXPECT_FALSE(chat->send(QStringLiteral("   ")));
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).role, Role::Assistant);
}

TEST_F(ChatSessionTest, OverlongMessageIsRefusedWithAnError)
{
    auto chat = makeChat();
    chat->begin();
    ASSERT_TRUE(waitIdle(*chat));
    QSignalSpy errors(chat.get(), &ChatSession::errorOccurred);
    EXPECT_FALSE(chat->send(QString(ChatSession::kMaxMessageLength + 1, u'a')));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(stored().size(), 1);
    EXPECT_FALSE(chat->isBusy());
}

TEST_F(ChatSessionTest, StopKeepsTheTextSoFarAsInterrupted)
{
    auto chat = makeChat(20);
    QSignalSpy finished(chat.get(), &ChatSession::replyFinished);
    chat->begin();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->model()->rowCount() == 1; }, 10000));
    chat->stop();
    EXPECT_FALSE(chat->isBusy());
    EXPECT_EQ(finished.count(), 1);

    const QString full = referenceNarrator().opening().text;
    const auto rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).status, Status::Interrupted);
    EXPECT_FALSE(rows.at(0).content.isEmpty());
    EXPECT_LT(rows.at(0).content.size(), full.size());
    EXPECT_TRUE(full.startsWith(rows.at(0).content)) << rows.at(0).content.toStdString();
    EXPECT_EQ(chat->model()->at(0).content, rows.at(0).content);
    EXPECT_EQ(chat->model()->at(0).status, Status::Interrupted);

    // Nothing more arrives after the stop.
    QCoreApplication::processEvents();
    EXPECT_EQ(stored().at(0).content, rows.at(0).content);
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(ChatSessionTest, ExitEndsTheStoryAndStoresNothing)
{
    for (const QString& exit : {QStringLiteral("exit"), QStringLiteral(" Exit! "),
                                QStringLiteral("종료"), QStringLiteral("salir")}) {
        auto chat = makeChat();
        chat->begin();
        ASSERT_TRUE(waitIdle(*chat));
        const int before = static_cast<int>(stored().size());
        const int rowsBefore = chat->model()->rowCount();
        QSignalSpy exitSpy(chat.get(), &ChatSession::exitRequested);
        EXPECT_TRUE(chat->send(exit));
        EXPECT_EQ(exitSpy.count(), 1) << exit.toStdString();
        EXPECT_FALSE(chat->isBusy());
        EXPECT_EQ(stored().size(), before);
        EXPECT_EQ(chat->model()->rowCount(), rowsBefore);
    }
}

TEST_F(ChatSessionTest, NewChatOnTheSameSessionResumesAtTheNextChapter)
{
    {
        auto chat = makeChat();
        chat->begin();
        ASSERT_TRUE(waitIdle(*chat));
        ASSERT_TRUE(chat->send(QStringLiteral("pirates")));
        ASSERT_TRUE(waitIdle(*chat));
        ASSERT_TRUE(chat->send(QStringLiteral("a storm maybe")));
        ASSERT_TRUE(waitIdle(*chat));
        EXPECT_EQ(chat->chapter(), 2);
    }
    const int storedBefore = static_cast<int>(stored().size());
    ASSERT_EQ(storedBefore, 5);

    auto resumed = makeChat();
    QSignalSpy progress(resumed.get(), &ChatSession::progressChanged);
    resumed->begin();
    EXPECT_FALSE(resumed->isBusy()); // no new opening
    EXPECT_TRUE(resumed->wasResumed());
    EXPECT_EQ(resumed->chapter(), 2);
    ASSERT_EQ(progress.count(), 1);
    EXPECT_EQ(progress.first().at(0).toInt(), 2);
    EXPECT_EQ(resumed->model()->rowCount(), storedBefore);
    EXPECT_EQ(stored().size(), storedBefore);
    EXPECT_TRUE(resumed->welcomeBack().contains(script.title));

    ASSERT_TRUE(resumed->send(QStringLiteral("go on")));
    ASSERT_TRUE(waitIdle(*resumed));
    const auto rows = stored();
    ASSERT_EQ(rows.size(), storedBefore + 2);
    const MessageRecord& reply = rows.last();
    EXPECT_EQ(reply.chapter, 3);
    EXPECT_TRUE(reply.content.contains(script.tellableChapters().at(2).content));
    for (int told : {0, 1})
        EXPECT_FALSE(reply.content.contains(script.tellableChapters().at(told).content));
}

TEST_F(ChatSessionTest, TellsToTheEndAndThenOnlySaysItIsOver)
{
    auto chat = makeChat();
    chat->begin();
    ASSERT_TRUE(waitIdle(*chat));
    for (int i = 1; i <= 5; ++i) {
        ASSERT_TRUE(chat->send(QStringLiteral("and then?")));
        ASSERT_TRUE(waitIdle(*chat));
        EXPECT_EQ(chat->chapter(), i);
    }
    EXPECT_TRUE(chat->isFinished());
    const QString wrapUp = stored().last().content;
    EXPECT_TRUE(wrapUp.contains(QStringLiteral("exit")));
    EXPECT_FALSE(wrapUp.contains(u'?'));

    ASSERT_TRUE(chat->send(QStringLiteral("more!")));
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_EQ(stored().last().chapter, 5);
    EXPECT_FALSE(stored().last().content.contains(QStringLiteral("Chapter")));
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST_F(ChatSessionTest, RegenerateKeepsEarlierRepliesToFlipBetween)
{
    auto chat = makeChat();
    chat->begin();
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_EQ(chat->replyVersionCount(), 1);
    now += 10;
    ASSERT_TRUE(chat->regenerateReply());
    ASSERT_TRUE(waitIdle(*chat));
    now += 10;
    ASSERT_TRUE(chat->regenerateReply());
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_EQ(chat->replyVersionCount(), 3);
    EXPECT_EQ(chat->replyVersionIndex(), 2); // the newest is shown
    QSignalSpy changed(chat.get(), &ChatSession::replyVersionChanged);
    ASSERT_TRUE(chat->showReplyVersion(-1));
    EXPECT_EQ(chat->replyVersionIndex(), 1);
    ASSERT_TRUE(chat->showReplyVersion(-1));
    EXPECT_EQ(chat->replyVersionIndex(), 0);
    EXPECT_FALSE(chat->showReplyVersion(-1));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(chat->replyVersionCount(), 3);
    // The message holds the version shown: the narrator goes on from it.
    EXPECT_EQ(stored().last().content, chat->model()->messages().last().content);
    ASSERT_TRUE(chat->send(QStringLiteral("Go on")));
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_EQ(chat->replyVersionCount(), 1); // a new reply has one version
}

class ReplyVersionsTest : public ChatSessionTest
{
};

TEST_F(ReplyVersionsTest, ChoosingAVersionSwapsItWithTheMessagesText)
{
    const auto m =
        messages->append(session.id, MessageRecord::Role::Assistant,
                         QStringLiteral("First telling"), MessageRecord::Status::Complete, 1);
    ASSERT_TRUE(m);
    ReplyVersions versions(db.connection(), clock);
    ASSERT_TRUE(versions.keep(*m));
    now += 100;
    ASSERT_TRUE(
        messages->update(m->id, QStringLiteral("Second telling"), MessageRecord::Status::Complete));
    auto all = versions.versions(m->id);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].content, QStringLiteral("First telling"));
    EXPECT_EQ(all[1].id, 0);
    ASSERT_TRUE(versions.choose(m->id, all[0].id));
    EXPECT_EQ(messages->get(m->id)->content, QStringLiteral("First telling"));
    all = versions.versions(m->id);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, 0); // still oldest first: the first telling, now the message's text
    EXPECT_EQ(all[1].content, QStringLiteral("Second telling"));
    EXPECT_EQ(versions.alternatives(m->id).size(), 1);
    EXPECT_FALSE(versions.choose(m->id, 999));
    // Deleted with their message.
    ASSERT_TRUE(sessions->remove(session.id));
    EXPECT_TRUE(versions.alternatives(m->id).isEmpty());
}

// The disk fills up or the folder turns read-only mid-story: the listener is told, what
// was saved stays saved, what they typed stays with them, the chat goes on when writes work
// again.
TEST_F(ChatSessionTest, AFullOrReadOnlyDatabaseLosesNothing)
{
    auto chat = makeChat();
    QSignalSpy errors(chat.get(), &ChatSession::errorOccurred);
    chat->begin();
    ASSERT_TRUE(waitIdle(*chat));
    ASSERT_EQ(stored().size(), 1); // the hook

    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA query_only = 1")));
    EXPECT_FALSE(chat->send(QStringLiteral("Maybe pirates?")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.last().at(0).toString().contains(QStringLiteral("could not be saved")));
    EXPECT_EQ(chat->model()->rowCount(), 1); // not shown as sent: it is still in the box
    EXPECT_FALSE(chat->isBusy());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA query_only = 0")));

    // Full: no page left for a long answer.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    EXPECT_FALSE(chat->send(QString(4000, u'x') + QStringLiteral(" pirates?")));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(stored().size(), 1); // the hook, untouched
    EXPECT_EQ(stored().first().status, Status::Complete);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));

    EXPECT_TRUE(chat->send(QStringLiteral("Maybe pirates?")));
    ASSERT_TRUE(waitIdle(*chat));
    EXPECT_EQ(stored().size(), 3);
}

} // namespace
} // namespace st
