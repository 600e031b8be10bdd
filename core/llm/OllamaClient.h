#pragma once

#include "core/llm/ModelClient.h"

namespace st {

/// Ollama's native API: /api/chat (NDJSON), /api/tags, /api/embed.
class OllamaClient : public ModelClient
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
