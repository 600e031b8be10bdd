#include "core/llm/HttpErrorClassifier.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using nlohmann::json;

QByteArray header(const HttpErrorClassifier::Headers& headers, const char* name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString jsonText(const json& value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return QString::number(value.get<long long>());
    return {};
}

struct ParsedBody
{
    QString message;
    QString type;
    QString code;
};

ParsedBody parseBody(const QByteArray& body)
{
    ParsedBody parsed;
    const json doc = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        parsed.message = QString::fromUtf8(body.left(300)).simplified();
        return parsed;
    }
    const auto error = doc.find("error");
    if (error != doc.end() && error->is_object()) {
        parsed.message = jsonText(error->value("message", json()));
        parsed.type = jsonText(error->value("type", json()));
        parsed.code = jsonText(error->value("code", json()));
    } else if (error != doc.end() && error->is_string()) {
        parsed.message = jsonText(*error);
    } else if (const auto detail = doc.find("detail"); detail != doc.end()) {
        parsed.message =
            detail->is_object() ? jsonText(detail->value("message", json())) : jsonText(*detail);
        if (detail->is_object())
            parsed.code = jsonText(detail->value("status", json()));
    } else if (const auto message = doc.find("message"); message != doc.end()) {
        parsed.message = jsonText(*message);
    }
    return parsed;
}

bool mentions(const QString& text, const char* word)
{
    return text.contains(QLatin1String(word), Qt::CaseInsensitive);
}

/// The answer says the model is missing (model_not_found, Ollama's "model 'x' not found",
/// vLLM's "The model `x` does not exist"), not merely that the unknown URL ends in /models.
bool namesMissingModel(const ParsedBody& body)
{
    if (mentions(body.code, "unknown_url"))
        return false;
    if (mentions(body.code + u' ' + body.type, "model_not_found"))
        return true;
    return mentions(body.message, "model") &&
           (mentions(body.message, "not found") || mentions(body.message, "does not exist"));
}

LlmError::Kind classify(int status, const ParsedBody& body)
{
    const QString all = body.code + u' ' + body.type + u' ' + body.message;
    if (mentions(all, "insufficient_quota") || mentions(all, "quota_exceeded"))
        return LlmError::Kind::QuotaExceeded;
    if (mentions(all, "context_length_exceeded") || mentions(all, "exceed_context_size") ||
        mentions(body.message, "maximum context length") ||
        mentions(body.message, "context size") || mentions(body.message, "context window"))
        return LlmError::Kind::ContextTooLong;
    if (status == 401 || status == 403 || mentions(all, "invalid_api_key"))
        return LlmError::Kind::Auth;
    if (status == 404)
        return namesMissingModel(body) ? LlmError::Kind::ModelNotFound
                                       : LlmError::Kind::EndpointNotFound;
    if (namesMissingModel(body))
        return LlmError::Kind::ModelNotFound;
    if (status == 429)
        return LlmError::Kind::RateLimit;
    if (status == 408 || status == 409 || status >= 500)
        return LlmError::Kind::Server;
    if (status >= 400)
        return LlmError::Kind::BadRequest;
    return LlmError::Kind::StreamError;
}

} // namespace

int HttpErrorClassifier::retryAfterMs(const Headers& headers, qint64 nowMs)
{
    // Milliseconds as an int, saturated: a server asking for a wait beyond int's range (25
    // days) must not wrap to a negative wait, i.e. a retry at once.
    const auto saturate = [](double ms) {
        return ms >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                             : static_cast<int>(std::lround(ms));
    };
    bool ok = false;
    const QByteArray ms = header(headers, "retry-after-ms");
    if (!ms.isEmpty()) {
        const double value = ms.toDouble(&ok);
        if (ok && std::isfinite(value) && value >= 0)
            return saturate(value);
    }
    const QByteArray after = header(headers, "retry-after");
    if (after.isEmpty())
        return -1;
    const double seconds = after.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && seconds >= 0 ? saturate(seconds * 1000.0) : -1;
    const QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(after).replace(QLatin1String(" GMT"), QString()),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return -1;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    const qint64 now = nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
    return saturate(double(std::max<qint64>(0, utc.toMSecsSinceEpoch() - now)));
}

LlmError HttpErrorClassifier::fromHttp(int status, const QByteArray& body, const Headers& headers,
                                       const QString& secret, qint64 nowMs)
{
    const ParsedBody parsed = parseBody(body);
    LlmError error;
    error.httpStatus = status;
    error.kind = classify(status, parsed);
    error.serverMessage = LlmError::redact(parsed.message, secret);
    error.code = parsed.code.isEmpty() ? parsed.type : parsed.code;
    error.retryAfterMs = retryAfterMs(headers, nowMs);
    const QByteArray shouldRetry = header(headers, "x-should-retry");
    if (!shouldRetry.isEmpty()) {
        error.hasShouldRetryHeader = true;
        error.shouldRetryHeader = shouldRetry == "true";
    }
    if (error.kind == LlmError::Kind::QuotaExceeded) {
        error.hasShouldRetryHeader = true; // never retried, whatever the headers say
        error.shouldRetryHeader = false;
    }
    return error;
}

LlmError HttpErrorClassifier::fromStreamError(const QByteArray& jsonBytes, const QString& secret)
{
    const ParsedBody parsed = parseBody(jsonBytes);
    LlmError error;
    error.kind = LlmError::Kind::StreamError;
    const LlmError::Kind kind = classify(200, parsed);
    if (kind == LlmError::Kind::ContextTooLong || kind == LlmError::Kind::QuotaExceeded ||
        kind == LlmError::Kind::ModelNotFound)
        error.kind = kind;
    error.serverMessage = LlmError::redact(
        parsed.message.isEmpty() ? QStringLiteral("An error occurred during streaming")
                                 : parsed.message,
        secret);
    error.code = parsed.code.isEmpty() ? parsed.type : parsed.code;
    return error;
}

} // namespace st
