#include "core/llm/OpenAiClient.h"

#include "core/llm/OpenAiStreamDecoder.h"
#include "core/util/JsonInput.h"

#include <nlohmann/json.hpp>

namespace st {

using nlohmann::json;

QByteArray OpenAiClient::chatBody(const ChatRequest& request) const
{
    nlohmann::ordered_json body = {{"model", config().model.toStdString()},
                                   {"messages", messagesJson(request)},
                                   {"stream", true},
                                   {"stream_options", {{"include_usage", true}}},
                                   {"temperature", temperature(request)},
                                   {"max_tokens", maxTokens(request)}};
    return QByteArray::fromStdString(body.dump());
}

QString OpenAiClient::chatPath() const
{
    return QStringLiteral("/chat/completions");
}

std::unique_ptr<StreamDecoder> OpenAiClient::newDecoder(const QString& secret) const
{
    return std::make_unique<OpenAiStreamDecoder>(secret);
}

void OpenAiClient::listModels(ModelsCallback done)
{
    getJson(config().endpoint(QStringLiteral("/models")),
            [done = std::move(done)](const QByteArray& body, const LlmError& error) {
                QStringList models;
                LlmError result = error;
                const json doc = JsonInput::parse(body).value;
                if (!error.isError()) {
                    models = sortedNames(doc, "data", "id").value_or(QStringList());
                    if (!doc.is_object()) {
                        result.kind = LlmError::Kind::MalformedStream;
                        result.serverMessage = QStringLiteral("the model list is not JSON");
                    }
                }
                done(models, result);
            });
}

void OpenAiClient::embed(const QStringList& inputs, EmbeddingsCallback done)
{
    const json body = {{"model", config().embeddingModel.toStdString()},
                       {"input", stringsJson(inputs)},
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
