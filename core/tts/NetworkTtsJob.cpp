#include "core/tts/NetworkTtsJob.h"

#include "core/llm/HttpErrorClassifier.h"
#include "core/tts/TtsLog.h"
#include "core/util/ReplyCap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace st {
namespace {

using Kind = TtsError::Kind;

TtsError::Kind kindOf(LlmError::Kind kind)
{
    switch (kind) {
    case LlmError::Kind::Auth:
        return Kind::Auth;
    case LlmError::Kind::QuotaExceeded:
        return Kind::Quota;
    case LlmError::Kind::RateLimit:
        return Kind::RateLimited;
    case LlmError::Kind::ContextTooLong:
        return Kind::InputTooLong;
    case LlmError::Kind::ModelNotFound:
    case LlmError::Kind::EndpointNotFound:
    case LlmError::Kind::BadRequest:
        return Kind::Rejected;
    default:
        return Kind::Server;
    }
}

/// FastAPI's 422 `{"detail":[{"loc":[…],"msg":"…","type":"…"}]}` as "loc: msg; …".
QString validationMessage(const QByteArray& body)
{
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(QLatin1String("detail"));
    QStringList parts;
    for (const QJsonValue& item : detail.toArray()) {
        QStringList loc;
        for (const QJsonValue& part : item.toObject().value(QLatin1String("loc")).toArray())
            loc << (part.isString() ? part.toString() : QString::number(part.toInt()));
        const QString msg = item.toObject().value(QLatin1String("msg")).toString();
        parts << (loc.isEmpty() ? msg : loc.join(u'.') + QStringLiteral(": ") + msg);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

NetworkTtsJob::NetworkTtsJob(const TtsRequest& request, const QString& providerId,
                             QNetworkAccessManager& network, QObject* parent)
    : TtsJob(request, providerId, parent), m_network(network)
{}

NetworkTtsJob::~NetworkTtsJob()
{
    abort();
}

QNetworkRequest NetworkTtsJob::baseRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("User-Agent", QByteArrayLiteral("Storyteller/" STORYTELLER_VERSION));
    // Redirects only within the origin the user gave: the key must not follow one to
    // another host (NoLessSafe would send it to any HTTPS host).
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    r.setTransferTimeout(timeoutMs);
    return r;
}

void NetworkTtsJob::post(const QNetworkRequest& http, const QByteArray& body, const QString& format,
                         const QString& secret)
{
    m_format = format;
    m_secret = secret;
    qCDebug(lcTts) << providerId() << "POST" << http.url().toString(QUrl::RemoveUserInfo)
                   << request().text.size() << "chars";
    m_reply = m_network.post(http, body);
    ReplyCap::apply(m_reply, kMaxAudioBytes);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkTtsJob::onFinished);
}

void NetworkTtsJob::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void NetworkTtsJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (ReplyCap::exceeded(reply)) {
        fail(TtsError::make(Kind::Network, providerId(),
                            QStringLiteral("the voice server sent more than %1 MB for one clip")
                                .arg(kMaxAudioBytes / (1024 * 1024))));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status >= 400) {
        fail(fromHttp(providerId(), status, body, reply->rawHeaderPairs(), m_secret));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(TtsError::make(Kind::Timeout, providerId()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(TtsError::make(Kind::Network, providerId(),
                            LlmError::redact(reply->errorString(), m_secret)));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && body.size() < length.toLongLong()) {
        // Qt 6.4 may end a cut-off Content-Length body with NoError.
        fail(TtsError::make(Kind::Network, providerId(),
                            QStringLiteral("the audio was cut off after %1 of %2 bytes")
                                .arg(body.size())
                                .arg(length.toLongLong())));
        return;
    }
    const TtsError bad =
        checkAudio(providerId(), reply->rawHeader("Content-Type"), body, m_format, m_secret);
    if (bad.isError()) {
        fail(bad);
        return;
    }
    const TtsAudio result = audio(body, m_format);
    qCDebug(lcTts) << providerId() << "audio" << result.bytes.size() << "bytes" << result.format
                   << result.durationMs << "ms";
    finish(result);
}

TtsError NetworkTtsJob::fromHttp(const QString& providerId, int status, const QByteArray& body,
                                 const Headers& headers, const QString& secret)
{
    const LlmError llm = HttpErrorClassifier::fromHttp(status, body, headers, secret);
    TtsError error;
    error.kind = kindOf(llm.kind);
    error.providerId = providerId;
    error.httpStatus = status;
    error.code = llm.code;
    error.retryAfterMs = llm.retryAfterMs;
    error.serverMessage = llm.serverMessage;
    if (error.serverMessage.isEmpty())
        error.serverMessage = LlmError::redact(validationMessage(body), secret);
    return error;
}

TtsError NetworkTtsJob::checkAudio(const QString& providerId, const QByteArray& contentType,
                                   const QByteArray& bytes, const QString& format,
                                   const QString& secret)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    auto bad = [&](const QString& why) {
        return TtsError::make(Kind::BadAudio, providerId, LlmError::redact(why, secret));
    };
    if (type.startsWith("application/json") || type.startsWith("text/")) {
        return bad(
            QStringLiteral("%1 instead of audio: %2")
                .arg(QString::fromLatin1(type), QString::fromUtf8(bytes.left(200)).simplified()));
    }
    if (bytes.isEmpty())
        return bad(QStringLiteral("no audio bytes"));
    if (format == QLatin1String("wav") && !TtsAudio::looksLikeWav(bytes))
        return bad(QStringLiteral("not a WAV file"));
    if (format == QLatin1String("mp3") && !TtsAudio::looksLikeMp3(bytes))
        return bad(QStringLiteral("not an MP3 stream"));
    if (format.startsWith(QLatin1String("pcm")) && (bytes.size() % 2 != 0 || bytes.startsWith('{')))
        return bad(QStringLiteral("not 16-bit PCM"));
    return {};
}

TtsAudio NetworkTtsJob::audio(const QByteArray& bytes, const QString& format)
{
    TtsAudio result;
    result.format = format;
    if (format == QLatin1String("wav")) {
        result.bytes = TtsAudio::fixWavSizes(bytes);
        result.durationMs = TtsAudio::wavDurationMs(result.bytes);
    } else if (format == QLatin1String("mp3")) {
        result.bytes = bytes;
        result.durationMs = TtsAudio::mp3DurationMs(bytes);
    } else {
        result.bytes = bytes;
        result.durationMs = TtsAudio::pcmDurationMs(bytes.size(), result.pcmSampleRate());
    }
    return result;
}

} // namespace st
