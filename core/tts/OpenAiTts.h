#pragma once

#include "core/tts/TtsProvider.h"

#include <QUrl>

class QNetworkAccessManager;

namespace st {

/// OpenAI's speech endpoint (and servers that copy it): `POST {baseUrl}/audio/speech` with
/// `Authorization: Bearer <key>` and the JSON `{"model","input","voice","response_format",
/// "speed"}` (plus `"instructions"` when set, never for tts-1*); the answer is the audio
/// itself (chunked). Voices are multilingual, so one default voice serves every language.
///
/// Input is limited to 4,096 characters (the API's maxLength): longer text fails with
/// InputTooLong without a request. Errors: 401/403 Auth, 429 insufficient_quota Quota,
/// 429 RateLimited (retryAfterMs from Retry-After / retry-after-ms), 5xx Server, other 4xx
/// Rejected, a JSON/text/empty/non-audio 200 BadAudio. Nothing is retried here: the
/// caller decides with TtsError::isRetryable() and retryAfterMs.
class OpenAiTts : public TtsProvider
{
    Q_OBJECT
public:
    enum class Format
    {
        Mp3,
        Wav,
        Pcm
    };

    struct Config
    {
        /// The API root, ending in /v1 ("/v1" is added to a URL without a path).
        QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        QString apiKey; // from SecretStore; never logged
        /// tts-1, tts-1-hd, gpt-4o-mini-tts, …
        QString model = QStringLiteral("gpt-4o-mini-tts");
        /// alloy, ash, ballad, coral, echo, fable, onyx, nova, sage, shimmer, verse, marin,
        /// cedar (ballad, verse, marin, cedar not with tts-1*).
        QString voice = QStringLiteral("alloy");
        /// mp3 (default), wav, or pcm (24 kHz s16le mono: "pcm_s16le@24000").
        Format format = Format::Mp3;
        /// How to speak ("calm, like a storyteller"); gpt-4o-mini-tts only; empty: not sent.
        QString instructions;
        /// Without a byte for this long the request fails with Timeout.
        int timeoutMs = 30000;
    };

    OpenAiTts(Config config, QNetworkAccessManager& network, QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("openai"); }
    QString cacheTag() const override
    {
        return id() + QLatin1Char(':') + m_config.model + QLatin1Char(':') +
               responseFormat(m_config.format) + QLatin1Char(':') + m_config.instructions;
    }
    int maxInputChars() const override { return kMaxInputChars; }
    QString defaultVoice(const QString& language) const override;
    TtsJob* synthesize(const TtsRequest& request) override;

    const Config& config() const { return m_config; }
    /// {baseUrl}/audio/speech
    QUrl endpoint() const;
    /// The JSON body for \a request.
    QByteArray body(const TtsRequest& request) const;
    /// "mp3", "wav" or "pcm" as sent in response_format.
    static QString responseFormat(Format format);
    /// The TtsAudio format of the answer: "mp3", "wav", "pcm_s16le@24000".
    static QString audioFormat(Format format);

    static constexpr int kMaxInputChars = 4096;
    static constexpr int kPcmSampleRate = 24000;

private:
    Config m_config;
    QNetworkAccessManager& m_network;
};

} // namespace st
