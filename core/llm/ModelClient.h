#pragma once

#include "core/llm/ChatRequest.h"
#include "core/llm/HealthReport.h"
#include "core/llm/ProviderConfig.h"
#include "core/llm/ReplyStream.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace st {

/// A model server: streaming chat, its model list, embeddings and a health check, over
/// the app's QNetworkAccessManager. OpenAiClient and OllamaClient speak the two APIs.
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

    /// A reply stream for \a request, not started yet.
    virtual std::unique_ptr<ReplyStream> chat(const ChatRequest& request) = 0;
    virtual void listModels(ModelsCallback done) = 0;
    virtual void embed(const QStringList& inputs, EmbeddingsCallback done) = 0;
    /// Lists the models and checks that the configured one is among them.
    void checkHealth(HealthCallback done);

    /// The most a model list or a batch of embeddings may weigh (read whole).
    static constexpr qint64 kMaxJsonBytes = 16 * 1024 * 1024;

protected:
    using JsonCallback = std::function<void(const QByteArray& body, const LlmError& error)>;

    QNetworkRequest request(const QUrl& url, bool streaming) const;
    void getJson(const QUrl& url, JsonCallback done);
    void postJson(const QUrl& url, const QByteArray& body, JsonCallback done);
    QNetworkAccessManager& network() { return m_network; }

private:
    void finishJson(QNetworkReply* reply, const JsonCallback& done);

    ProviderConfig m_config;
    QNetworkAccessManager& m_network;
};

} // namespace st
