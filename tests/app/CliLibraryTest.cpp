// `storyteller-cli library import` and `library export` as real processes on fresh data
// folders: export → import into another folder gives the same library; a bad file fails
// with its reason and exit code 8; documents are written by a FakeLlmServer in this
// process (the model set by STORYTELLER_* variables), or fail clearly without a model.
#include "core/script/ScriptJson.h"
#include "support/BundledLibraryFacts.h"
#include "support/CliRunner.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");
constexpr int kImportIncomplete = 8;

Script ownScript(const QString& title, const QString& language)
{
    Script s = testdata::numberedScript(14, language);
    s.title = title;
    s.hook = QStringLiteral("What did the keeper see?");
    return s;
}

QByteArray documents(const QList<QPair<QString, QString>>& docs)
{
    QJsonArray list;
    for (const auto& [title, content] : docs)
        list.append(
            QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("content"), content}});
    return QJsonDocument(list).toJson();
}

TEST(CliLibraryTest, ExportThenImportIntoAFreshFolderGivesTheSameLibrary)
{
    TempDataDir first;
    const QByteArray two =
        '[' + ScriptJson::write(ownScript(QStringLiteral("Own One"), QStringLiteral("en"))) + ',' +
        ScriptJson::write(ownScript(QStringLiteral("Own Two"), QStringLiteral("ko"))) + ']';
    ASSERT_TRUE(first.writeFile(QStringLiteral("two.json"), two));
    const CliRun imported = runCli(first, {QStringLiteral("library"), QStringLiteral("import"),
                                           first.filePath(QStringLiteral("two.json"))});
    ASSERT_EQ(imported.exitCode, 0) << dump(imported);
    const QStringList lines = imported.lines();
    ASSERT_EQ(lines.size(), 3) << dump(imported);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("ok\tOwn One\t"))) << dump(imported);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("ok\tOwn Two\t"))) << dump(imported);
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("two.json #2"))) << dump(imported);
    EXPECT_EQ(lines.at(2), QStringLiteral("Imported 2 script(s)."));

    const QString file = first.filePath(QStringLiteral("all.json"));
    const CliRun exported = runCli(first, {QStringLiteral("library"), QStringLiteral("export"),
                                           QStringLiteral("--output"), file});
    ASSERT_EQ(exported.exitCode, 0) << dump(exported);
    EXPECT_TRUE(exported.out.isEmpty()) << dump(exported);
    EXPECT_TRUE(exported.err.contains(QString::number(testdata::kBundledScripts + 2)))
        << dump(exported);
    const QJsonObject library =
        QJsonDocument::fromJson(first.readFile(QStringLiteral("all.json"))).object();
    EXPECT_EQ(library.value(QStringLiteral("format")).toString(),
              QStringLiteral("storyteller-library"));
    EXPECT_EQ(library.value(QStringLiteral("scripts")).toArray().size(),
              testdata::kBundledScripts + 2)
        << "bundled + 2";

    TempDataDir second;
    const CliRun again =
        runCli(second, {QStringLiteral("library"), QStringLiteral("import"), file});
    ASSERT_EQ(again.exitCode, 0) << dump(again);
    EXPECT_EQ(again.lines().size(), testdata::kBundledScripts + 3) << dump(again);
    EXPECT_EQ(again.out.count(QStringLiteral("Already in the library")), testdata::kBundledScripts)
        << dump(again);

    const CliRun listFirst = runCli(first, {QStringLiteral("library"), QStringLiteral("list")});
    const CliRun listSecond = runCli(second, {QStringLiteral("library"), QStringLiteral("list")});
    EXPECT_EQ(listSecond.out, listFirst.out);
    const CliRun stdoutFirst = runCli(first, {QStringLiteral("library"), QStringLiteral("export")});
    const CliRun stdoutSecond =
        runCli(second, {QStringLiteral("library"), QStringLiteral("export")});
    ASSERT_EQ(stdoutSecond.exitCode, 0) << dump(stdoutSecond);
    EXPECT_EQ(stdoutSecond.out, stdoutFirst.out);
    EXPECT_EQ(stdoutFirst.out.toUtf8(), first.readFile(QStringLiteral("all.json")));
}

TEST(CliLibraryTest, ExportChoosesByIdOrLanguage)
{
    TempDataDir dir;
    const CliRun list = runCli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    const QStringList rows = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(rows.size(), 2);
    const QString a = rows.at(0).section(u'\t', 0, 0);
    const QString b = rows.at(1).section(u'\t', 0, 0);

    const CliRun one = runCli(dir, {QStringLiteral("library"), QStringLiteral("export"), a});
    ASSERT_EQ(one.exitCode, 0) << dump(one);
    EXPECT_EQ(QJsonDocument::fromJson(one.out.toUtf8())
                  .object()
                  .value(QStringLiteral("format"))
                  .toString(),
              QStringLiteral("storyteller-script"));

    const CliRun pair = runCli(dir, {QStringLiteral("library"), QStringLiteral("export"), a, b});
    ASSERT_EQ(pair.exitCode, 0) << dump(pair);
    EXPECT_EQ(QJsonDocument::fromJson(pair.out.toUtf8())
                  .object()
                  .value(QStringLiteral("scripts"))
                  .toArray()
                  .size(),
              2);

    const CliRun korean = runCli(dir, {QStringLiteral("library"), QStringLiteral("export"),
                                       QStringLiteral("--language"), QStringLiteral("ko")});
    ASSERT_EQ(korean.exitCode, 0) << dump(korean);
    const QJsonArray scripts = QJsonDocument::fromJson(korean.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("scripts"))
                                   .toArray();
    EXPECT_EQ(scripts.size(), testdata::kBundledStories);
    for (const QJsonValue& s : scripts)
        EXPECT_EQ(s.toObject().value(QStringLiteral("language")).toString(), QStringLiteral("ko"));

    const CliRun unknown = runCli(
        dir, {QStringLiteral("library"), QStringLiteral("export"), a, QStringLiteral("999999")});
    EXPECT_EQ(unknown.exitCode, 1) << dump(unknown);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999999")));
    EXPECT_TRUE(unknown.out.isEmpty()) << "nothing half-exported";

    const CliRun badLanguage = runCli(dir, {QStringLiteral("library"), QStringLiteral("export"),
                                            QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(badLanguage.exitCode, 64) << dump(badLanguage);

    const CliRun unwritable =
        runCli(dir, {QStringLiteral("library"), QStringLiteral("export"),
                     QStringLiteral("--output"), dir.filePath(QStringLiteral("missing/x.json"))});
    EXPECT_EQ(unwritable.exitCode, 2) << dump(unwritable);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("missing/x.json"))) << dump(unwritable);
}

TEST(CliLibraryTest, ABadFileFailsWithItsReasonAndExitCode8)
{
    TempDataDir dir;
    ASSERT_TRUE(dir.writeFile(QStringLiteral("bad.json"), "this is not json"));
    ASSERT_TRUE(
        dir.writeFile(QStringLiteral("good.json"),
                      ScriptJson::write(ownScript(QStringLiteral("Good"), QStringLiteral("en")))));
    const CliRun r = runCli(dir, {QStringLiteral("library"), QStringLiteral("import"),
                                  dir.filePath(QStringLiteral("bad.json")),
                                  dir.filePath(QStringLiteral("good.json")),
                                  dir.filePath(QStringLiteral("nowhere.json"))});
    EXPECT_EQ(r.exitCode, kImportIncomplete) << dump(r);
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 4) << dump(r);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("failed\tbad.json\t"))) << dump(r);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("not valid JSON"))) << dump(r);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("\"content\""))) << "says what is expected";
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("ok\tGood\t"))) << dump(r);
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("failed\tnowhere.json\t"))) << dump(r);
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("Cannot read"))) << dump(r);
    EXPECT_EQ(lines.at(3), QStringLiteral("Imported 1 of 3; 2 failed."));

    const CliRun none = runCli(dir, {QStringLiteral("library"), QStringLiteral("import")});
    EXPECT_EQ(none.exitCode, 64) << dump(none);
}

TEST(CliLibraryTest, DocumentsWithoutAModelFailClearlyAndScriptsImport)
{
    TempDataDir dir;
    ASSERT_TRUE(dir.writeFile(QStringLiteral("docs.json"),
                              documents({{QStringLiteral("Strasbourg 1518"),
                                          QStringLiteral("A woman began to dance.")}})));
    ASSERT_TRUE(
        dir.writeFile(QStringLiteral("good.json"),
                      ScriptJson::write(ownScript(QStringLiteral("Good"), QStringLiteral("en")))));
    const CliRun r = runCli(dir, {QStringLiteral("library"), QStringLiteral("import"),
                                  dir.filePath(QStringLiteral("docs.json")),
                                  dir.filePath(QStringLiteral("good.json"))});
    EXPECT_EQ(r.exitCode, kImportIncomplete) << dump(r);
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 3) << dump(r);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("failed\tStrasbourg 1518\t"))) << dump(r);
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("needs a language model"))) << dump(r);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("ok\tGood\t"))) << dump(r);
}

TEST(CliLibraryTest, DocumentsAreWrittenByTheModelSetInTheEnvironment)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(kChat, FakeResponse::openAiStream({testdata::wellFormedMarkdown()}, 300, 400));
    TempDataDir dir;
    ASSERT_TRUE(dir.writeFile(
        QStringLiteral("docs.json"),
        documents({{QStringLiteral("Strasbourg 1518"), QStringLiteral("A woman began to dance.")},
                   {QStringLiteral("Blank"), QString()}})));
    const CliRun r =
        runCli(dir,
               {QStringLiteral("library"), QStringLiteral("import"), QStringLiteral("--language"),
                QStringLiteral("es"), dir.filePath(QStringLiteral("docs.json"))},
               {{}, fakemodel::cliEnvironment(server)});
    EXPECT_EQ(r.exitCode, kImportIncomplete) << dump(r);
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 3) << dump(r);
    const QString file = dir.filePath(QStringLiteral("docs.json")); // as given
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("ok\tStrasbourg 1518\t") + file +
                                       QStringLiteral(" #1\tid ")))
        << dump(r);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("failed\tBlank\t") + file +
                                       QStringLiteral(" #2\tThe document's text is empty.")))
        << dump(r);
    EXPECT_EQ(lines.at(2), QStringLiteral("Imported 1 of 2; 1 failed."));

    ASSERT_EQ(server.requests(kChat).size(), 1);
    EXPECT_TRUE(server.requests(kChat).first().body.contains("A woman began to dance."));
    EXPECT_TRUE(server.requests(kChat).first().body.contains("Spanish"));
    const CliRun list = runCli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\tes\tThe Dancing Plague"))) << dump(list);
}

} // namespace
} // namespace st
