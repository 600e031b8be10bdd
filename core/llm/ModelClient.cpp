#include "core/llm/ModelClient.h"

#include "core/llm/HttpErrorClassifier.h"
#include "core/llm/NetworkReplyStream.h"
#include "core/llm/OllamaClient.h"
#include "core/llm/OpenAiClient.h"
#include "core/util/ReplyCap.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>

namespace st {

ModelClient::ModelClient(ProviderConfig config, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_network(network)
{}

std::unique_ptr<ModelClient> ModelClient::create(const ProviderConfig& config,
                                                 QNetworkAccessManager& network)
{
    if (config.api == ProviderPreset::Api::Ollama)
        return std::make_unique<OllamaClient>(config, network);
    return std::make_unique<OpenAiClient>(config, network);
}

std::unique_ptr<ReplyStream> ModelClient::chat(const ChatRequest& chatRequest)
{
    const QByteArray body = chatBody(chatRequest);
    const QNetworkRequest http = request(m_config.endpoint(chatPath()), true);
    const QString secret = m_config.apiKey;
    NetworkReplyStream::Options options{m_config.connectTimeoutMs, m_config.idleTimeoutMs, secret};
    return std::make_unique<NetworkReplyStream>(
        [this, http, body] { return m_network.post(http, body); },
        [this, secret] { return newDecoder(secret); }, options, RetryPolicy(m_config.maxRetries));
}

JsonInput::Json ModelClient::messagesJson(const ChatRequest& request)
{
    Json messages = Json::array();
    for (const ChatRequest::Message& m : request.messages)
        messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    return messages;
}

JsonInput::Json ModelClient::stringsJson(const QStringList& texts)
{
    Json strings = Json::array();
    for (const QString& text : texts)
        strings.push_back(text.toStdString());
    return strings;
}

std::optional<QStringList> ModelClient::sortedNames(const Json& doc, const char* list,
                                                    const char* field)
{
    const Json* items = JsonInput::member(doc, list);
    if (!items || !items->is_array())
        return std::nullopt;
    QStringList names;
    for (const Json& item : *items) {
        if (const auto name = JsonInput::string(item, field))
            names.append(*name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

double ModelClient::temperature(const ChatRequest& request) const
{
    return request.temperature >= 0 ? request.temperature : m_config.temperature;
}

int ModelClient::maxTokens(const ChatRequest& request) const
{
    return request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
}

QNetworkRequest ModelClient::request(const QUrl& url, bool streaming) const
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", streaming
                                 ? QByteArrayLiteral("text/event-stream, application/x-ndjson")
                                 : QByteArrayLiteral("application/json"));
    r.setRawHeader("User-Agent", QByteArrayLiteral("Storyteller/" STORYTELLER_VERSION));
    if (!m_config.apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    // Redirects only within the origin the user gave: the key must not follow one to
    // another host (NoLessSafe would send it to any HTTPS host).
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    if (!streaming)
        r.setTransferTimeout(m_config.connectTimeoutMs);
    return r;
}

void ModelClient::getJson(const QUrl& url, JsonCallback done)
{
    QNetworkReply* reply = m_network.get(request(url, false));
    ReplyCap::apply(reply, kMaxJsonBytes);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ModelClient::postJson(const QUrl& url, const QByteArray& body, JsonCallback done)
{
    QNetworkReply* reply = m_network.post(request(url, false), body);
    ReplyCap::apply(reply, kMaxJsonBytes);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ModelClient::finishJson(QNetworkReply* reply, const JsonCallback& done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    LlmError error;
    if (ReplyCap::exceeded(reply)) {
        error.kind = LlmError::Kind::MalformedStream;
        error.serverMessage =
            QStringLiteral("an answer of more than %1 MB").arg(kMaxJsonBytes / (1024 * 1024));
        done({}, error);
        return;
    }
    const QByteArray body = reply->readAll();
    if (status >= 400) {
        error =
            HttpErrorClassifier::fromHttp(status, body, reply->rawHeaderPairs(), m_config.apiKey);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        error.kind = LlmError::Kind::ConnectTimeout;
    } else if (reply->error() != QNetworkReply::NoError) {
        error.kind = LlmError::Kind::Network;
        error.serverMessage = LlmError::redact(reply->errorString(), m_config.apiKey);
    }
    done(body, error);
}

void ModelClient::checkHealth(HealthCallback done)
{
    HealthReport report;
    report.serverUrl = m_config.baseUrl.toString(QUrl::RemoveUserInfo);
    report.model = m_config.model;
    if (!m_config.isConfigured()) {
        report.error.kind = LlmError::Kind::NotConfigured;
        done(report);
        return;
    }
    listModels(
        [report, done = std::move(done)](const QStringList& models, const LlmError& error) mutable {
            report.error = error;
            report.models = models;
            report.modelAvailable =
                !error.isError() && (models.contains(report.model) ||
                                     models.contains(report.model + QStringLiteral(":latest")));
            report.ok = report.modelAvailable;
            done(report);
        });
}

} // namespace st
