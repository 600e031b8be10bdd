#pragma once

#include <QString>
#include <QVector>

namespace st {

/// A known kind of model server, with the API it speaks and where it usually listens.
struct ProviderPreset
{
    enum class Api
    {
        OpenAi,
        Ollama
    };

    QString id; // offline, openai, ollama, lmstudio, llamacpp, vllm, openrouter, custom
    QString name;
    Api api = Api::OpenAi;
    QString defaultBaseUrl;
    bool needsKey = false;

    static const QVector<ProviderPreset>& all();
    /// The preset with \a id; "custom" when unknown.
    static ProviderPreset byId(const QString& id);
    static QString apiName(Api api); // "openai" or "ollama"
};

} // namespace st
