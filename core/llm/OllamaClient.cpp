#include "core/llm/OllamaClient.h"

#include "core/llm/OllamaStreamDecoder.h"
#include "core/util/JsonInput.h"

#include <nlohmann/json.hpp>

namespace st {

using nlohmann::json;

QByteArray OllamaClient::chatBody(const ChatRequest& request) const
{
    nlohmann::ordered_json body = {{"model", config().model.toStdString()},
                                   {"messages", messagesJson(request)},
                                   {"stream", true},
                                   {"options",
                                    {{"temperature", temperature(request)},
                                     {"num_predict", maxTokens(request)},
                                     {"num_ctx", config().contextBudget}}}};
    return QByteArray::fromStdString(body.dump());
}

QString OllamaClient::chatPath() const
{
    return QStringLiteral("/api/chat");
}

std::unique_ptr<StreamDecoder> OllamaClient::newDecoder(const QString& secret) const
{
    return std::make_unique<OllamaStreamDecoder>(secret);
}

void OllamaClient::listModels(ModelsCallback done)
{
    getJson(config().endpoint(QStringLiteral("/api/tags")),
            [done = std::move(done)](const QByteArray& body, const LlmError& error) {
                QStringList models;
                LlmError result = error;
                const json doc = JsonInput::parse(body).value;
                if (!error.isError()) {
                    if (const auto names = sortedNames(doc, "models", "name")) {
                        models = *names;
                    } else {
                        result.kind = LlmError::Kind::MalformedStream;
                        result.serverMessage = QStringLiteral("the model list is not Ollama's");
                    }
                }
                done(models, result);
            });
}

void OllamaClient::embed(const QStringList& inputs, EmbeddingsCallback done)
{
    const json body = {{"model", config().embeddingModel.toStdString()},
                       {"input", stringsJson(inputs)}};
    postJson(config().endpoint(QStringLiteral("/api/embed")),
             QByteArray::fromStdString(body.dump()),
             [done = std::move(done)](const QByteArray& bytes, const LlmError& error) {
                 QVector<QVector<float>> vectors;
                 LlmError result = error;
                 const json doc = JsonInput::parse(bytes).value;
                 if (!error.isError()) {
                     const json* rows = JsonInput::member(doc, "embeddings");
                     if (rows && rows->is_array()) {
                         for (const json& row : *rows) {
                             const auto values = JsonInput::floats(row);
                             if (!values) {
                                 rows = nullptr;
                                 vectors.clear();
                                 break;
                             }
                             vectors.append(*values);
                         }
                     }
                     if (!rows || !rows->is_array()) {
                         result.kind = LlmError::Kind::MalformedStream;
                         result.serverMessage = QStringLiteral("no embeddings in the answer");
                     }
                 }
                 done(vectors, result);
             });
}

} // namespace st
