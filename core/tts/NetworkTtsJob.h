#pragma once

#include "core/tts/TtsJob.h"

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace st {

/// One HTTP request to a cloud voice (OpenAiTts, ElevenLabsTts) whose answer is audio:
/// posts a JSON body, collects the (possibly chunked) audio bytes, and turns every other
/// outcome into a TtsError.
class NetworkTtsJob : public TtsJob
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    NetworkTtsJob(const TtsRequest& request, const QString& providerId,
                  QNetworkAccessManager& network, QObject* parent = nullptr);
    ~NetworkTtsJob() override;

    /// Posts \a body to \a http; the answer must be audio in \a format ("mp3", "wav",
    /// "pcm_s16le@<rate>"). \a secret is masked in every message.
    void post(const QNetworkRequest& http, const QByteArray& body, const QString& format,
              const QString& secret);

    /// The most one clip may weigh (read whole): more is a server gone wrong.
    static constexpr qint64 kMaxAudioBytes = 32 * 1024 * 1024;

    /// The headers every cloud request has: JSON content type, user agent, redirects that
    /// stay within the origin, and \a timeoutMs without a byte → Timeout.
    static QNetworkRequest baseRequest(const QUrl& url, int timeoutMs);
    /// An HTTP error answer as a TtsError: OpenAI `{"error":{…}}`, ElevenLabs
    /// `{"detail":{"status","message"}}`, `{"detail":"…"}` and 422 `{"detail":[{"msg"}]}`.
    static TtsError fromHttp(const QString& providerId, int status, const QByteArray& body,
                             const Headers& headers, const QString& secret);
    /// BadAudio (with a reason) unless \a bytes of \a contentType are audio in \a format;
    /// a None error when they are.
    static TtsError checkAudio(const QString& providerId, const QByteArray& contentType,
                               const QByteArray& bytes, const QString& format,
                               const QString& secret);
    /// \a bytes in \a format, with its duration.
    static TtsAudio audio(const QByteArray& bytes, const QString& format);

protected:
    void abort() override;

private:
    void onFinished();

    QNetworkAccessManager& m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_format;
    QString m_secret;
};

} // namespace st
