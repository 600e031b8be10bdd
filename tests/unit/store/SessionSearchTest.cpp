// Session search over a real database file: the four languages, accents and case, short
// words, snippets, title hits, the index kept in step with streaming replies, translations,
// forks, reply versions and deleted sessions, odd input, the order of results.
#include "core/store/SessionSearch.h"

#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

class SessionSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        sessions = std::make_unique<SessionStore>(db.connection(), [this] { return ++now; });
        messages = std::make_unique<MessageStore>(db.connection(), [this] { return ++now; });
        search = std::make_unique<SessionSearch>(db.connection());
    }

    qint64 addSession(const QString& name, const QString& story = QString())
    {
        const auto s = sessions->create(name, QStringLiteral("en"));
        EXPECT_TRUE(s.has_value());
        if (!s)
            return 0;
        if (!story.isEmpty())
            exec(QStringLiteral("UPDATE sessions SET script_title = :v WHERE id = :id"), story,
                 s->id);
        return s->id;
    }

    qint64 say(qint64 session, const QString& text, Role role = Role::Assistant,
               Status status = Status::Complete)
    {
        const auto m = messages->append(session, role, text, status, 1);
        EXPECT_TRUE(m.has_value()) << messages->lastError().toStdString();
        return m ? m->id : 0;
    }

    void exec(const QString& sql, const QVariant& value = {}, qint64 id = 0)
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.prepare(sql));
        if (value.isValid())
            q.bindValue(QStringLiteral(":v"), value);
        if (id)
            q.bindValue(QStringLiteral(":id"), id);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }

    QVector<qint64> found(const QString& query, int limit = 50)
    {
        QVector<qint64> ids;
        for (const SearchResult& r : search->search(query, limit))
            ids.append(r.messageId);
        EXPECT_TRUE(search->lastError().isEmpty()) << search->lastError().toStdString();
        return ids;
    }

    SearchResult first(const QString& query)
    {
        const auto results = search->search(query);
        EXPECT_FALSE(results.isEmpty()) << query.toStdString();
        return results.value(0);
    }

    static QString marked(const SearchResult& r, int i = 0)
    {
        if (i >= r.matches.size())
            return {};
        return r.snippet.mid(r.matches.at(i).start, r.matches.at(i).length);
    }

    bool indexIsSound()
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral(
                   "INSERT INTO message_search (message_search) VALUES ('integrity-check')")) &&
               q.exec(QStringLiteral("INSERT INTO message_search_pairs (message_search_pairs) "
                                     "VALUES ('integrity-check')")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO session_search (session_search) VALUES ('integrity-check')"));
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 1000;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<SessionSearch> search;
};

TEST_F(SessionSearchTest, FindsAKoreanWordInsideALongerWord)
{
    const qint64 s = addSession(QStringLiteral("바다 이야기"));
    const qint64 m =
        say(s, QStringLiteral("선장은 아무 말 없이 구명보트가 사라진 갑판을 바라보았다."));
    say(s, QStringLiteral("바다는 조용했다."));
    EXPECT_EQ(found(QStringLiteral("선장")), QVector<qint64>{m});     // two syllables: the pairs
    EXPECT_EQ(found(QStringLiteral("구명보트")), QVector<qint64>{m}); // trigrams, in 구명보트가
    EXPECT_EQ(found(QStringLiteral("선장 갑판")), QVector<qint64>{m});
    const SearchResult r = first(QStringLiteral("선장"));
    EXPECT_EQ(r.sessionId, s);
    EXPECT_EQ(r.sessionName, QStringLiteral("바다 이야기"));
    EXPECT_EQ(marked(r), QStringLiteral("선장"));
    EXPECT_TRUE(r.snippet.startsWith(QStringLiteral("선장은 아무")));
    EXPECT_TRUE(found(QStringLiteral("선장님")).isEmpty());
}

TEST_F(SessionSearchTest, FindsAJapaneseWordWithoutSpaces)
{
    const qint64 s = addSession(QStringLiteral("夜の話"));
    const qint64 m = say(s, QStringLiteral("灯台守は島に住んでいた。ある朝、誰もいなかった。"));
    const qint64 other = say(s, QStringLiteral("船は霧の中で見つかった。"));
    EXPECT_EQ(found(QStringLiteral("灯台")), QVector<qint64>{m});   // two characters
    EXPECT_EQ(found(QStringLiteral("灯台守")), QVector<qint64>{m}); // three: trigrams
    EXPECT_EQ(found(QStringLiteral("島")), QVector<qint64>{m});     // one: a term of the pairs
    const qint64 whale = say(s, QStringLiteral("海の大きな鯨"));
    EXPECT_EQ(found(QStringLiteral("鯨")), QVector<qint64>{whale}); // the last character
    EXPECT_EQ(found(QStringLiteral("見つか")), QVector<qint64>{other});
    EXPECT_EQ(found(QStringLiteral("ｶﾞ")).size(), 0);
    const SearchResult r = first(QStringLiteral("島"));
    EXPECT_EQ(marked(r), QStringLiteral("島"));
    EXPECT_EQ(r.storyTitle, QString());
}

TEST_F(SessionSearchTest, FindsAnEnglishWordWhateverItsCase)
{
    const qint64 s = addSession(QStringLiteral("Evening"));
    const qint64 m =
        say(s, QStringLiteral("The Captain found the ship drifting, with no one aboard."));
    say(s, QStringLiteral("Who would leave a ship like that?"), Role::User);
    EXPECT_EQ(found(QStringLiteral("captain")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("CAPTAIN")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("drift")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("ship")).size(), 2);
    EXPECT_EQ(found(QStringLiteral("captain leave")).size(), 0); // every word must occur
    const SearchResult r = first(QStringLiteral("captain"));
    EXPECT_EQ(r.role, Role::Assistant);
    EXPECT_EQ(marked(r), QStringLiteral("Captain"));
    EXPECT_GT(r.date, 0);
}

TEST_F(SessionSearchTest, FindsASpanishWordWithOrWithoutAccents)
{
    const qint64 s = addSession(QStringLiteral("Noche"));
    const qint64 m =
        say(s, QStringLiteral("El capitán encontró el barco a la deriva en el Atlántico."));
    const qint64 cafe = say(s, QStringLiteral("Tomaron cafe con el niño."), Role::User);
    EXPECT_EQ(found(QStringLiteral("capitán")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("capitan")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("ATLANTICO")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("café")), QVector<qint64>{cafe});
    EXPECT_EQ(found(QStringLiteral("nino")), QVector<qint64>{cafe});
    const SearchResult r = first(QStringLiteral("atlantico"));
    EXPECT_EQ(marked(r), QStringLiteral("Atlántico")); // marked in the text as written
}

TEST_F(SessionSearchTest, ShortWordsInAnyScriptAreFound)
{
    const qint64 s = addSession(QStringLiteral("Noche"));
    const qint64 m = say(s, QStringLiteral("Él vio el barco."));
    say(s, QStringLiteral("Nothing."));
    EXPECT_EQ(found(QStringLiteral("el")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("vi")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("x")).size(), 0);
    EXPECT_EQ(first(QStringLiteral("EL")).relevance, 3);
    // Not letters or digits: scanned.
    const qint64 odd = say(s, QStringLiteral("It cost €5 😀"));
    EXPECT_EQ(found(QStringLiteral("€5")), QVector<qint64>{odd});
    EXPECT_EQ(found(QStringLiteral("😀")), QVector<qint64>{odd});
}

TEST_F(SessionSearchTest, SnippetShowsTheMatchInContext)
{
    const qint64 s = addSession(QStringLiteral("Long"));
    QString text;
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("The sea was grey and the wind was cold. ");
    text += QStringLiteral("Then the\n\nLIGHTHOUSE went dark. ");
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("Nobody knew why. ");
    say(s, text);
    const SearchResult r = first(QStringLiteral("lighthouse"));
    EXPECT_TRUE(r.snippet.startsWith(QChar(0x2026)));
    EXPECT_TRUE(r.snippet.endsWith(QChar(0x2026)));
    EXPECT_FALSE(r.snippet.contains(QLatin1Char('\n')));
    EXPECT_TRUE(r.snippet.contains(QStringLiteral("Then the LIGHTHOUSE went dark.")));
    ASSERT_EQ(r.matches.size(), 1);
    EXPECT_EQ(marked(r), QStringLiteral("LIGHTHOUSE"));
    EXPECT_LT(r.snippet.size(), 200);
}

TEST_F(SessionSearchTest, FindsSessionNamesAndStoryTitles)
{
    const qint64 a =
        addSession(QStringLiteral("Evening at sea"), QStringLiteral("The Mary Celeste"));
    const qint64 b = addSession(QStringLiteral("Morning"), QStringLiteral("Roanoke"));
    const qint64 m = say(
        b, QStringLiteral("The colonists left a word carved in a post: Croatoan. Evening came."));
    auto results = search->search(QStringLiteral("celeste"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().isTitleHit());
    EXPECT_EQ(results.first().sessionId, a);
    EXPECT_EQ(results.first().storyTitle, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(marked(results.first()), QStringLiteral("Celeste"));

    // The title match comes before the same match in a message.
    results = search->search(QStringLiteral("evening"));
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).sessionId, a);
    EXPECT_EQ(results.at(0).messageId, 0);
    EXPECT_EQ(results.at(0).snippet, QStringLiteral("Evening at sea"));
    EXPECT_EQ(results.at(1).messageId, m);

    // Renamed: found by the new name only.
    exec(QStringLiteral("UPDATE sessions SET name = :v WHERE id = :id"), QStringLiteral("Nuit"), a);
    EXPECT_EQ(search->search(QStringLiteral("evening")).size(), 1);
    EXPECT_EQ(first(QStringLiteral("nuit")).sessionId, a);
    EXPECT_EQ(first(QStringLiteral("nu")).sessionId, a); // short: scanned
    EXPECT_TRUE(indexIsSound());
}

TEST_F(SessionSearchTest, StreamingRepliesAreSearchableAsTheyGrow)
{
    const qint64 s = addSession(QStringLiteral("Live"));
    const qint64 m = say(s, QStringLiteral("The lighthouse"), Role::Assistant, Status::Streaming);
    EXPECT_EQ(found(QStringLiteral("lighthouse")), QVector<qint64>{m});
    EXPECT_TRUE(found(QStringLiteral("vanished")).isEmpty());
    ASSERT_TRUE(messages->update(m, QStringLiteral("The lighthouse keeper vanished, 선장도"),
                                 Status::Streaming));
    EXPECT_EQ(found(QStringLiteral("vanished")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("선장")), QVector<qint64>{m});
    // Retold: what is no longer there is no longer found.
    ASSERT_TRUE(messages->update(m, QStringLiteral("The keeper stayed."), Status::Complete));
    EXPECT_TRUE(found(QStringLiteral("vanished")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("선장")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("stayed")), QVector<qint64>{m});
    // Usage and status changes leave the index alone; the index stays sound throughout.
    ASSERT_TRUE(messages->setUsage(m, 10, 20));
    EXPECT_EQ(found(QStringLiteral("stayed")), QVector<qint64>{m});
    EXPECT_TRUE(indexIsSound());
}

TEST_F(SessionSearchTest, TranslatedAnswersAreFoundByWhatWasWritten)
{
    const qint64 s = addSession(QStringLiteral("Traducción"));
    const qint64 m = say(s, QStringLiteral("I think the crew left in a hurry."), Role::User);
    ASSERT_TRUE(messages->setTranslation(m, QStringLiteral("I think the crew left in a hurry."),
                                         QStringLiteral("Creo que la tripulación se fue deprisa."),
                                         QStringLiteral("es")));
    EXPECT_EQ(found(QStringLiteral("tripulacion")), QVector<qint64>{m});
    EXPECT_EQ(marked(first(QStringLiteral("tripulacion"))), QStringLiteral("tripulación"));
    EXPECT_EQ(found(QStringLiteral("crew")), QVector<qint64>{m});
}

TEST_F(SessionSearchTest, DeletedSessionsAreGone)
{
    const qint64 gone = addSession(QStringLiteral("Ghost ship"));
    say(gone, QStringLiteral("The phantom vessel 유령선 appeared."));
    const qint64 kept = addSession(QStringLiteral("Harbour"));
    const qint64 m = say(kept, QStringLiteral("A phantom light in the harbour."));
    ASSERT_EQ(found(QStringLiteral("phantom")).size(), 2);
    exec(QStringLiteral("DELETE FROM sessions WHERE id = :id"), {}, gone);
    EXPECT_EQ(found(QStringLiteral("phantom")), QVector<qint64>{m});
    EXPECT_TRUE(found(QStringLiteral("유령")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("ghost")).isEmpty());
    EXPECT_TRUE(indexIsSound());
}

TEST_F(SessionSearchTest, OddInputIsSearchedForAsItIs)
{
    const qint64 s = addSession(QStringLiteral("Quotes"));
    const qint64 m = say(
        s, QStringLiteral("He wrote \"hello-world\" (twice) AND left; a*b NEAR the O'Brien's."));
    say(s, QStringLiteral("Something else entirely."));
    const QStringList odd = {QStringLiteral("\""),
                             QStringLiteral("\"\""),
                             QStringLiteral("\"hello"),
                             QStringLiteral("(twice"),
                             QStringLiteral("twice)"),
                             QStringLiteral("AND"),
                             QStringLiteral("OR"),
                             QStringLiteral("NOT"),
                             QStringLiteral("NEAR("),
                             QStringLiteral("a*b"),
                             QStringLiteral("*"),
                             QStringLiteral("-"),
                             QStringLiteral("-left"),
                             QStringLiteral("^he"),
                             QStringLiteral("o'brien's"),
                             QStringLiteral("'"),
                             QStringLiteral("{wrote}"),
                             QStringLiteral("wrote:"),
                             QStringLiteral("text:wrote"),
                             QStringLiteral("\\"),
                             QStringLiteral("%"),
                             QStringLiteral("_"),
                             QStringLiteral("' OR 1=1 --"),
                             QStringLiteral("hello-world"),
                             QStringLiteral("\"hello-world\""),
                             QStringLiteral("\t\n"),
                             QString(QChar(0)) + QStringLiteral("wrote"),
                             QStringLiteral("😀"),
                             QString(2000, QLatin1Char('x'))};
    for (const QString& q : odd) {
        search->search(q);
        EXPECT_TRUE(search->lastError().isEmpty())
            << q.toStdString() << ": " << search->lastError().toStdString();
    }
    EXPECT_EQ(found(QStringLiteral("\"hello-world\"")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("(twice)")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("AND")), QVector<qint64>{m}); // the word, not an operator
    EXPECT_EQ(found(QStringLiteral("a*b")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("O'BRIEN")), QVector<qint64>{m});
    EXPECT_EQ(found(QStringLiteral("-left")), QVector<qint64>{m});
    EXPECT_TRUE(found(QStringLiteral("' OR 1=1 --")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("\"")).isEmpty());
    EXPECT_TRUE(found(QString()).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(search->search(QStringLiteral("wrote"), 0).isEmpty());
}

TEST_F(SessionSearchTest, BestMatchesFirstThenTheNewest)
{
    const qint64 s = addSession(QStringLiteral("Order"));
    const qint64 inside = say(s, QStringLiteral("A lightship rocked."));
    const qint64 oldWhole = say(s, QStringLiteral("The ship was empty."));
    const qint64 start = say(s, QStringLiteral("A shipwreck, they said."));
    const qint64 newWhole = say(s, QStringLiteral("Another ship came."));
    EXPECT_EQ(found(QStringLiteral("ship")), (QVector<qint64>{newWhole, oldWhole, start, inside}));
    EXPECT_EQ(found(QStringLiteral("ship"), 2), (QVector<qint64>{newWhole, oldWhole}));
}

TEST_F(SessionSearchTest, ForksAndChosenReplyVersionsAreSearchable)
{
    const qint64 s = addSession(QStringLiteral("Original"));
    const qint64 first = say(s, QStringLiteral("The lighthouse keeper counted the gulls."));
    say(s, QStringLiteral("Then came the fog."));
    const auto fork = sessions->fork(s, first, QStringLiteral("Branch"));
    ASSERT_TRUE(fork.has_value()) << sessions->lastError().toStdString();
    auto results = search->search(QStringLiteral("gulls"));
    ASSERT_EQ(results.size(), 2); // the original's message and its copy in the fork
    EXPECT_NE(results.at(0).sessionId, results.at(1).sessionId);
    EXPECT_EQ(search->search(QStringLiteral("fog")).size(), 1);

    // Regenerated: the earlier version is kept aside; whichever is chosen is what is found.
    const qint64 reply = say(s, QStringLiteral("A whale surfaced."));
    ReplyVersions versions(db.connection(), [this] { return ++now; });
    ASSERT_TRUE(versions.keep(*messages->get(reply)));
    ASSERT_TRUE(messages->update(reply, QStringLiteral("A storm rolled in."), Status::Complete));
    EXPECT_TRUE(found(QStringLiteral("whale")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("storm")), QVector<qint64>{reply});
    const auto all = versions.versions(reply);
    ASSERT_EQ(all.size(), 2);
    ASSERT_TRUE(versions.choose(reply, all.first().id)); // back to the whale
    EXPECT_EQ(found(QStringLiteral("whale")), QVector<qint64>{reply});
    EXPECT_TRUE(found(QStringLiteral("storm")).isEmpty());
    EXPECT_TRUE(indexIsSound());
}

TEST_F(SessionSearchTest, SystemMessagesAreNotSearched)
{
    const qint64 s = addSession(QStringLiteral("Rules"));
    say(s, QStringLiteral("You are the narrator."), Role::System);
    EXPECT_TRUE(found(QStringLiteral("narrator")).isEmpty());
}

TEST_F(SessionSearchTest, ManyMatchesAreRankedAmongTheNewest)
{
    const qint64 s = addSession(QStringLiteral("Many"));
    for (int i = 0; i < SessionSearch::kCandidates + 50; ++i)
        say(s, QStringLiteral("wave number %1").arg(i));
    const auto results = search->search(QStringLiteral("wave"), 10);
    ASSERT_EQ(results.size(), 10);
    EXPECT_TRUE(results.first().snippet.endsWith(QString::number(SessionSearch::kCandidates + 49)));
}

} // namespace
} // namespace st
