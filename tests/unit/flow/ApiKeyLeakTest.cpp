// The API key goes to the server in the Authorization header and nowhere else: not the
// settings file, not the database, not a log line, not an error message — also when the
// server refuses it and echoes it back.
#include "core/flow/AppController.h"
#include "core/llm/ModelClient.h"
#include "core/narration/ChatSession.h"
#include "core/store/MessageStore.h"
#include "support/FakeLlmServer.h"
#include "support/FakeModel.h"
#include "support/FakeModelAppTest.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"
#include "unit/llm/LlmTestPrinters.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kKey = QStringLiteral("sk-test-LEAK-1234567890abcdef");
const QString kChatPath = QStringLiteral("/v1/chat/completions");

/// Every log line while it lives, with every storyteller.* category at debug.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("storyteller.*=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
    }
    static QString text() { return s_lines.join(u'\n'); }
    static int count() { return int(s_lines.size()); }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        s_lines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' +
                       message);
    }

    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

/// Where \a haystack holds the key or a 6-character piece of its distinctive part
/// ("LEAK-1234567890abcdef"; "sk-test-" alone is no leak), or "" when nowhere.
QString leakIn(const QByteArray& haystack)
{
    if (haystack.contains(kKey.toUtf8()))
        return kKey;
    const QByteArray distinctive = kKey.toUtf8().mid(8);
    for (int i = 0; i + 6 <= distinctive.size(); ++i) {
        if (haystack.contains(distinctive.mid(i, 6)))
            return QString::fromLatin1(distinctive.mid(i, 6));
    }
    return {};
}
QString leakIn(const QString& text)
{
    return leakIn(text.toUtf8());
}

class ApiKeyLeakTest : public FakeModelAppTest
{
protected:
    void SetUp() override
    {
        FakeModelAppTest::SetUp();
        if (HasFatalFailure())
            return;
        settings->setNarratorMsPerWord(0);
        makeController([](const char*) { return QString(); },
                       [] { return qint64(1'700'000'000'000); });
    }

    bool waitIdle()
    {
        ChatSession* chat = controller->chat();
        return chat && QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000);
    }

    LogCapture log;
};

TEST_F(ApiKeyLeakTest, KeyReachesOnlyTheServer)
{
    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    ProviderConfig config = fakemodel::config(server);
    config.apiKey = kKey;
    ASSERT_TRUE(controller->saveProviderConfig(config));
    ASSERT_EQ(controller->providerConfig().apiKey, kKey);
    ASSERT_TRUE(controller->providerConfig().isConfigured());

    // The server refuses the key once, echoing it whole and masked.
    const QString echo = QStringLiteral("Incorrect API key provided: %1 (%2). You can find your "
                                        "API key at https://platform.openai.com/account/api-keys.")
                             .arg(kKey, kKey.left(12) + QStringLiteral("********") + kKey.right(4));
    server.enqueue(kChatPath,
                   FakeResponse::openAiError(401, QStringLiteral("invalid_request_error"),
                                             QStringLiteral("invalid_api_key"), echo));
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    QSignalSpy checked(controller.get(), &AppController::checkFinished);
    controller->ask(QStringLiteral("anything"));
    // With a provider set, "anything" may be settled before ask() returns.
    ASSERT_TRUE(checked.count() > 0 || checked.wait(10000));
    ASSERT_NE(controller->chat(), nullptr);
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(controller->chat()->lastError().kind, LlmError::Kind::Auth);

    // Then a successful turn, and the next chapter.
    ASSERT_TRUE(controller->chat()->retryReply());
    ASSERT_TRUE(waitIdle());
    server.enqueue(kChatPath,
                   FakeResponse::openAiStream({QStringLiteral("The first chapter.")}, 40, 4));
    ASSERT_TRUE(controller->chat()->send(QStringLiteral("Yes please")));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(errors.count(), 1);
    const QVector<MessageRecord> rows =
        controller->messages().list(controller->chat()->sessionId());
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).content, QStringLiteral("Hello there."));
    EXPECT_EQ(rows.at(2).content, QStringLiteral("The first chapter."));

    // A health check refused the same way.
    server.enqueue(QStringLiteral("/v1/models"),
                   FakeResponse::openAiError(401, QStringLiteral("invalid_request_error"),
                                             QStringLiteral("invalid_api_key"), echo));
    const auto client = controller->makeClient(controller->providerConfig());
    bool checkedHealth = false;
    QString healthMessage;
    client->checkHealth([&](const HealthReport& report) {
        healthMessage = report.message() + u'\n' + report.error.serverMessage;
        checkedHealth = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return checkedHealth; }, 10000));
    EXPECT_TRUE(healthMessage.contains(QStringLiteral("Incorrect API key provided")));

    // The server did receive it, on every request (the turns, the health check, and any
    // the app made by itself).
    const QVector<FakeRequest> requests = server.requests();
    ASSERT_GE(requests.size(), 4);
    for (const FakeRequest& request : requests)
        EXPECT_EQ(request.header("authorization"), "Bearer " + kKey.toUtf8());

    // Nowhere else.
    QStringList shown;
    for (const QList<QVariant>& error : errors)
        shown.append(error.first().toString());
    shown.append(healthMessage);
    shown.append(controller->chat()->lastError().message());
    for (const QString& message : shown)
        EXPECT_EQ(leakIn(message), QString()) << message.toStdString();

    settings->sync();
    const QByteArray ini = dir.readFile(QStringLiteral("storyteller.ini"));
    EXPECT_TRUE(ini.contains("test-model")); // the file is the one written
    EXPECT_EQ(leakIn(ini), QString());

    const QByteArray database = dir.readFile(QStringLiteral("storyteller.db"));
    const QByteArray wal = dir.readFile(QStringLiteral("storyteller.db-wal"));
    const QByteArray both = database + wal;
    EXPECT_FALSE(database.isEmpty());
    EXPECT_TRUE(both.contains("The first chapter."));
    EXPECT_EQ(leakIn(database), QString());
    EXPECT_EQ(leakIn(wal), QString());
    EXPECT_FALSE(both.contains(kKey.toUtf8()));

    EXPECT_GT(LogCapture::count(), 0);
    EXPECT_TRUE(LogCapture::text().contains(QStringLiteral("storyteller.llm")));
    EXPECT_EQ(leakIn(LogCapture::text()), QString()) << LogCapture::text().toStdString();

    // The key itself was kept, in the private file.
    EXPECT_EQ(secrets.read(ProviderSettings::apiKeyName(QStringLiteral("custom"))), kKey);
}

} // namespace
} // namespace st
