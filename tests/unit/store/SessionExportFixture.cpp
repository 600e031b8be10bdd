#include "unit/store/SessionExportFixture.h"

#include "core/library/ScriptLibrary.h"
#include "core/script/ScriptJson.h"
#include "core/store/MessageStore.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace st {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

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

int countRows(QSqlDatabase db, const QString& table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

QJsonObject jsonOf(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

void SessionExportFixture::SetUp()
{
    ASSERT_TRUE(source.open().ok());
    ASSERT_TRUE(target.open().ok());
    const QSqlDatabase db = source.connection();
    SessionStore sessions(db, [this] { return now; });
    MessageStore messages(db, [this] { return now += 1'234; });
    const auto session = sessions.create(QStringLiteral("Evening 🌙 이야기"), QStringLiteral("ko"),
                                         QStringLiteral("openai"));
    ASSERT_TRUE(session);
    sessionId = session->id;
    ScriptLibrary library(db);
    const Script script = mountainScript();
    const auto libraryId = library.add(script);
    ASSERT_TRUE(libraryId);
    ASSERT_TRUE(sessions.attachScript(sessionId, *libraryId, script.title,
                                      QString::fromUtf8(ScriptJson::write(script, false))));
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE sessions SET model = 'qwen2.5:7b', metadata = "
                                      "'{\"titleByUser\":true,\"voice\":\"alloy\",\"n\":[1,2]}'")));

    const auto add = [&](Role role, const QString& text, Status status, int chapter = -1) {
        const auto m = messages.append(sessionId, role, text, status, chapter);
        EXPECT_TRUE(m);
        return m ? m->id : 0;
    };
    const qint64 hook = add(Role::Assistant, QStringLiteral("텐트를 안에서 찢고 나간 이유는?"),
                            Status::Complete, 0);
    messages.setUsage(hook, 812, 64);
    const qint64 answer = add(Role::User, QStringLiteral("눈사태 때문일까요? 😀"), Status::Complete);
    messages.setTranslation(answer, QStringLiteral("눈사태 때문일까요? 😀"),
                            QStringLiteral("雪崩のせいでしょうか？😀"), QStringLiteral("ja"));
    const qint64 first =
        add(Role::Assistant,
            QStringLiteral("## 출발\n\n1959년 1월, 아홉 명이 출발했다.\n\n"
                           "- 첫째 날: 맑음\n- 둘째 날: 🌨️ 눈\n\n당신이라면?"),
            Status::Complete, 1);
    messages.setUsage(first, 1'530, 211);
    // Two earlier versions of that reply, kept on regenerate (the message holds the third).
    ReplyVersions versions(db);
    MessageRecord earlier = *messages.get(first);
    earlier.content = QStringLiteral("첫 번째 이야기 📜\n\n두 줄");
    earlier.promptTokens = 1'400;
    earlier.completionTokens = 190;
    earlier.updatedAt = now - 9'000;
    ASSERT_TRUE(versions.keep(earlier));
    earlier.content = QStringLiteral("두 번째는 도중에");
    earlier.status = Status::Interrupted;
    earlier.promptTokens = earlier.completionTokens = -1;
    earlier.updatedAt = now - 4'000;
    ASSERT_TRUE(versions.keep(earlier));
    add(Role::User, QStringLiteral("What happened next?\nTell me everything."), Status::Complete);
    add(Role::System, QStringLiteral("note: the listener switched to English"), Status::Complete);
    const qint64 doomed = add(Role::User, QStringLiteral("deleted later"), Status::Complete);
    add(Role::Assistant, QStringLiteral("2월 1일 밤, 눈보라가"), Status::Interrupted, 2);
    add(Role::User, QStringLiteral("続けて"), Status::Complete);
    add(Role::Assistant, QString(), Status::Error, 2);
    // A gap in the seqs: import must keep them as they are (the summary refers to them).
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM messages WHERE id = %1").arg(doomed)));
    ASSERT_TRUE(
        sessions.setSummary(sessionId, QStringLiteral("등산객들이 출발했다.\n둘째 줄."), 4));
}

QString SessionExportFixture::exportTo(const Database& db, qint64 id,
                                       SessionExporter::Format format, const QString& name)
{
    const auto result =
        SessionExporter(db.connection()).exportSession(id, format, files.filePath(name));
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    return result.path;
}

} // namespace st
