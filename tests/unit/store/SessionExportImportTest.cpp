// Session export (JSON and Markdown) and import, on real SQLite files in temp folders: a
// session with every kind of message goes out as JSON, comes back into a fresh database
// field for field, and exports again to the very same document.
#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionDocumentStore.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionStore.h"
#include "core/story/Script.h"
#include "core/story/ScriptJson.h"
#include "core/story/SessionExporter.h"
#include "core/util/ExportPath.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;
using Format = SessionExporter::Format;

Script mountainScript()
{
    Script script;
    script.title = QStringLiteral("디아틀로프 고개 사건");
    script.language = QStringLiteral("ko");
    script.summary = QStringLiteral("1959년 우랄 산맥에서 아홉 명의 등산객이 숨졌다.");
    script.hook = QStringLiteral("텐트를 안에서 찢고 나간 이유는 무엇일까요?");
    script.section(ScriptSection::Prologue1) = {ScriptSection::Prologue1, QStringLiteral("출발"),
                                                QStringLiteral("1959년 1월, 아홉 명이 출발했다."),
                                                QStringLiteral("당신이라면 따라갔을까요?")};
    script.section(ScriptSection::Exposition1).content = QStringLiteral("2월 1일 밤, 눈보라.");
    script.section(ScriptSection::Epilogue).content = QStringLiteral("N/A");
    return script;
}

int count(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

class SessionExportImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(source.open().ok());
        ASSERT_TRUE(target.open().ok());
        const QSqlDatabase db = source.connection();
        SessionStore sessions(db, [this] { return now; });
        MessageStore messages(db, [this] { return now += 1'234; });
        const auto session = sessions.create(QStringLiteral("Evening 🌙 이야기"),
                                             QStringLiteral("ko"), QStringLiteral("openai"));
        ASSERT_TRUE(session);
        sessionId = session->id;
        ScriptLibrary library(db);
        const Script script = mountainScript();
        const auto libraryId = library.add(script);
        ASSERT_TRUE(libraryId);
        ASSERT_TRUE(sessions.attachScript(sessionId, *libraryId, script.title,
                                          QString::fromUtf8(ScriptJson::write(script, false))));
        QSqlQuery q(db);
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE sessions SET model = 'qwen2.5:7b', metadata = "
                                  "'{\"titleByUser\":true,\"voice\":\"alloy\",\"n\":[1,2]}'")));

        const auto add = [&](Role role, const QString& text, Status status, int chapter = -1) {
            const auto m = messages.append(sessionId, role, text, status, chapter);
            EXPECT_TRUE(m);
            return m ? m->id : 0;
        };
        const qint64 hook = add(Role::Assistant, QStringLiteral("텐트를 안에서 찢고 나간 이유는?"),
                                Status::Complete, 0);
        messages.setUsage(hook, 812, 64);
        const qint64 answer =
            add(Role::User, QStringLiteral("눈사태 때문일까요? 😀"), Status::Complete);
        messages.setTranslation(answer, QStringLiteral("눈사태 때문일까요? 😀"),
                                QStringLiteral("雪崩のせいでしょうか？😀"), QStringLiteral("ja"));
        const qint64 first = add(
            Role::Assistant,
            QStringLiteral("## 출발\n\n1959년 1월, 아홉 명이 출발했다.\n\n"
                           "- 첫째 날: 맑음\n- 둘째 날: 🌨️ 눈\n\n당신이라면?"),
            Status::Complete, 1);
        messages.setUsage(first, 1'530, 211);
        add(Role::User, QStringLiteral("What happened next?\nTell me everything."),
            Status::Complete);
        add(Role::System, QStringLiteral("note: the listener switched to English"),
            Status::Complete);
        const qint64 doomed = add(Role::User, QStringLiteral("deleted later"), Status::Complete);
        add(Role::Assistant, QStringLiteral("2월 1일 밤, 눈보라가"), Status::Interrupted, 2);
        add(Role::User, QStringLiteral("続けて"), Status::Complete);
        add(Role::Assistant, QString(), Status::Error, 2);
        // A gap in the seqs: import must keep them as they are (the summary refers to them).
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(doomed)));
        ASSERT_TRUE(
            sessions.setSummary(sessionId, QStringLiteral("등산객들이 출발했다.\n둘째 줄."), 4));
    }

    QString exportTo(const Database& db, qint64 id, Format format, const QString& name)
    {
        const auto result =
            SessionExporter(db.connection()).exportSession(id, format, files.filePath(name));
        EXPECT_TRUE(result.ok()) << result.error.toStdString();
        return result.path;
    }

    TempDataDir sourceDir;
    TempDataDir targetDir;
    TempDataDir files;
    Database source{sourceDir.databasePath()};
    Database target{targetDir.databasePath()};
    qint64 now = QDateTime(QDate(2024, 5, 1), QTime(19, 2, 3, 120), Qt::UTC).toMSecsSinceEpoch();
    qint64 sessionId = 0;
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
    EXPECT_EQ(count(source.connection(), QStringLiteral("messages")), 16);

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
    EXPECT_EQ(count(source.connection(), QStringLiteral("sessions")), 3);
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

TEST_F(SessionExportImportTest, MarkdownIsTheReadableTranscript)
{
    // A folder as the output: the file is named after the session.
    const auto result = SessionExporter(source.connection())
                            .exportSession(sessionId, Format::Markdown, files.path());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QString name = QStringLiteral("Evening 🌙 이야기.md");
    EXPECT_EQ(result.path, QDir(files.path()).absoluteFilePath(name));
    const QString md = QString::fromUtf8(files.readFile(name));
    const auto local = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const auto session = SessionDocumentStore(source.connection()).load(sessionId);
    ASSERT_TRUE(session);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Evening 🌙 이야기\n"))) << md.toStdString();
    for (const QString& line : QStringList{
             QStringLiteral("- **Story:** 디아틀로프 고개 사건"),
             QStringLiteral("- **Language:** 한국어 (ko)"),
             QStringLiteral("- **Started:** ") + local(session->session.createdAt),
             QStringLiteral("- **Last told:** ") + local(session->session.lastUsedAt),
             QStringLiteral("## Opening"), QStringLiteral("## Chapter 1: 출발"),
             QStringLiteral("## Chapter 2"), QStringLiteral("**Narrator:**"),
             QStringLiteral("**You:**"), QStringLiteral("> (as written: 雪崩のせいでしょうか？😀)"),
             QStringLiteral("> What happened next?\n> Tell me everything."),
             QStringLiteral("> 続けて")})
        EXPECT_TRUE(md.contains(line)) << line.toStdString() << "\n---\n" << md.toStdString();
    for (const MessageRecord& m : session->messages) {
        if (m.role == Role::Assistant) {
            EXPECT_TRUE(md.contains(m.content.trimmed())) << m.content.toStdString();
        }
    }
    EXPECT_EQ(md.count(QStringLiteral("*(cut off here)*")), 2);      // interrupted and error
    EXPECT_FALSE(md.contains(QStringLiteral("note: the listener"))); // system notes are not told
    EXPECT_LT(md.indexOf(QStringLiteral("## Opening")), md.indexOf(QStringLiteral("## Chapter 1")));
}

TEST_F(SessionExportImportTest, ExportWritesWhereItIsToldOrSaysWhyNot)
{
    SessionExporter exporter(source.connection());
    const auto noSuffix =
        exporter.exportSession(sessionId, Format::Json, files.filePath(QStringLiteral("night")));
    ASSERT_TRUE(noSuffix.ok());
    EXPECT_EQ(noSuffix.path, files.filePath(QStringLiteral("night.json")));
    EXPECT_TRUE(QFile::exists(noSuffix.path));

    const auto unknown = exporter.exportSession(9'999, Format::Json, files.path());
    EXPECT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error.contains(QStringLiteral("9999"))) << unknown.error.toStdString();

    const QString nowhere = files.filePath(QStringLiteral("missing/folder/x.json"));
    const auto unwritable = exporter.exportSession(sessionId, Format::Json, nowhere);
    EXPECT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.error.contains(nowhere)) << unwritable.error.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));

    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("JSON")), Format::Json);
    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("markdown")), Format::Markdown);
    EXPECT_EQ(SessionExporter::formatFromName(QStringLiteral("md")), Format::Markdown);
    EXPECT_FALSE(SessionExporter::formatFromName(QStringLiteral("wav")));
    EXPECT_EQ(ExportPath::file(QStringLiteral("a/b"), files.path(), QStringLiteral("md")),
              files.filePath(QStringLiteral("a_b.md")));
    EXPECT_EQ(ExportPath::file(QStringLiteral("x"), files.filePath(QStringLiteral("y.txt")),
                               QStringLiteral("md")),
              files.filePath(QStringLiteral("y.txt")));
}

} // namespace
} // namespace st
