#pragma once

#include "core/llm/ChatRequest.h"
#include "core/llm/HealthReport.h"
#include "core/llm/ProviderConfig.h"
#include "core/llm/ReplyStream.h"
#include "core/llm/StreamDecoder.h"
#include "core/util/JsonInput.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace st {

/// A model server: streaming chat, its model list, embeddings and a health check, over
/// the app's QNetworkAccessManager. OpenAiClient and OllamaClient speak the two APIs; what
/// the two share (the HTTP request, the chat stream, the messages and the provider's
/// defaults, reading whole JSON answers) is here.
class ModelClient : public QObject
{
    Q_OBJECT
public:
    using ModelsCallback = std::function<void(const QStringList& models, const LlmError& error)>;
    using EmbeddingsCallback =
        std::function<void(const QVector<QVector<float>>& vectors, const LlmError& error)>;
    using HealthCallback = std::function<void(const HealthReport& report)>;

    ModelClient(ProviderConfig config, QNetworkAccessManager& network, QObject* parent = nullptr);

    static std::unique_ptr<ModelClient> create(const ProviderConfig& config,
                                               QNetworkAccessManager& network);

    const ProviderConfig& config() const { return m_config; }

    /// A reply stream for \a request, not started yet: chatBody() posted to chatPath(),
    /// read with newDecoder().
    std::unique_ptr<ReplyStream> chat(const ChatRequest& request);
    /// The JSON body of a streaming chat request, in this API's shape.
    virtual QByteArray chatBody(const ChatRequest& request) const = 0;
    virtual void listModels(ModelsCallback done) = 0;
    virtual void embed(const QStringList& inputs, EmbeddingsCallback done) = 0;
    /// Lists the models and checks that the configured one is among them.
    void checkHealth(HealthCallback done);

    /// The most a model list or a batch of embeddings may weigh (read whole).
    static constexpr qint64 kMaxJsonBytes = 16 * 1024 * 1024;

protected:
    using JsonCallback = std::function<void(const QByteArray& body, const LlmError& error)>;
    using Json = JsonInput::Json;

    /// The chat endpoint, below the base URL.
    virtual QString chatPath() const = 0;
    /// A decoder of one chat reply's body; \a secret is redacted from its errors.
    virtual std::unique_ptr<StreamDecoder> newDecoder(const QString& secret) const = 0;

    /// The request's messages as a JSON array of {role, content}.
    static Json messagesJson(const ChatRequest& request);
    /// \a texts as a JSON array of strings (the input of an embedding request).
    static Json stringsJson(const QStringList& texts);
    /// The string \a field of each object in the array \a list of \a doc, sorted (elements
    /// without one are passed over); nullopt when \a doc has no such array.
    static std::optional<QStringList> sortedNames(const Json& doc, const char* list,
                                                  const char* field);
    /// The request's temperature and token limit, or the provider's where it sets none.
    double temperature(const ChatRequest& request) const;
    int maxTokens(const ChatRequest& request) const;

    QNetworkRequest request(const QUrl& url, bool streaming) const;
    void getJson(const QUrl& url, JsonCallback done);
    void postJson(const QUrl& url, const QByteArray& body, JsonCallback done);

private:
    void finishJson(QNetworkReply* reply, const JsonCallback& done);

    ProviderConfig m_config;
    QNetworkAccessManager& m_network;
};

} // namespace st
