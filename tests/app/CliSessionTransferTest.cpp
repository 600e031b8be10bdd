// `storyteller-cli session export` and `session import` as real processes: a session made
// here with the real stores in one data folder is exported, then imported into another
// data folder and read back from its database.
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/CliRunner.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;
constexpr int kNotFound = 1;
constexpr int kImportIncomplete = 8;
constexpr int kExportFailed = 9;
constexpr int kUsage = 64;

class CliSessionTransferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Database db(from.databasePath());
        ASSERT_TRUE(db.open().ok());
        qint64 now = 1'714'590'123'120;
        SessionStore sessions(db.connection(), [&now] { return now; });
        MessageStore messages(db.connection(), [&now] { return now += 500; });
        const auto s = sessions.create(QStringLiteral("밤의 이야기"), QStringLiteral("ko"));
        ASSERT_TRUE(s);
        sessionId = s->id;
        const auto hook =
            messages.append(sessionId, Role::Assistant,
                            QStringLiteral("메리 셀레스트호를 아시나요? 🚢"), Status::Complete, 0);
        ASSERT_TRUE(hook);
        messages.setUsage(hook->id, 300, 40);
        messages.append(sessionId, Role::User, QStringLiteral("아니요,\n들려주세요"),
                        Status::Complete);
        messages.append(sessionId, Role::Assistant, QStringLiteral("1872년 11월,"),
                        Status::Interrupted, 1);
    }

    TempDataDir from;
    TempDataDir to;
    qint64 sessionId = 0;
};

TEST_F(CliSessionTransferTest, ExportsASessionAndImportsItIntoAnotherDataFolder)
{
    const QString file = from.filePath(QStringLiteral("night.json"));
    const CliRun exported =
        runCli(from, {QStringLiteral("session"), QStringLiteral("export"),
                      QStringLiteral("밤의 이야기"), QStringLiteral("--output"), file});
    ASSERT_EQ(exported.exitCode, 0) << dump(exported);
    EXPECT_EQ(exported.lines(), QStringList{file}) << dump(exported);
    const QJsonObject root =
        QJsonDocument::fromJson(from.readFile(QStringLiteral("night.json"))).object();
    EXPECT_EQ(root.value(QStringLiteral("format")), QStringLiteral("storyteller-session"));

    ASSERT_TRUE(to.writeFile(QStringLiteral("notes.json"), "{\"title\": \"not a session\"}"));
    const QString notes = to.filePath(QStringLiteral("notes.json"));
    const CliRun imported =
        runCli(to, {QStringLiteral("session"), QStringLiteral("import"), file, notes});
    EXPECT_EQ(imported.exitCode, kImportIncomplete) << dump(imported);
    ASSERT_EQ(imported.lines().size(), 1) << dump(imported);
    const QStringList fields = imported.lines().first().split(u'\t');
    ASSERT_EQ(fields.size(), 3) << dump(imported);
    EXPECT_EQ(fields.at(1), QStringLiteral("밤의 이야기"));
    EXPECT_EQ(fields.at(2), file);
    EXPECT_TRUE(
        imported.err.contains(QStringLiteral("notes.json is not a Storyteller session file")))
        << dump(imported);

    {
        Database db(to.databasePath());
        ASSERT_TRUE(db.open().ok());
        const qint64 newId = fields.at(0).toLongLong();
        const auto session = SessionStore(db.connection()).get(newId);
        ASSERT_TRUE(session);
        EXPECT_EQ(session->createdAt, 1'714'590'123'120);
        const auto original = [&] {
            Database source(from.databasePath());
            EXPECT_TRUE(source.open().ok());
            return MessageStore(source.connection()).list(sessionId);
        }();
        const auto copy = MessageStore(db.connection()).list(newId);
        ASSERT_EQ(copy.size(), 3);
        ASSERT_EQ(original.size(), 3);
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(copy[i].content, original[i].content);
            EXPECT_EQ(copy[i].status, original[i].status);
            EXPECT_EQ(copy[i].chapter, original[i].chapter);
            EXPECT_EQ(copy[i].createdAt, original[i].createdAt);
            EXPECT_EQ(copy[i].promptTokens, original[i].promptTokens);
        }
    }

    // The same file again: a second session, renamed; nothing fails.
    const CliRun again = runCli(to, {QStringLiteral("session"), QStringLiteral("import"), file});
    ASSERT_EQ(again.exitCode, 0) << dump(again);
    EXPECT_TRUE(again.out.contains(QStringLiteral("\t밤의 이야기 (imported)\t"))) << dump(again);
    const CliRun list = runCli(to, {QStringLiteral("sessions"), QStringLiteral("list")});
    EXPECT_EQ(list.lines().size(), 2) << dump(list);
}

TEST_F(CliSessionTransferTest, MarkdownByIdIntoAFolderNamedAfterTheSession)
{
    TempDataDir work;
    const CliRun run =
        runCli(from,
               {QStringLiteral("session"), QStringLiteral("export"), QString::number(sessionId),
                QStringLiteral("--format"), QStringLiteral("md")},
               {{}, {}, work.path()});
    ASSERT_EQ(run.exitCode, 0) << dump(run);
    const QString path = work.filePath(QStringLiteral("밤의 이야기.md"));
    EXPECT_EQ(run.lines(), QStringList{path}) << dump(run);
    const QString md = QString::fromUtf8(work.readFile(QStringLiteral("밤의 이야기.md")));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# 밤의 이야기\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("> 아니요,\n> 들려주세요"))) << md.toStdString();
}

TEST_F(CliSessionTransferTest, WrongSessionsFormatsAndPathsAreRefused)
{
    const auto run = [this](const QStringList& args) {
        return runCli(from, QStringList{QStringLiteral("session")} + args);
    };
    const CliRun unknown = run({QStringLiteral("export"), QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, kNotFound) << dump(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no session with the id or name")))
        << dump(unknown);
    const CliRun format = run({QStringLiteral("export"), QString::number(sessionId),
                               QStringLiteral("--format"), QStringLiteral("wav")});
    EXPECT_EQ(format.exitCode, kUsage) << dump(format);
    const QString nowhere = from.filePath(QStringLiteral("no/such/folder/x.json"));
    const CliRun unwritable = run({QStringLiteral("export"), QString::number(sessionId),
                                   QStringLiteral("--output"), nowhere});
    EXPECT_EQ(unwritable.exitCode, kExportFailed) << dump(unwritable);
    EXPECT_FALSE(QFileInfo::exists(nowhere));
    EXPECT_EQ(run({QStringLiteral("import")}).exitCode, kUsage);
    const CliRun missing =
        run({QStringLiteral("import"), from.filePath(QStringLiteral("gone.json"))});
    EXPECT_EQ(missing.exitCode, kImportIncomplete) << dump(missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("gone.json could not be read")))
        << dump(missing);
}

} // namespace
} // namespace st
