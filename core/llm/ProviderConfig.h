#pragma once

#include "core/llm/ProviderPreset.h"

#include <QStringList>
#include <QUrl>

namespace st {

/// Everything a client needs to talk to one model server.
struct ProviderConfig
{
    QString presetId = QStringLiteral("offline");
    ProviderPreset::Api api = ProviderPreset::Api::OpenAi;
    QUrl baseUrl;
    QString model;
    QString embeddingModel;
    QString apiKey; // from the secret store or STORYTELLER_API_KEY; never written to settings
    double temperature = 0.8;
    int maxTokens = 1024;
    int contextBudget = 8192;
    int connectTimeoutMs = 15000;
    int idleTimeoutMs = 60000;
    int maxRetries = 2;
    QStringList overridden; // settings replaced by environment variables, by key name

    bool isOffline() const { return presetId == QLatin1String("offline"); }
    /// A server and a model are set.
    bool isConfigured() const { return !isOffline() && baseUrl.isValid() && !model.isEmpty(); }
    /// baseUrl + \a path, for OpenAI-style bases ending in /v1 and Ollama's root.
    QUrl endpoint(const QString& path) const;
};

} // namespace st
