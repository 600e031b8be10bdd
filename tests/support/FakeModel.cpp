#include "support/FakeModel.h"

#include "support/FakeLlmServer.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace st::fakemodel {

namespace {

QUrl v1Of(const FakeLlmServer& server)
{
    return server.url(QStringLiteral("/v1"));
}

} // namespace

QString modelName()
{
    return QStringLiteral("test-model");
}

ProviderConfig config(const FakeLlmServer& server)
{
    ProviderConfig config;
    config.presetId = QStringLiteral("custom");
    config.baseUrl = v1Of(server);
    config.model = modelName();
    return config;
}

std::unique_ptr<OpenAiClient> client(const ProviderConfig& config, QNetworkAccessManager& network)
{
    network.setProxy(QNetworkProxy::NoProxy);
    return std::make_unique<OpenAiClient>(config, network);
}

ProviderSettings::Environment environment(const QUrl& v1, const QString& embeddingModel)
{
    const QString base = v1.toString();
    return [base, embeddingModel](const char* name) {
        const QByteArray n(name);
        if (n == "STORYTELLER_PROVIDER")
            return QStringLiteral("openai");
        if (n == "STORYTELLER_BASE_URL")
            return base;
        if (n == "STORYTELLER_MODEL")
            return modelName();
        if (n == "STORYTELLER_EMBEDDING_MODEL")
            return embeddingModel;
        return QString();
    };
}

ProviderSettings::Environment environment(const FakeLlmServer& server,
                                          const QString& embeddingModel)
{
    return environment(v1Of(server), embeddingModel);
}

QList<QPair<QString, QString>> cliEnvironment(const QUrl& v1, const QString& model,
                                              const QString& apiKey)
{
    QList<QPair<QString, QString>> env{
        {QStringLiteral("STORYTELLER_PROVIDER"), QStringLiteral("openai")},
        {QStringLiteral("STORYTELLER_BASE_URL"), v1.toString()},
        {QStringLiteral("STORYTELLER_MODEL"), model}};
    if (!apiKey.isEmpty())
        env.append({QStringLiteral("STORYTELLER_API_KEY"), apiKey});
    return env;
}

QList<QPair<QString, QString>> cliEnvironment(const FakeLlmServer& server, const QString& model,
                                              const QString& apiKey)
{
    return cliEnvironment(v1Of(server), model, apiKey);
}

} // namespace st::fakemodel
