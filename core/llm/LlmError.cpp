#include "core/llm/LlmError.h"

#include <QCoreApplication>

namespace st {
namespace {

QString withDetail(const QString& message, const QString& detail)
{
    if (detail.trimmed().isEmpty())
        return message;
    return message + u' ' + LlmError::tr("The server said: “%1”").arg(detail.trimmed().left(300));
}

} // namespace

bool LlmError::isRetryable() const
{
    if (hasShouldRetryHeader)
        return shouldRetryHeader;
    return kind == Kind::RateLimit || kind == Kind::Server;
}

QString LlmError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::ModelNotFound:
        return QStringLiteral("model-not-found");
    case Kind::EndpointNotFound:
        return QStringLiteral("endpoint-not-found");
    case Kind::RateLimit:
        return QStringLiteral("rate-limit");
    case Kind::QuotaExceeded:
        return QStringLiteral("quota-exceeded");
    case Kind::ContextTooLong:
        return QStringLiteral("context-too-long");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case Kind::IdleTimeout:
        return QStringLiteral("idle-timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::MalformedStream:
        return QStringLiteral("malformed-stream");
    case Kind::StreamError:
        return QStringLiteral("stream-error");
    case Kind::NotConfigured:
        return QStringLiteral("not-configured");
    }
    return {};
}

QString LlmError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        return LlmError::tr(
                   "The model server refused the API key (HTTP %1). Check the key in Model "
                   "provider settings, or that it is allowed to use this model.")
            .arg(httpStatus);
    case Kind::ModelNotFound:
        return withDetail(
            LlmError::tr("The server does not have the model that is set. Pick one from "
                         "the server's list in Model provider settings (with Ollama: "
                         "pull it first)."),
            serverMessage);
    case Kind::EndpointNotFound:
        return LlmError::tr(
            "The server has no such address (HTTP 404). Check the base URL in Model "
            "provider settings — OpenAI-compatible servers usually end in /v1.");
    case Kind::RateLimit:
        return withDetail(
            LlmError::tr("The model server is limiting requests and still refused after "
                         "retrying. Wait a minute and press Retry."),
            serverMessage);
    case Kind::QuotaExceeded:
        return LlmError::tr(
            "Your account with the model provider has no quota left. Check your plan "
            "and billing with the provider, or choose another provider.");
    case Kind::ContextTooLong:
        return withDetail(LlmError::tr("The request is longer than the model's context. Lower the "
                                       "context budget in Model provider settings, or use a model "
                                       "with a longer context."),
                          serverMessage);
    case Kind::BadRequest:
        return withDetail(LlmError::tr("The model server rejected the request (HTTP %1). Check the "
                                       "model and settings in Model provider settings.")
                              .arg(httpStatus),
                          serverMessage);
    case Kind::Server:
        return withDetail(
            LlmError::tr("The model server had a problem (HTTP %1), also after retrying. "
                         "Try again in a moment.")
                .arg(httpStatus),
            serverMessage);
    case Kind::Network:
        return withDetail(
            LlmError::tr("Storyteller could not reach the model server. Check that it is "
                         "running and that the base URL is right."),
            serverMessage);
    case Kind::ConnectTimeout:
        return LlmError::tr("The model server did not answer in time. Check that it is running and "
                            "reachable, or raise the connect timeout in Model provider settings.");
    case Kind::IdleTimeout:
        return LlmError::tr(
            "The model server stopped sending in the middle of the reply. What arrived "
            "is kept: press Continue or Retry.");
    case Kind::Cancelled:
        return LlmError::tr("Stopped. What was written so far is kept.");
    case Kind::MalformedStream:
        return withDetail(LlmError::tr("The reply was cut off or was not in the format the server "
                                       "promised. What arrived is kept: press Continue or Retry."),
                          serverMessage);
    case Kind::StreamError:
        return withDetail(
            LlmError::tr("The model server reported an error in the middle of the reply. "
                         "What arrived is kept: press Continue or Retry."),
            serverMessage);
    case Kind::NotConfigured:
        return LlmError::tr("No model is set up. Choose a provider, base URL and model in Model "
                            "provider settings.");
    }
    return {};
}

QString LlmError::redact(QString text, const QString& secret)
{
    if (secret.size() < 4)
        return text;
    text.replace(secret, QStringLiteral("[key]"));
    // Servers often echo a masked key ("sk-abc…xyz"); hide any 6+ character fragment too.
    for (int len = std::min<int>(12, int(secret.size()) - 1); len >= 6; --len) {
        for (int i = 0; i + len <= secret.size(); ++i)
            text.replace(secret.mid(i, len), QStringLiteral("[key]"));
    }
    return text;
}

} // namespace st
