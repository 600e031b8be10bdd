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

    std::unique_ptr<ReplyStream> chat(const ChatRequest& request) override;
    void listModels(ModelsCallback done) override;
    void embed(const QStringList& inputs, EmbeddingsCallback done) override;

    /// The JSON body of a streaming chat request.
    QByteArray chatBody(const ChatRequest& request) const;
};

} // namespace st
