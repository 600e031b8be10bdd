#include "core/llm/OpenAiClient.h"

#include "core/llm/NetworkReplyStream.h"
#include "core/llm/OpenAiStreamDecoder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace st {

using nlohmann::json;

QByteArray OpenAiClient::chatBody(const ChatRequest& request) const
{
    json messages = json::array();
    for (const ChatRequest::Message& m : request.messages)
        messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    nlohmann::ordered_json body = {
        {"model", config().model.toStdString()},
        {"messages", messages},
        {"stream", true},
        {"stream_options", {{"include_usage", true}}},
        {"temperature", request.temperature >= 0 ? request.temperature : config().temperature},
        {"max_tokens", request.maxTokens > 0 ? request.maxTokens : config().maxTokens}};
    return QByteArray::fromStdString(body.dump());
}

std::unique_ptr<ReplyStream> OpenAiClient::chat(const ChatRequest& chatRequest)
{
    const QByteArray body = chatBody(chatRequest);
    const QNetworkRequest http = request(config().endpoint(QStringLiteral("/chat/completions")), true);
    const QString secret = config().apiKey;
    NetworkReplyStream::Options options{config().connectTimeoutMs, config().idleTimeoutMs, secret};
    return std::make_unique<NetworkReplyStream>(
        [this, http, body] { return network().post(http, body); },
        [secret] { return std::make_unique<OpenAiStreamDecoder>(secret); }, options,
        RetryPolicy(config().maxRetries));
}

void OpenAiClient::listModels(ModelsCallback done)
{
    getJson(config().endpoint(QStringLiteral("/models")),
            [done = std::move(done)](const QByteArray& body, const LlmError& error) {
                QStringList models;
                const json doc = json::parse(body.toStdString(), nullptr, false);
                if (!error.isError() && doc.is_object() && doc.contains("data") &&
                    doc["data"].is_array()) {
                    for (const json& m : doc["data"]) {
                        if (m.is_object() && m.contains("id") && m["id"].is_string())
                            models.append(QString::fromStdString(m["id"].get<std::string>()));
                    }
                }
                LlmError result = error;
                if (!error.isError() && !doc.is_object()) {
                    result.kind = LlmError::Kind::MalformedStream;
                    result.serverMessage = QStringLiteral("the model list is not JSON");
                }
                std::sort(models.begin(), models.end());
                done(models, result);
            });
}

void OpenAiClient::embed(const QStringList& inputs, EmbeddingsCallback done)
{
    json input = json::array();
    for (const QString& text : inputs)
        input.push_back(text.toStdString());
    const json body = {{"model", config().embeddingModel.toStdString()},
                       {"input", input},
                       {"encoding_format", "float"}};
    postJson(config().endpoint(QStringLiteral("/embeddings")),
             QByteArray::fromStdString(body.dump()),
             [count = inputs.size(), done = std::move(done)](const QByteArray& bytes,
                                                             const LlmError& error) {
                 QVector<QVector<float>> vectors(count);
                 LlmError result = error;
                 const json doc = json::parse(bytes.toStdString(), nullptr, false);
                 if (!error.isError()) {
                     if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_array()) {
                         result.kind = LlmError::Kind::MalformedStream;
                         result.serverMessage = QStringLiteral("no embeddings in the answer");
                     } else {
                         for (const json& item : doc["data"]) {
                             const int index = item.value("index", 0);
                             if (index < 0 || index >= count || !item.contains("embedding"))
                                 continue;
                             for (const json& v : item["embedding"])
                                 vectors[index].append(v.get<float>());
                         }
                     }
                 }
                 done(result.isError() ? QVector<QVector<float>>() : vectors, result);
             });
}

} // namespace st
