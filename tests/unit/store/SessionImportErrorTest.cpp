// What session import refuses, and how it says so: each case names the file and the field,
// and leaves the database exactly as it was. Also what it accepts beyond what export writes.
#include "core/store/Database.h"
#include "core/store/SessionDocumentStore.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionJson.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <gtest/gtest.h>

namespace st {
namespace {

using Kind = SessionImportError::Kind;

/// A small valid session file, as export writes it.
QJsonObject validDocument()
{
    SessionDocument d;
    d.session.uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    d.session.name = QStringLiteral("Evening");
    d.session.language = QStringLiteral("en");
    d.session.provider = QStringLiteral("offline");
    d.session.createdAt = 1'714'590'123'120;
    d.session.lastUsedAt = 1'714'590'999'000;
    MessageRecord hook;
    hook.seq = 1;
    hook.role = MessageRecord::Role::Assistant;
    hook.content = QStringLiteral("Why would nine hikers cut their tent open?");
    hook.chapter = 0;
    hook.createdAt = hook.updatedAt = 1'714'590'124'000;
    MessageRecord answer = hook;
    answer.seq = 2;
    answer.role = MessageRecord::Role::User;
    answer.content = QStringLiteral("An avalanche?");
    answer.chapter = -1;
    d.messages = {hook, answer};
    return QJsonDocument::fromJson(SessionJson::write(d)).object();
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

/// validDocument() with session.\a key set to \a value (undefined: removed).
QJsonObject withSession(const QString& key, const QJsonValue& value)
{
    const QJsonObject root = validDocument();
    return with(root, QStringLiteral("session"),
                with(root.value(QStringLiteral("session")).toObject(), key, value));
}

/// validDocument() with messages[\a index].\a key set to \a value (undefined: removed).
QJsonObject withMessage(int index, const QString& key, const QJsonValue& value)
{
    const QJsonObject root = validDocument();
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    messages.replace(index, with(messages.at(index).toObject(), key, value));
    return with(root, QStringLiteral("messages"), messages);
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

class SessionImportErrorTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(db.open().ok()); }

    int rows(const QString& table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    /// Imports \a json as "night.json" and expects \a kind, nothing written, and a message
    /// that names the file and \a mentions.
    void expectRefused(const QByteArray& json, Kind kind, const QString& field = {},
                       const QString& mentions = {})
    {
        const auto result =
            SessionImporter(db.connection()).importJson(json, QStringLiteral("night.json"));
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(int(result.error.kind), int(kind)) << result.error.message().toStdString();
        EXPECT_EQ(result.error.field, field);
        const QString message = result.error.message();
        EXPECT_TRUE(message.contains(QStringLiteral("night.json "))) << message.toStdString();
        if (!field.isEmpty()) {
            EXPECT_TRUE(message.contains(QStringLiteral("“") + field + QStringLiteral("”")))
                << message.toStdString();
        }
        if (!mentions.isEmpty()) {
            EXPECT_TRUE(message.contains(mentions)) << message.toStdString();
        }
        EXPECT_EQ(result.sessionId, 0);
        EXPECT_EQ(rows(QStringLiteral("sessions")), 0);
        EXPECT_EQ(rows(QStringLiteral("messages")), 0);
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
};

TEST_F(SessionImportErrorTest, TheValidDocumentImports)
{
    const auto result = SessionImporter(db.connection()).importJson(bytes(validDocument()));
    ASSERT_TRUE(result.ok()) << result.error.message().toStdString();
    EXPECT_EQ(result.messageCount, 2);
    EXPECT_EQ(rows(QStringLiteral("messages")), 2);
}

TEST_F(SessionImportErrorTest, NotJsonNotASessionOrNewer)
{
    expectRefused("hello, world", Kind::NotJson, {}, QStringLiteral("not a JSON file"));
    expectRefused("{\"format\": \"storyteller-session\", ", Kind::NotJson);
    expectRefused("[1, 2, 3]", Kind::NotSessionFile, {},
                  QStringLiteral("not a Storyteller session"));
    expectRefused("{\"title\": \"x\"}", Kind::NotSessionFile);
    expectRefused("{\"format\": \"storyteller-script\", \"sections\": []}", Kind::NotSessionFile,
                  {}, QStringLiteral("library"));
    expectRefused(bytes(with(validDocument(), QStringLiteral("version"), 2)), Kind::NewerVersion,
                  {}, QStringLiteral("format 2"));
    expectRefused(bytes(with(validDocument(), QStringLiteral("version"), QJsonValue::Undefined)),
                  Kind::MissingField, QStringLiteral("version"));
    expectRefused(bytes(with(validDocument(), QStringLiteral("version"), QStringLiteral("1"))),
                  Kind::InvalidField, QStringLiteral("version"));
    expectRefused(bytes(with(validDocument(), QStringLiteral("version"), 0)), Kind::InvalidField,
                  QStringLiteral("version"));
    expectRefused(QByteArray(SessionJson::maxBytes + 1, ' '), Kind::TooLarge, {},
                  QStringLiteral("64 MB"));
}

// JSON that a parser reads only in part: a number beyond a double (out_of_range escaped,
// ending the app), nesting deep enough to exhaust the stack when kept (dumped) later.
TEST_F(SessionImportErrorTest, NumbersOutOfRangeAndDeepNestingAreRefused)
{
    const QByteArray valid = bytes(validDocument());
    const QByteArray big = QByteArray("{\"extra\": 1e999, ") + valid.mid(valid.indexOf('{') + 1);
    expectRefused(big, Kind::NotJson, {}, QStringLiteral("number too large"));
    const QByteArray deep = QByteArray("{\"extra\": ") + QByteArray(200000, '[') +
                            QByteArray(200000, ']') + ", " + valid.mid(valid.indexOf('{') + 1);
    expectRefused(deep, Kind::NotJson, {}, QStringLiteral("nested more than"));
}

// The messages are checked as the parser reads them (a long session is never held whole as
// a JSON tree); what is refused, and in which order, stays as if the whole file were read
// first: a fault in the session before one in the messages (which come first in this file),
// too many messages before a fault in one of them.
TEST_F(SessionImportErrorTest, MessagesCheckedAsTheyAreReadKeepTheOrderOfFaults)
{
    QJsonObject both = withMessage(1, QStringLiteral("role"), QStringLiteral("narrator"));
    QJsonObject session = both.value(QStringLiteral("session")).toObject();
    session.insert(QStringLiteral("uuid"), QStringLiteral("not-a-uuid"));
    both.insert(QStringLiteral("session"), session);
    const QByteArray file = bytes(both);
    ASSERT_LT(file.indexOf("\"messages\""), file.indexOf("\"session\""));
    expectRefused(file, Kind::InvalidField, QStringLiteral("session.uuid"));

    QByteArray many = bytes(with(validDocument(), QStringLiteral("messages"), QJsonArray()));
    QByteArray list = "\"messages\": [";
    for (int i = 0; i <= SessionJson::maxMessages; ++i)
        list += i ? ", 7" : "7";
    const qsizetype at = many.indexOf("\"messages\": [");
    ASSERT_GE(at, 0);
    many.replace(at, many.indexOf(QByteArrayView("]"), at) - at + 1, QByteArray(list + "]"));
    ASSERT_GT(many.size(), SessionJson::maxMessages * 2);
    expectRefused(many, Kind::InvalidField, QStringLiteral("messages"),
                  QString::number(SessionJson::maxMessages));

    // A syntax error after valid messages imports nothing.
    const QByteArray valid = bytes(validDocument());
    expectRefused(valid.left(valid.lastIndexOf('}')) + ", }", Kind::NotJson);
}

// The reading half runs on a worker thread (the app keeps painting while a large file is
// parsed); the database half on the connection's thread.
TEST_F(SessionImportErrorTest, AFileReadOnAWorkerThreadImportsTheSame)
{
    TempDataDir files;
    ASSERT_TRUE(files.writeFile(QStringLiteral("night.json"), bytes(validDocument())));
    QFuture<SessionJson::ReadResult> future =
        QtConcurrent::run(&SessionImporter::readFile, files.filePath(QStringLiteral("night.json")));
    const SessionJson::ReadResult read = future.result();
    ASSERT_TRUE(read.document) << read.error.message().toStdString();
    const auto result = SessionImporter(db.connection()).insert(read, QStringLiteral("night.json"));
    ASSERT_TRUE(result.ok()) << result.error.message().toStdString();
    EXPECT_EQ(result.messageCount, 2);

    const SessionJson::ReadResult missing =
        SessionImporter::readFile(files.filePath(QStringLiteral("none.json")));
    EXPECT_FALSE(missing.document);
    EXPECT_EQ(missing.error.kind, Kind::CannotRead);
    EXPECT_EQ(missing.error.file, QStringLiteral("none.json"));
}

TEST_F(SessionImportErrorTest, EveryMissingOrInvalidFieldIsNamed)
{
    const QJsonValue gone = QJsonValue::Undefined;
    const QString s = QStringLiteral("session.");
    const struct
    {
        QJsonObject document;
        Kind kind;
        QString field;
    } cases[] = {
        {with(validDocument(), QStringLiteral("session"), gone), Kind::MissingField,
         QStringLiteral("session")},
        {with(validDocument(), QStringLiteral("session"), 3), Kind::InvalidField,
         QStringLiteral("session")},
        {with(validDocument(), QStringLiteral("messages"), gone), Kind::MissingField,
         QStringLiteral("messages")},
        {with(validDocument(), QStringLiteral("messages"), QJsonObject()), Kind::InvalidField,
         QStringLiteral("messages")},
        {withSession(QStringLiteral("uuid"), gone), Kind::MissingField, s + QStringLiteral("uuid")},
        {withSession(QStringLiteral("uuid"), QStringLiteral("not-a-uuid")), Kind::InvalidField,
         s + QStringLiteral("uuid")},
        {withSession(QStringLiteral("name"), QJsonValue::Null), Kind::InvalidField,
         s + QStringLiteral("name")},
        {withSession(QStringLiteral("name"), QString(1001, u'x')), Kind::InvalidField,
         s + QStringLiteral("name")},
        {withSession(QStringLiteral("language"), QStringLiteral("English")), Kind::InvalidField,
         s + QStringLiteral("language")},
        {withSession(QStringLiteral("provider"), QStringLiteral("")), Kind::InvalidField,
         s + QStringLiteral("provider")},
        {withSession(QStringLiteral("created_at"), QStringLiteral("yesterday")), Kind::InvalidField,
         s + QStringLiteral("created_at")},
        {withSession(QStringLiteral("created_at"), QStringLiteral("2024-05-01T19:02:03")),
         Kind::InvalidField, s + QStringLiteral("created_at")},
        {withSession(QStringLiteral("created_at"), -5), Kind::InvalidField,
         s + QStringLiteral("created_at")},
        {withSession(QStringLiteral("last_used_at"), gone), Kind::MissingField,
         s + QStringLiteral("last_used_at")},
        {withSession(QStringLiteral("summary_upto_seq"), 2.5), Kind::InvalidField,
         s + QStringLiteral("summary_upto_seq")},
        {withSession(QStringLiteral("metadata"), QJsonArray()), Kind::InvalidField,
         s + QStringLiteral("metadata")},
        {withSession(QStringLiteral("forked_from"), 7), Kind::InvalidField,
         s + QStringLiteral("forked_from")},
        {withSession(QStringLiteral("script"), QStringLiteral("x")), Kind::InvalidField,
         s + QStringLiteral("script")},
        {withSession(QStringLiteral("script"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("T")}}),
         Kind::MissingField, s + QStringLiteral("script.body")},
        {withSession(QStringLiteral("script"),
                     QJsonObject{{QStringLiteral("title"), QStringLiteral("T")},
                                 {QStringLiteral("body"), QJsonObject{{QStringLiteral("a"), 1}}}}),
         Kind::InvalidField, s + QStringLiteral("script.body")},
        {withMessage(1, QStringLiteral("role"), QStringLiteral("narrator")), Kind::InvalidField,
         QStringLiteral("messages[1].role")},
        {withMessage(0, QStringLiteral("role"), gone), Kind::MissingField,
         QStringLiteral("messages[0].role")},
        {withMessage(1, QStringLiteral("status"), QStringLiteral("done")), Kind::InvalidField,
         QStringLiteral("messages[1].status")},
        {withMessage(1, QStringLiteral("content"), 42), Kind::InvalidField,
         QStringLiteral("messages[1].content")},
        {withMessage(1, QStringLiteral("seq"), 1), Kind::InvalidField,
         QStringLiteral("messages[1].seq")},
        {withMessage(0, QStringLiteral("seq"), 0), Kind::InvalidField,
         QStringLiteral("messages[0].seq")},
        {withMessage(0, QStringLiteral("chapter"), QStringLiteral("1")), Kind::InvalidField,
         QStringLiteral("messages[0].chapter")},
        {withMessage(0, QStringLiteral("prompt_tokens"), -1), Kind::InvalidField,
         QStringLiteral("messages[0].prompt_tokens")},
        {withMessage(0, QStringLiteral("completion_tokens"), 1e12), Kind::InvalidField,
         QStringLiteral("messages[0].completion_tokens")},
        {withMessage(1, QStringLiteral("created_at"), gone), Kind::MissingField,
         QStringLiteral("messages[1].created_at")},
        {withMessage(1, QStringLiteral("alternatives"), QJsonObject()), Kind::InvalidField,
         QStringLiteral("messages[1].alternatives")},
        {withMessage(1, QStringLiteral("alternatives"), QJsonArray{1}), Kind::InvalidField,
         QStringLiteral("messages[1].alternatives[0]")},
        {withMessage(0, QStringLiteral("alternatives"),
                     QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("x")},
                                            {QStringLiteral("written_at"), 5}}}),
         Kind::MissingField, QStringLiteral("messages[0].alternatives[0].status")},
        {withMessage(
             0, QStringLiteral("alternatives"),
             QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("x")},
                                    {QStringLiteral("status"), QStringLiteral("complete")},
                                    {QStringLiteral("written_at"), QStringLiteral("soon")}}}),
         Kind::InvalidField, QStringLiteral("messages[0].alternatives[0].written_at")},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.field.toStdString());
        expectRefused(bytes(c.document), c.kind, c.field);
    }
    QJsonObject root = validDocument();
    root.insert(QStringLiteral("messages"), QJsonArray{QStringLiteral("hello")});
    expectRefused(bytes(root), Kind::InvalidField, QStringLiteral("messages[0]"));
}

TEST_F(SessionImportErrorTest, FilesThatCannotBeReadAreSaidSo)
{
    SessionImporter importer(db.connection());
    const auto missing = importer.importFile(dir.filePath(QStringLiteral("nothing.json")));
    EXPECT_EQ(missing.error.kind, Kind::CannotRead);
    EXPECT_TRUE(
        missing.error.message().startsWith(QStringLiteral("nothing.json could not be read")))
        << missing.error.message().toStdString();
    const auto folder = importer.importFile(dir.path());
    EXPECT_EQ(folder.error.kind, Kind::CannotRead);
    ASSERT_TRUE(dir.writeFile(QStringLiteral("empty.json"), QByteArray()));
    EXPECT_EQ(importer.importFile(dir.filePath(QStringLiteral("empty.json"))).error.kind,
              Kind::NotJson);
    EXPECT_EQ(rows(QStringLiteral("sessions")), 0);
}

TEST_F(SessionImportErrorTest, ADatabaseFailureImportsNothing)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("CREATE TRIGGER refuse_second BEFORE INSERT ON messages "
                              "WHEN NEW.seq = 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    expectRefused(bytes(validDocument()), Kind::Database, {}, QStringLiteral("disk full"));
    // The connection is usable afterwards: no transaction was left open.
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_second")));

    // The last thing written, a reply version, fails: the session and messages go too.
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_version BEFORE INSERT ON "
                                      "message_alternatives BEGIN SELECT RAISE(ABORT, 'full'); "
                                      "END")));
    const QJsonObject withVersion =
        withMessage(1, QStringLiteral("alternatives"),
                    QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("before")},
                                           {QStringLiteral("status"), QStringLiteral("complete")},
                                           {QStringLiteral("written_at"), 5}}});
    expectRefused(bytes(withVersion), Kind::Database, {}, QStringLiteral("full"));
    EXPECT_EQ(rows(QStringLiteral("message_alternatives")), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER refuse_version")));
    EXPECT_TRUE(SessionImporter(db.connection()).importJson(bytes(withVersion)).ok());
    EXPECT_EQ(rows(QStringLiteral("message_alternatives")), 1);
}

TEST_F(SessionImportErrorTest, AcceptsWhatALaterOrHandWrittenFileMayHold)
{
    QJsonObject root = withMessage(
        0, QStringLiteral("alternatives"),
        QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("an earlier reply")},
                               {QStringLiteral("status"), QStringLiteral("streaming")},
                               {QStringLiteral("written_at"), 1'714'590'100'000.0}}});
    QJsonObject session = root.value(QStringLiteral("session")).toObject();
    session.insert(QStringLiteral("created_at"), QStringLiteral("2024-05-02T04:02:03.120+09:00"));
    session.insert(QStringLiteral("last_used_at"), 1'714'590'999'000.0); // ms, as a number
    session.remove(QStringLiteral("provider"));
    session.remove(QStringLiteral("metadata"));
    session.remove(QStringLiteral("summary"));
    session.insert(QStringLiteral("future_field"), true);
    root.insert(QStringLiteral("session"), session);
    QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QJsonObject answer = messages.at(1).toObject();
    for (const QString& key : {QStringLiteral("chapter"), QStringLiteral("updated_at"),
                               QStringLiteral("alternatives"), QStringLiteral("original")})
        answer.remove(key);
    answer.insert(QStringLiteral("status"), QStringLiteral("streaming"));
    messages.replace(1, answer);
    root.insert(QStringLiteral("messages"), messages);

    const auto result = SessionImporter(db.connection()).importJson(bytes(root));
    ASSERT_TRUE(result.ok()) << result.error.message().toStdString();
    const auto document = SessionDocumentStore(db.connection()).load(result.sessionId);
    ASSERT_TRUE(document);
    const auto versions = document->alternatives.value(1);
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].content, QStringLiteral("an earlier reply"));
    EXPECT_EQ(versions[0].status, MessageRecord::Status::Interrupted);
    EXPECT_EQ(versions[0].chapter, -1);
    EXPECT_EQ(versions[0].promptTokens, -1);
    EXPECT_EQ(versions[0].writtenAt, 1'714'590'100'000);
    EXPECT_EQ(document->session.createdAt, 1'714'590'123'120);
    EXPECT_EQ(document->session.lastUsedAt, 1'714'590'999'000);
    EXPECT_EQ(document->session.provider, QStringLiteral("offline"));
    EXPECT_EQ(document->metadata, QStringLiteral("{}"));
    const MessageRecord& m = document->messages.at(1);
    EXPECT_EQ(m.status, MessageRecord::Status::Interrupted);
    EXPECT_EQ(m.chapter, -1);
    EXPECT_EQ(m.updatedAt, m.createdAt);
}

} // namespace
} // namespace st
