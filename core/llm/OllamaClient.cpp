#include "core/llm/OllamaClient.h"

#include "core/llm/NetworkReplyStream.h"
#include "core/llm/OllamaStreamDecoder.h"

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
                const json doc = json::parse(body.toStdString(), nullptr, false);
                if (!error.isError() && doc.is_object() && doc.contains("models") &&
                    doc["models"].is_array()) {
                    for (const json& m : doc["models"]) {
                        if (m.is_object() && m.contains("name") && m["name"].is_string())
                            models.append(QString::fromStdString(m["name"].get<std::string>()));
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
    postJson(config().endpoint(QStringLiteral("/api/embed")), QByteArray::fromStdString(body.dump()),
             [done = std::move(done)](const QByteArray& bytes, const LlmError& error) {
                 QVector<QVector<float>> vectors;
                 LlmError result = error;
                 const json doc = json::parse(bytes.toStdString(), nullptr, false);
                 if (!error.isError()) {
                     if (!doc.is_object() || !doc.contains("embeddings")) {
                         result.kind = LlmError::Kind::MalformedStream;
                         result.serverMessage = QStringLiteral("no embeddings in the answer");
                     } else {
                         for (const json& row : doc["embeddings"]) {
                             QVector<float> v;
                             for (const json& x : row)
                                 v.append(x.get<float>());
                             vectors.append(v);
                         }
                     }
                 }
                 done(vectors, result);
             });
}

} // namespace st
