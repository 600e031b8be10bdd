#include "core/llm/ProviderPreset.h"

namespace st {

const QVector<ProviderPreset>& ProviderPreset::all()
{
    static const QVector<ProviderPreset> presets{
        {QStringLiteral("offline"), QStringLiteral("Offline narrator (no model)"), Api::OpenAi,
         QString(), false},
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), Api::OpenAi,
         QStringLiteral("https://api.openai.com/v1"), true},
        {QStringLiteral("ollama"), QStringLiteral("Ollama"), Api::Ollama,
         QStringLiteral("http://localhost:11434"), false},
        {QStringLiteral("lmstudio"), QStringLiteral("LM Studio"), Api::OpenAi,
         QStringLiteral("http://localhost:1234/v1"), false},
        {QStringLiteral("llamacpp"), QStringLiteral("llama.cpp server"), Api::OpenAi,
         QStringLiteral("http://localhost:8080/v1"), false},
        {QStringLiteral("vllm"), QStringLiteral("vLLM"), Api::OpenAi,
         QStringLiteral("http://localhost:8000/v1"), false},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter"), Api::OpenAi,
         QStringLiteral("https://openrouter.ai/api/v1"), true},
        {QStringLiteral("custom"), QStringLiteral("Custom (OpenAI-compatible)"), Api::OpenAi,
         QString(), false},
    };
    return presets;
}

ProviderPreset ProviderPreset::byId(const QString& id)
{
    for (const ProviderPreset& p : all()) {
        if (p.id == id)
            return p;
    }
    return all().last();
}

QString ProviderPreset::apiName(Api api)
{
    return api == Api::Ollama ? QStringLiteral("ollama") : QStringLiteral("openai");
}

} // namespace st
