#include "core/llm/OpenAiClient.h"

#include "core/llm/NetworkReplyStream.h"
#include "core/llm/OpenAiStreamDecoder.h"
#include "core/util/JsonInput.h"

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
    const QNetworkRequest http =
        request(config().endpoint(QStringLiteral("/chat/completions")), true);
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
                const json doc = JsonInput::parse(body).value;
                if (!error.isError() && doc.is_object() && doc.contains("data") &&
                    doc["data"].is_array()) {
                    for (const json& m : doc["data"]) {
                        if (const auto id = JsonInput::string(m, "id"))
                            models.append(*id);
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
                 const json doc = JsonInput::parse(bytes).value;
                 if (!error.isError()) {
                     if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_array()) {
                         result.kind = LlmError::Kind::MalformedStream;
                         result.serverMessage = QStringLiteral("no embeddings in the answer");
                     } else {
                         for (const json& item : doc["data"]) {
                             const auto index = JsonInput::integer(item, "index", 0, count - 1);
                             const json* embedding = JsonInput::member(item, "embedding");
                             const auto values =
                                 embedding ? JsonInput::floats(*embedding) : std::nullopt;
                             if (!index || !values) {
                                 result.kind = LlmError::Kind::MalformedStream;
                                 result.serverMessage =
                                     QStringLiteral("an embedding that is not a list of numbers "
                                                    "with its index");
                                 break;
                             }
                             vectors[*index] = *values;
                         }
                     }
                 }
                 done(result.isError() ? QVector<QVector<float>>() : vectors, result);
             });
}

} // namespace st
