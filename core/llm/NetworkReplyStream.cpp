#include "core/llm/NetworkReplyStream.h"

#include "core/llm/HttpErrorClassifier.h"
#include "core/llm/LlmLog.h"

#include <QNetworkReply>

namespace st {
namespace {

LlmError networkError(const QNetworkReply& reply, const QString& secret)
{
    LlmError error;
    error.kind = LlmError::Kind::Network;
    error.serverMessage = LlmError::redact(reply.errorString(), secret);
    return error;
}

} // namespace

NetworkReplyStream::NetworkReplyStream(RequestFactory request, DecoderFactory decoder,
                                       Options options, RetryPolicy retry, QObject* parent)
    : ReplyStream(parent), m_request(std::move(request)), m_decoderFactory(std::move(decoder)),
      m_options(std::move(options)), m_retry(std::move(retry))
{
    for (QTimer* timer : {&m_connectTimer, &m_idleTimer, &m_retryTimer})
        timer->setSingleShot(true);
    m_connectTimer.setInterval(m_options.connectTimeoutMs);
    m_idleTimer.setInterval(m_options.idleTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { onTimeout(LlmError::Kind::ConnectTimeout); });
    connect(&m_idleTimer, &QTimer::timeout, this,
            [this] { onTimeout(LlmError::Kind::IdleTimeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkReplyStream::send);
}

NetworkReplyStream::~NetworkReplyStream()
{
    dropReply();
}

void NetworkReplyStream::start()
{
    if (isRunning() || m_ended)
        return;
    setRunning(true);
    send();
}

void NetworkReplyStream::send()
{
    dropReply();
    ++m_attempts;
    m_errorBody.clear();
    m_done = false;
    m_decoder = m_decoderFactory();
    m_reply = m_request();
    if (!m_reply) {
        LlmError error;
        error.kind = LlmError::Kind::NotConfigured;
        fail(error);
        return;
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &NetworkReplyStream::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &NetworkReplyStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &NetworkReplyStream::onFinished);
    m_connectTimer.start();
}

int NetworkReplyStream::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void NetworkReplyStream::onMetaData()
{
    m_connectTimer.stop();
    m_idleTimer.start();
    const int status = httpStatus();
    const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status > 0 && status < 300 && type.startsWith(QLatin1String("text/html"))) {
        LlmError error;
        error.kind = LlmError::Kind::MalformedStream;
        error.httpStatus = status;
        error.serverMessage = QStringLiteral("the server sent a web page, not a model reply");
        fail(error);
    }
}

void NetworkReplyStream::onReadyRead()
{
    if (!m_reply || m_ended)
        return;
    m_connectTimer.stop();
    m_idleTimer.start();
    const QByteArray bytes = m_reply->readAll();
    if (httpStatus() >= 400) {
        if (m_errorBody.size() < 64 * 1024)
            m_errorBody += bytes;
        return;
    }
    apply(m_decoder->feed(bytes));
}

void NetworkReplyStream::apply(const StreamDecoder::Output& out)
{
    for (const QString& piece : out.deltas) {
        if (m_ended)
            return;
        appendDelta(piece);
    }
    if (out.usage.isKnown())
        setUsage(out.usage);
    if (!out.finishReason.isEmpty())
        m_finishReason = out.finishReason;
    if (out.done)
        m_done = true;
    if (out.error.isError())
        fail(out.error);
}

void NetworkReplyStream::onFinished()
{
    if (!m_reply || m_ended)
        return;
    m_connectTimer.stop();
    m_idleTimer.stop();
    const int status = httpStatus();
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_ended)
        return;
    if (status >= 400) {
        const LlmError error = HttpErrorClassifier::fromHttp(
            status, m_errorBody, m_reply->rawHeaderPairs(), m_options.secret);
        const int retries = m_attempts - 1;
        if (text().isEmpty() && m_retry.shouldRetry(error, retries)) {
            const int delay = m_retry.delayMs(error, retries);
            qCInfo(lcLlm) << "retrying after" << LlmError::kindName(error.kind) << "in" << delay
                          << "ms";
            dropReply();
            Q_EMIT retrying(m_attempts, delay);
            m_retryTimer.start(delay);
            return;
        }
        fail(error);
        return;
    }
    // Once a 2xx answer has begun, a closed connection is judged like a clean end (Qt 6.4
    // reports it either way): complete if the server marked the end, else cut off.
    if (m_reply->error() != QNetworkReply::NoError && !(status >= 200 && status < 300)) {
        fail(networkError(*m_reply, m_options.secret));
        return;
    }
    apply(m_decoder->finish());
    if (m_ended)
        return;
    if (!m_done) {
        LlmError error;
        error.kind = LlmError::Kind::MalformedStream;
        error.httpStatus = status;
        error.serverMessage =
            QStringLiteral("the reply ended before the server marked it complete");
        fail(error);
        return;
    }
    succeed();
}

void NetworkReplyStream::onTimeout(LlmError::Kind kind)
{
    if (m_ended)
        return;
    LlmError error;
    error.kind = kind;
    fail(error);
}

void NetworkReplyStream::cancel()
{
    if (m_ended || !isRunning())
        return;
    m_ended = true;
    LlmError error;
    error.kind = LlmError::Kind::Cancelled;
    setError(error);
    dropReply();
    setRunning(false);
    Q_EMIT cancelled();
}

void NetworkReplyStream::fail(const LlmError& error)
{
    if (m_ended)
        return;
    m_ended = true;
    setError(error);
    qCInfo(lcLlm) << "reply failed:" << LlmError::kindName(error.kind) << error.httpStatus;
    dropReply();
    setRunning(false);
    Q_EMIT failed(error.message());
}

void NetworkReplyStream::succeed()
{
    m_ended = true;
    dropReply();
    setRunning(false);
    Q_EMIT finished();
}

void NetworkReplyStream::dropReply()
{
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace st
