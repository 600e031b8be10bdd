#include "core/llm/OllamaClient.h"

#include "core/llm/NetworkReplyStream.h"
#include "core/llm/OllamaStreamDecoder.h"
#include "core/util/JsonInput.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace st {

using nlohmann::json;

QByteArray OllamaClient::chatBody(const ChatRequest& request) const
{
    json messages = json::array();
    for (const ChatRequest::Message& m : request.messages)
        messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    nlohmann::ordered_json body = {
        {"model", config().model.toStdString()},
        {"messages", messages},
        {"stream", true},
        {"options",
         {{"temperature", request.temperature >= 0 ? request.temperature : config().temperature},
          {"num_predict", request.maxTokens > 0 ? request.maxTokens : config().maxTokens},
          {"num_ctx", config().contextBudget}}}};
    return QByteArray::fromStdString(body.dump());
}

std::unique_ptr<ReplyStream> OllamaClient::chat(const ChatRequest& chatRequest)
{
    const QByteArray body = chatBody(chatRequest);
    const QNetworkRequest http = request(config().endpoint(QStringLiteral("/api/chat")), true);
    const QString secret = config().apiKey;
    NetworkReplyStream::Options options{config().connectTimeoutMs, config().idleTimeoutMs, secret};
    return std::make_unique<NetworkReplyStream>(
        [this, http, body] { return network().post(http, body); },
        [secret] { return std::make_unique<OllamaStreamDecoder>(secret); }, options,
        RetryPolicy(config().maxRetries));
}

void OllamaClient::listModels(ModelsCallback done)
{
    getJson(config().endpoint(QStringLiteral("/api/tags")),
            [done = std::move(done)](const QByteArray& body, const LlmError& error) {
                QStringList models;
                LlmError result = error;
                const json doc = JsonInput::parse(body).value;
                if (!error.isError() && doc.is_object() && doc.contains("models") &&
                    doc["models"].is_array()) {
                    for (const json& m : doc["models"]) {
                        if (const auto name = JsonInput::string(m, "name"))
                            models.append(*name);
                    }
                } else if (!error.isError()) {
                    result.kind = LlmError::Kind::MalformedStream;
                    result.serverMessage = QStringLiteral("the model list is not Ollama's");
                }
                std::sort(models.begin(), models.end());
                done(models, result);
            });
}

void OllamaClient::embed(const QStringList& inputs, EmbeddingsCallback done)
{
    json input = json::array();
    for (const QString& text : inputs)
        input.push_back(text.toStdString());
    const json body = {{"model", config().embeddingModel.toStdString()}, {"input", input}};
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
