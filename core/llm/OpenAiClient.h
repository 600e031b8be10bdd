#pragma once

#include "core/llm/ModelClient.h"

namespace st {

/// Any OpenAI-compatible server: /chat/completions (stream with include_usage), /models,
/// /embeddings. OpenAI, LM Studio, llama.cpp server, vLLM, OpenRouter, Ollama's /v1.
class OpenAiClient : public ModelClient
{
    Q_OBJECT
public:
    using ModelClient::ModelClient;

    QByteArray chatBody(const ChatRequest& request) const override;
    void listModels(ModelsCallback done) override;
    void embed(const QStringList& inputs, EmbeddingsCallback done) override;

protected:
    QString chatPath() const override;
    std::unique_ptr<StreamDecoder> newDecoder(const QString& secret) const override;
};

} // namespace st
