#pragma once

#include "core/llm/ModelClient.h"

namespace st {

/// Ollama's native API: /api/chat (NDJSON), /api/tags, /api/embed.
class OllamaClient : public ModelClient
{
    Q_OBJECT
public:
    using ModelClient::ModelClient;

    std::unique_ptr<ReplyStream> chat(const ChatRequest& request) override;
    void listModels(ModelsCallback done) override;
    void embed(const QStringList& inputs, EmbeddingsCallback done) override;

    QByteArray chatBody(const ChatRequest& request) const;
};

} // namespace st
