// Runs the real `storyteller-cli` on a fresh data folder.
#include "support/TempDataDir.h"

#include <QProcess>
#include <gtest/gtest.h>

namespace st {
namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const TempDataDir& dir, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(STORYTELLER_CLI),
                  QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
    CliRun run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TEST(CliTest, ListsTheBundledLibraryInEveryLanguage)
{
    TempDataDir dir;
    const CliRun run = cli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 12);
    EXPECT_TRUE(run.out.contains(QStringLiteral("The Mary Celeste")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("메리 셀레스트호")));
}

TEST(CliTest, ExportsAScriptAsJsonAndRejectsAnUnknownId)
{
    TempDataDir dir;
    const CliRun list = cli(dir, {QStringLiteral("library"), QStringLiteral("list")});
    const QString firstId = list.out.section(u'\t', 0, 0);
    const CliRun run = cli(dir, {QStringLiteral("library"), QStringLiteral("export"), firstId});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"format\": \"storyteller-script\"")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"epilogue\"")));

    const CliRun bad =
        cli(dir, {QStringLiteral("library"), QStringLiteral("export"), QStringLiteral("999999")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("999999")));
}

TEST(CliTest, UnknownCommandPrintsUsage)
{
    TempDataDir dir;
    const CliRun run = cli(dir, {QStringLiteral("fly")});
    EXPECT_EQ(run.exitCode, 64);
    EXPECT_TRUE(run.err.contains(QStringLiteral("library list")));
}

} // namespace
} // namespace st
