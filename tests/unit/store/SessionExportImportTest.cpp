// Session export as JSON and import, on real SQLite files in temp folders: a session with
// every kind of message (SessionExportFixture) goes out as JSON, comes back into a fresh
// database field for field, and exports again to the very same document.
#include "core/library/ScriptLibrary.h"
#include "core/store/MessageStore.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionDocumentStore.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionStore.h"
#include "support/QtPrinters.h"
#include "unit/store/SessionExportFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;
using Format = SessionExporter::Format;

class SessionExportImportTest : public SessionExportFixture
{
};

TEST_F(SessionExportImportTest, ExportImportRoundTripRestoresEveryField)
{
    const QString path = exportTo(source, sessionId, Format::Json, QStringLiteral("evening.json"));
    ASSERT_EQ(path, files.filePath(QStringLiteral("evening.json")));
    const SessionImporter::Result imported = SessionImporter(target.connection()).importFile(path);
    ASSERT_TRUE(imported.ok()) << imported.error.message().toStdString();
    EXPECT_FALSE(imported.renamed);
    EXPECT_EQ(imported.messageCount, 8);

    const auto before = SessionDocumentStore(source.connection()).load(sessionId);
    const auto after = SessionDocumentStore(target.connection()).load(imported.sessionId);
    ASSERT_TRUE(before && after);
    const SessionRecord& a = before->session;
    const SessionRecord& b = after->session;
    EXPECT_EQ(b.uuid, a.uuid);
    EXPECT_EQ(imported.uuid, a.uuid);
    EXPECT_EQ(b.name, a.name);
    EXPECT_EQ(imported.name, a.name);
    EXPECT_EQ(b.language, QStringLiteral("ko"));
    EXPECT_EQ(b.scriptTitle, a.scriptTitle);
    EXPECT_EQ(b.scriptBody, a.scriptBody); // byte for byte
    EXPECT_EQ(b.scriptId, 0);              // the target's library does not have it
    EXPECT_EQ(b.provider, QStringLiteral("openai"));
    EXPECT_EQ(b.createdAt, a.createdAt);
    EXPECT_EQ(b.lastUsedAt, a.lastUsedAt);
    EXPECT_EQ(b.messageCount, 8);
    EXPECT_EQ(b.summary, a.summary);
    EXPECT_EQ(b.summaryUptoSeq, 4);
    EXPECT_EQ(after->model, QStringLiteral("qwen2.5:7b"));
    EXPECT_EQ(after->metadata, before->metadata);
    EXPECT_TRUE(b.titleByUser); // kept in the metadata
    EXPECT_EQ(b.chapterReached, a.chapterReached);
    EXPECT_TRUE(after->forkedFromUuid.isEmpty());

    ASSERT_EQ(after->messages.size(), before->messages.size());
    for (int i = 0; i < before->messages.size(); ++i) {
        SCOPED_TRACE(i);
        const MessageRecord& x = before->messages.at(i);
        const MessageRecord& y = after->messages.at(i);
        EXPECT_EQ(y.sessionId, imported.sessionId);
        EXPECT_EQ(y.seq, x.seq);
        EXPECT_EQ(y.role, x.role);
        EXPECT_EQ(y.content, x.content);
        EXPECT_EQ(y.status, x.status);
        EXPECT_EQ(y.chapter, x.chapter);
        EXPECT_EQ(y.createdAt, x.createdAt);
        EXPECT_EQ(y.updatedAt, x.updatedAt);
        EXPECT_EQ(y.promptTokens, x.promptTokens);
        EXPECT_EQ(y.completionTokens, x.completionTokens);
        EXPECT_EQ(y.original, x.original);
        EXPECT_EQ(y.originalLanguage, x.originalLanguage);
    }
    ASSERT_EQ(after->alternatives.size(), 1);
    const auto versionsBefore = before->alternatives.value(3);
    const auto versionsAfter =
        ReplyVersions(target.connection()).alternatives(after->messages.at(2).id);
    ASSERT_EQ(versionsBefore.size(), 2);
    ASSERT_EQ(versionsAfter.size(), 2);
    for (int i = 0; i < 2; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(versionsAfter[i].content, versionsBefore[i].content);
        EXPECT_EQ(versionsAfter[i].status, versionsBefore[i].status);
        EXPECT_EQ(versionsAfter[i].chapter, 1);
        EXPECT_EQ(versionsAfter[i].promptTokens, versionsBefore[i].promptTokens);
        EXPECT_EQ(versionsAfter[i].completionTokens, versionsBefore[i].completionTokens);
        EXPECT_EQ(versionsAfter[i].writtenAt, versionsBefore[i].writtenAt);
    }
    EXPECT_EQ(versionsAfter[0].promptTokens, 1'400);
    EXPECT_EQ(versionsAfter[1].status, Status::Interrupted);
    const QVector<MessageRecord>& m = after->messages;
    EXPECT_EQ(m.at(5).seq, 7); // the gap left by the deleted message is kept
    EXPECT_EQ(m.at(1).original, QStringLiteral("雪崩のせいでしょうか？😀"));
    EXPECT_EQ(m.at(2).promptTokens, 1'530);
    EXPECT_EQ(m.at(5).status, Status::Interrupted);
    EXPECT_EQ(m.at(7).status, Status::Error);
    EXPECT_TRUE(m.at(7).content.isEmpty());
    EXPECT_EQ(m.at(4).role, Role::System);

    // Exporting the imported session gives the same document, byte for byte.
    const QString again =
        exportTo(target, imported.sessionId, Format::Json, QStringLiteral("again.json"));
    EXPECT_EQ(files.readFile(QStringLiteral("again.json")),
              files.readFile(QStringLiteral("evening.json")));
    EXPECT_FALSE(again.isEmpty());
}

TEST_F(SessionExportImportTest, TheJsonHasTheDocumentedShape)
{
    QString error;
    const auto bytes = SessionExporter(source.connection()).render(sessionId, Format::Json, &error);
    ASSERT_TRUE(bytes) << error.toStdString();
    const QJsonObject root = jsonOf(*bytes);
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(),
              QStringLiteral("storyteller-session"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject session = root.value(QStringLiteral("session")).toObject();
    EXPECT_EQ(session.value(QStringLiteral("created_at")).toString(),
              QStringLiteral("2024-05-01T19:02:03.120Z"));
    EXPECT_EQ(session.value(QStringLiteral("model")).toString(), QStringLiteral("qwen2.5:7b"));
    EXPECT_TRUE(session.value(QStringLiteral("forked_from")).isNull());
    EXPECT_EQ(session.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("voice")),
              QStringLiteral("alloy"));
    const QJsonObject script = session.value(QStringLiteral("script")).toObject();
    EXPECT_EQ(script.value(QStringLiteral("title")).toString(),
              QStringLiteral("디아틀로프 고개 사건"));
    ASSERT_TRUE(script.value(QStringLiteral("body")).isObject()); // an object, not a string
    EXPECT_EQ(script.value(QStringLiteral("body")).toObject().value(QStringLiteral("format")),
              QStringLiteral("storyteller-script"));
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 8);
    const QJsonObject hook = messages.at(0).toObject();
    EXPECT_EQ(hook.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    EXPECT_EQ(hook.value(QStringLiteral("chapter")).toInt(), 0);
    EXPECT_EQ(hook.value(QStringLiteral("prompt_tokens")).toInt(), 812);
    EXPECT_EQ(hook.value(QStringLiteral("completion_tokens")).toInt(), 64);
    EXPECT_TRUE(hook.value(QStringLiteral("original")).isNull());
    EXPECT_TRUE(hook.value(QStringLiteral("alternatives")).isArray());
    const QJsonObject answer = messages.at(1).toObject();
    EXPECT_TRUE(answer.value(QStringLiteral("chapter")).isNull());
    EXPECT_TRUE(answer.value(QStringLiteral("prompt_tokens")).isNull());
    EXPECT_EQ(answer.value(QStringLiteral("original_language")).toString(), QStringLiteral("ja"));
    EXPECT_EQ(messages.at(5).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("interrupted"));
    const QJsonArray versions =
        messages.at(2).toObject().value(QStringLiteral("alternatives")).toArray();
    ASSERT_EQ(versions.size(), 2);
    const QJsonObject oldest = versions.at(0).toObject();
    EXPECT_EQ(oldest.value(QStringLiteral("content")).toString(),
              QStringLiteral("첫 번째 이야기 📜\n\n두 줄"));
    EXPECT_EQ(oldest.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    EXPECT_EQ(oldest.value(QStringLiteral("chapter")).toInt(), 1);
    EXPECT_EQ(oldest.value(QStringLiteral("prompt_tokens")).toInt(), 1'400);
    const auto stored = SessionDocumentStore(source.connection()).load(sessionId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(
        oldest.value(QStringLiteral("written_at")).toString(),
        QDateTime::fromMSecsSinceEpoch(stored->alternatives.value(3).value(0).writtenAt, Qt::UTC)
            .toString(Qt::ISODateWithMs));
    EXPECT_TRUE(versions.at(1).toObject().value(QStringLiteral("prompt_tokens")).isNull());
    EXPECT_TRUE(bytes->endsWith("}\n"));
    EXPECT_TRUE(bytes->contains("이야기")); // UTF-8 as it is, not \u escapes
}

TEST_F(SessionExportImportTest, AnExistingUuidImportsAsANewRenamedSession)
{
    const QString path = exportTo(source, sessionId, Format::Json, QStringLiteral("evening.json"));
    const SessionImporter::Result copy = SessionImporter(source.connection()).importFile(path);
    ASSERT_TRUE(copy.ok()) << copy.error.message().toStdString();
    EXPECT_TRUE(copy.renamed);
    EXPECT_NE(copy.sessionId, sessionId);
    EXPECT_EQ(copy.name, QStringLiteral("Evening 🌙 이야기 (imported)"));
    SessionStore sessions(source.connection());
    const auto original = sessions.get(sessionId);
    const auto renamed = sessions.get(copy.sessionId);
    ASSERT_TRUE(original && renamed);
    EXPECT_EQ(original->name, QStringLiteral("Evening 🌙 이야기")); // never overwritten
    EXPECT_EQ(original->messageCount, 8);
    EXPECT_EQ(renamed->name, copy.name);
    EXPECT_EQ(renamed->uuid, copy.uuid);
    EXPECT_NE(renamed->uuid, original->uuid);
    EXPECT_EQ(renamed->uuid.size(), 36);
    EXPECT_EQ(renamed->scriptId, original->scriptId); // the library script, found by its body
    EXPECT_EQ(countRows(source.connection(), QStringLiteral("messages")), 16);

    // Its export is the original document but for the uuid and the name.
    const QString again = exportTo(source, copy.sessionId, Format::Json, QStringLiteral("c.json"));
    QJsonObject first = jsonOf(files.readFile(QStringLiteral("evening.json")));
    QJsonObject second = jsonOf(files.readFile(QStringLiteral("c.json")));
    QJsonObject s1 = first.value(QStringLiteral("session")).toObject();
    QJsonObject s2 = second.value(QStringLiteral("session")).toObject();
    EXPECT_EQ(s2.value(QStringLiteral("uuid")).toString(), copy.uuid);
    EXPECT_EQ(s2.value(QStringLiteral("name")).toString(), copy.name);
    for (const QString& key : {QStringLiteral("uuid"), QStringLiteral("name")}) {
        s1.remove(key);
        s2.remove(key);
    }
    first.insert(QStringLiteral("session"), s1);
    second.insert(QStringLiteral("session"), s2);
    EXPECT_EQ(first, second);

    // A second import of the same file is one more session, renamed again.
    const auto third = SessionImporter(source.connection()).importFile(path);
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(third.renamed);
    EXPECT_NE(third.uuid, copy.uuid);
    EXPECT_EQ(countRows(source.connection(), QStringLiteral("sessions")), 3);
}

TEST_F(SessionExportImportTest, ImportLinksTheLibraryScriptAndTheParentSessionItHas)
{
    SessionStore sessions(source.connection());
    const auto child = sessions.create(QStringLiteral("Fork"), QStringLiteral("ko"));
    ASSERT_TRUE(child);
    QSqlQuery q(source.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE sessions SET forked_from = %1 WHERE id = %2")
                           .arg(sessionId)
                           .arg(child->id)));
    const QString parentFile = exportTo(source, sessionId, Format::Json, QStringLiteral("p.json"));
    const QString childFile = exportTo(source, child->id, Format::Json, QStringLiteral("c.json"));

    // Without its parent in the target, the fork imports unlinked.
    const auto orphan = SessionImporter(target.connection()).importFile(childFile);
    ASSERT_TRUE(orphan.ok());
    EXPECT_TRUE(
        SessionDocumentStore(target.connection()).load(orphan.sessionId)->forkedFromUuid.isEmpty());

    const auto libraryId = ScriptLibrary(target.connection()).add(mountainScript());
    ASSERT_TRUE(libraryId);
    const auto parent = SessionImporter(target.connection()).importFile(parentFile);
    ASSERT_TRUE(parent.ok());
    EXPECT_EQ(SessionStore(target.connection()).get(parent.sessionId)->scriptId, *libraryId);
    const auto linked = SessionImporter(target.connection()).importFile(childFile);
    ASSERT_TRUE(linked.ok());
    EXPECT_TRUE(linked.renamed); // the orphan has its uuid
    const auto document = SessionDocumentStore(target.connection()).load(linked.sessionId);
    ASSERT_TRUE(document);
    EXPECT_EQ(document->forkedFromUuid, parent.uuid);
    EXPECT_FALSE(document->session.hasScript());
    EXPECT_EQ(document->session.scriptId, 0);
}

TEST_F(SessionExportImportTest, AReplyStillStreamingExportsAsInterrupted)
{
    MessageStore messages(source.connection());
    const auto streaming = messages.append(sessionId, Role::Assistant, QStringLiteral("그날 밤"),
                                           Status::Streaming, 3);
    ASSERT_TRUE(streaming);
    const QString path = exportTo(source, sessionId, Format::Json, QStringLiteral("s.json"));
    const QJsonArray list = jsonOf(files.readFile(QStringLiteral("s.json")))
                                .value(QStringLiteral("messages"))
                                .toArray();
    EXPECT_EQ(list.last().toObject().value(QStringLiteral("status")),
              QStringLiteral("interrupted"));
    const auto imported = SessionImporter(target.connection()).importFile(path);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(MessageStore(target.connection()).list(imported.sessionId).last().status,
              Status::Interrupted);
}

} // namespace
} // namespace st
