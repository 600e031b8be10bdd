// storyteller-fake-llm, the server as a process of its own.
#include "support/QtPrinters.h"
#include "support_test/HttpFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace st {
namespace {

TEST(FakeLlmProcessTest, ServesLongStreamsUntilKilled)
{
    QProcess process;
    process.start(QStringLiteral(STORYTELLER_FAKE_LLM),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tokens"),
                   QStringLiteral("20"), QStringLiteral("--ms-per-token"), QStringLiteral("2")});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(5000))
        line += process.readAllStandardOutput();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)\n$"))
            .match(QString::fromUtf8(line));
    ASSERT_TRUE(match.hasMatch()) << line.toStdString();
    const QUrl base(match.captured(1));

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    HttpFetch::Options options;
    options.body = R"({"model":"m","stream":true,"messages":[{"role":"user","content":"Hi"}]})";
    QUrl url = base;
    url.setPath(QStringLiteral("/v1/chat/completions"));
    const HttpFetch openAi(manager, url, options);
    EXPECT_EQ(openAi.error, QNetworkReply::NoError);
    EXPECT_EQ(openAi.body.count(R"("delta":{"content":)"), 20);
    EXPECT_GE(openAi.elapsedMs, 20); // 23 gaps of 2 ms
    EXPECT_TRUE(openAi.body.endsWith("data: [DONE]\n\n"));

    url.setPath(QStringLiteral("/api/chat"));
    const HttpFetch ollama(manager, url, options);
    EXPECT_EQ(ollama.body.count("\n"), 21);
    EXPECT_TRUE(ollama.body.contains(R"("eval_count":20,)"));

    process.kill();
    EXPECT_TRUE(process.waitForFinished(5000));
}

} // namespace
} // namespace st
