#pragma once

#include "core/llm/ReplyStream.h"
#include "core/llm/RetryPolicy.h"
#include "core/llm/StreamDecoder.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkReply;

namespace st {

/// A model's streaming reply over HTTP: reads the body as it arrives (readyRead), decodes
/// it with the API's StreamDecoder, and turns every failure into a typed LlmError. A
/// request that fails before any text arrived is retried as RetryPolicy says; once text
/// has arrived it is never thrown away: a later failure keeps it and reports the error.
class NetworkReplyStream : public ReplyStream
{
    Q_OBJECT
public:
    struct Options
    {
        int connectTimeoutMs = 15000; // until the answer's headers
        int idleTimeoutMs = 60000;    // between two reads of the body
        QString secret;               // redacted from every message
    };
    using RequestFactory = std::function<QNetworkReply*()>;
    using DecoderFactory = std::function<std::unique_ptr<StreamDecoder>()>;

    NetworkReplyStream(RequestFactory request, DecoderFactory decoder, Options options,
                       RetryPolicy retry = RetryPolicy(), QObject* parent = nullptr);
    ~NetworkReplyStream() override;

    void start() override;
    void cancel() override;

    QString finishReason() const { return m_finishReason; }

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout(LlmError::Kind kind);
    void apply(const StreamDecoder::Output& out);
    void fail(const LlmError& error);
    void succeed();
    void dropReply();
    int httpStatus() const;

    RequestFactory m_request;
    DecoderFactory m_decoderFactory;
    Options m_options;
    RetryPolicy m_retry;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<StreamDecoder> m_decoder;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    QByteArray m_errorBody;
    QString m_finishReason;
    int m_attempts = 0;
    bool m_done = false;
    bool m_ended = false;
};

} // namespace st
