// Runs the real `storyteller-cli` on a fresh data folder; `check` and `models` talk to a
// FakeLlmServer in this process, which the test's event loop serves while the CLI runs.
#include "support/BundledLibraryFacts.h"
#include "support/CliRunner.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(CliTest, ListsTheBundledLibraryInEveryLanguage)
{
    TempDataDir dir;
    const CliRun run = runCli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), testdata::kBundledScripts);
    EXPECT_TRUE(run.out.contains(QStringLiteral("The Mary Celeste")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("메리 셀레스트호")));
}

TEST(CliTest, ExportsAScriptAsJsonAndRejectsAnUnknownId)
{
    TempDataDir dir;
    const CliRun list = runCli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    const QString firstId = list.out.section(u'\t', 0, 0);
    const CliRun run = runCli(dir, {QStringLiteral("library"), QStringLiteral("export"), firstId});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"format\": \"storyteller-script\"")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"epilogue\"")));

    const CliRun bad = runCli(
        dir, {QStringLiteral("library"), QStringLiteral("export"), QStringLiteral("999999")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("999999")));
}

class CliServerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    /// The CLI with the fake server as an OpenAI-compatible provider of \a model.
    CliRun run(const QString& command, const QString& model = fakemodel::modelName(),
               const QString& key = QString())
    {
        return runCli(dir, {command}, {{}, fakemodel::cliEnvironment(server, model, key)});
    }

    /// The CLI with an address where nothing listens.
    CliRun runUnreachable(const QString& command)
    {
        FakeLlmServer probe;
        EXPECT_TRUE(probe.listen());
        const QUrl url = probe.url(QStringLiteral("/v1"));
        probe.close();
        return runCli(dir, {command}, {{}, fakemodel::cliEnvironment(url)});
    }

    TempDataDir dir;
    FakeLlmServer server;
};

TEST_F(CliServerTest, CheckPassesWhenTheModelIsThere)
{
    const CliRun r = run(QStringLiteral("check"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("test-model"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(server.url(QStringLiteral("/v1")).toString()));
    EXPECT_FALSE(r.err.contains(QStringLiteral("storyteller-cli:"))) << r.err.toStdString();
    ASSERT_EQ(server.requests(QStringLiteral("/v1/models")).size(), 1);
    EXPECT_FALSE(server.lastRequest().hasHeader("authorization"));
}

TEST_F(CliServerTest, ModelsListsTheServersModels)
{
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::openAiModels({QStringLiteral("zeta"), QStringLiteral("alpha")}));
    const CliRun r = run(QStringLiteral("models"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("alpha\nzeta\n"));
}

TEST_F(CliServerTest, NotConfiguredIsExitCode3)
{
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("models")}) {
        SCOPED_TRACE(command.toStdString());
        const CliRun r = runCli(dir, {command});
        EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("storyteller-cli: ")));
        EXPECT_TRUE(r.err.contains(QStringLiteral("No model is set up"))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    // A server but no model is not enough for check.
    const CliRun noModel = runCli(
        dir, {QStringLiteral("check")},
        {{},
         {{QStringLiteral("STORYTELLER_BASE_URL"), server.url(QStringLiteral("/v1")).toString()}}});
    EXPECT_EQ(noModel.exitCode, 3) << noModel.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(CliServerTest, UnreachableServerIsExitCode4)
{
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("models")}) {
        SCOPED_TRACE(command.toStdString());
        const CliRun r = runUnreachable(command);
        EXPECT_EQ(r.exitCode, 4) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("could not reach the model server")))
            << r.err.toStdString();
    }
}

TEST_F(CliServerTest, RefusedKeyIsExitCode5AndTheKeyIsNotPrinted)
{
    const QString key = QStringLiteral("sk-cli-SECRET-0123456789abcdef");
    const FakeResponse refused = FakeResponse::openAiError(
        401, QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"),
        QStringLiteral("Incorrect API key provided: %1.").arg(key));
    for (const QString& command : {QStringLiteral("check"), QStringLiteral("models")}) {
        SCOPED_TRACE(command.toStdString());
        server.enqueue(QStringLiteral("/v1/models"), refused);
        const CliRun r = run(command, QStringLiteral("test-model"), key);
        EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("refused the API key"))) << r.err.toStdString();
        EXPECT_FALSE(QString(r.out + r.err).contains(QStringLiteral("SECRET-0123")))
            << r.err.toStdString();
        EXPECT_EQ(server.lastRequest().header("authorization"), "Bearer " + key.toUtf8());
    }
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse::insufficientQuota());
    EXPECT_EQ(run(QStringLiteral("check"), QStringLiteral("test-model"), key).exitCode, 5);
}

TEST_F(CliServerTest, MissingModelIsExitCode6)
{
    const CliRun r = run(QStringLiteral("check"), QStringLiteral("gpt-9"));
    EXPECT_EQ(r.exitCode, 6) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("gpt-9"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("test-embed, test-model"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::modelNotFound(QStringLiteral("gpt-9")));
    EXPECT_EQ(run(QStringLiteral("models"), QStringLiteral("gpt-9")).exitCode, 6);
}

TEST_F(CliServerTest, OtherServerErrorsAreExitCode7)
{
    server.enqueue(QStringLiteral("/v1/models"), FakeResponse::json(200, "<html>hi</html>"));
    const CliRun r = run(QStringLiteral("models"));
    EXPECT_EQ(r.exitCode, 7) << r.err.toStdString();
}

TEST(CliTest, UnknownCommandPrintsUsage)
{
    TempDataDir dir;
    const CliRun run = runCli(dir, {QStringLiteral("fly")});
    EXPECT_EQ(run.exitCode, 64);
    EXPECT_TRUE(run.err.contains(QStringLiteral("library list")));
}

} // namespace
} // namespace st
