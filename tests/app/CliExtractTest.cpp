// Runs the real `storyteller-cli extract` on local files and on pages served by a
// FakeWebServer in this process (on 127.0.0.1), which the test's event loop serves while
// the CLI runs.
#include "support/CliRunner.h"
#include "support/FakeWebServer.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Response = FakeWebServer::Response;

const QByteArray kArticle = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Tunguska Event</title></head>
<body><article><h1>The Tunguska Event</h1>
<p>On the morning of 30 June 1908 a fireball crossed the sky above the Podkamennaya Tunguska
River in Siberia and exploded a few kilometres above the taiga.</p>
<p>The blast flattened some eighty million trees over more than two thousand square
kilometres, yet no crater was ever found.</p>
</article></body></html>)";

/// Runs `storyteller-cli --data-dir DIR extract ARG`, serving the event loop until it exits.
CliRun extract(const TempDataDir& dir, const QString& arg)
{
    return runCli(dir, {QStringLiteral("extract"), arg});
}

TEST(CliExtractTest, PrintsTheTitleThenTheTextOfALocalFile)
{
    TempDataDir dir;
    ASSERT_TRUE(dir.writeFile(QStringLiteral("tunguska.html"), kArticle));
    const CliRun run = extract(dir, dir.filePath(QStringLiteral("tunguska.html")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("The Tunguska Event")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("eighty million trees")));
    EXPECT_TRUE(run.err.isEmpty());

    ASSERT_TRUE(dir.writeFile(QStringLiteral("notes.md"),
                              "# Roanoke\n\nThe colonists left one word carved on a post.\n"));
    const CliRun markdown = extract(dir, dir.filePath(QStringLiteral("notes.md")));
    ASSERT_EQ(markdown.exitCode, 0) << markdown.err.toStdString();
    EXPECT_EQ(markdown.out,
              QStringLiteral("Roanoke\nThe colonists left one word carved on a post.\n"));
}

TEST(CliExtractTest, ReadsAPageFromALoopbackServer)
{
    TempDataDir dir;
    FakeWebServer web;
    ASSERT_TRUE(web.listen());
    web.route(QStringLiteral("/tunguska"), Response::html(kArticle));
    web.route(QStringLiteral("/old"), Response::redirect("/tunguska", 301));
    const CliRun run = extract(dir, web.url(QStringLiteral("/old")).toString());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.section(u'\n', 0, 0).contains(QStringLiteral("The Tunguska Event")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("no crater was ever found")));
    EXPECT_EQ(web.requestedPaths(),
              (QStringList{QStringLiteral("/old"), QStringLiteral("/tunguska")}));
}

TEST(CliExtractTest, ErrorsGoToStderrWithTheirExitCode)
{
    TempDataDir dir;
    FakeWebServer web;
    ASSERT_TRUE(web.listen());
    web.route(QStringLiteral("/missing"), Response::error(404));
    web.route(QStringLiteral("/private"), Response::error(403));
    web.route(QStringLiteral("/doc.pdf"), Response::content("application/pdf", "%PDF-1.7"));

    const CliRun notFound = extract(dir, web.url(QStringLiteral("/missing")).toString());
    EXPECT_EQ(notFound.exitCode, 1);
    EXPECT_TRUE(notFound.out.isEmpty());
    EXPECT_TRUE(notFound.err.contains(QStringLiteral("404"))) << notFound.err.toStdString();

    EXPECT_EQ(extract(dir, web.url(QStringLiteral("/private")).toString()).exitCode, 5);

    const CliRun pdf = extract(dir, web.url(QStringLiteral("/doc.pdf")).toString());
    EXPECT_EQ(pdf.exitCode, 7);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("PDF")));

    const CliRun noFile = extract(dir, dir.filePath(QStringLiteral("nothing-here.txt")));
    EXPECT_EQ(noFile.exitCode, 1);
    EXPECT_TRUE(noFile.err.contains(QStringLiteral("nothing-here.txt")));

    ASSERT_TRUE(dir.writeFile(QStringLiteral("empty.txt"), "   \n"));
    EXPECT_EQ(extract(dir, dir.filePath(QStringLiteral("empty.txt"))).exitCode, 7);

    const CliRun scheme = extract(dir, QStringLiteral("ftp://127.0.0.1/a.html"));
    EXPECT_EQ(scheme.exitCode, 64);
    EXPECT_TRUE(scheme.err.contains(QStringLiteral("ftp")));

    const quint16 port = web.port();
    web.close();
    const CliRun refused = extract(dir, QStringLiteral("http://127.0.0.1:%1/gone").arg(port));
    EXPECT_EQ(refused.exitCode, 4) << refused.err.toStdString();
}

} // namespace
} // namespace st
