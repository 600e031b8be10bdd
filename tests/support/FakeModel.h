#pragma once

#include "core/llm/OpenAiClient.h"
#include "core/llm/ProviderConfig.h"
#include "core/llm/ProviderSettings.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace st {
class FakeLlmServer;
}

/// A FakeLlmServer as the model of a test: the OpenAI-compatible provider at the server's
/// /v1 with the model "test-model", as a ProviderConfig, a client, the STORYTELLER_*
/// environment AppController reads, and the same variables for storyteller-cli.
namespace st::fakemodel {

/// The model name the fake server is asked for.
QString modelName();

/// The "custom" provider at \a server's /v1 with modelName(); the rest at their defaults.
ProviderConfig config(const FakeLlmServer& server);

/// An OpenAiClient of \a config on \a network, which is set to use no proxy (the fake
/// server is on 127.0.0.1).
std::unique_ptr<OpenAiClient> client(const ProviderConfig& config, QNetworkAccessManager& network);

/// An AppServices::environment that names the server at \a v1 (its /v1 URL) as an "openai"
/// provider of modelName(), with \a embeddingModel when not empty; any other variable is
/// unset.
ProviderSettings::Environment environment(const QUrl& v1, const QString& embeddingModel = {});
ProviderSettings::Environment environment(const FakeLlmServer& server,
                                          const QString& embeddingModel = {});

/// The same as STORYTELLER_* variables for storyteller-cli: an "openai" provider at \a v1
/// of \a model, with \a apiKey when not empty.
QList<QPair<QString, QString>> cliEnvironment(const QUrl& v1, const QString& model = modelName(),
                                              const QString& apiKey = {});
QList<QPair<QString, QString>> cliEnvironment(const FakeLlmServer& server,
                                              const QString& model = modelName(),
                                              const QString& apiKey = {});

} // namespace st::fakemodel
