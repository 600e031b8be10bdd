#pragma once

#include "core/tts/TtsProvider.h"

#include <QUrl>

class QNetworkAccessManager;

namespace st {

/// ElevenLabs: `POST {baseUrl}/v1/text-to-speech/{voice_id}/stream?output_format=…` with
/// `xi-api-key: <key>` and the JSON `{"text","model_id","voice_settings":{"stability",
/// "similarity_boost","style","use_speaker_boost","speed"}}` (plus `"language_code"` when
/// sendLanguageCode: only the v2.5 / v3 models accept it); the answer streams the audio.
///
/// output_format: mp3_* (→ "mp3") or pcm_<rate> (→ "pcm_s16le@<rate>"); anything else
/// (ulaw, alaw, opus) is replaced by mp3_44100_128. voice_settings.speed is the request's
/// speed clamped to ElevenLabs' 0.7–1.2.
///
/// maxInputChars() follows the model's documented per-request limit: 40,000 for
/// flash/turbo v2.5, 30,000 for flash/turbo v2, otherwise 10,000 (multilingual v2 and the
/// rest; the lowest documented value, so it is also the fallback for unknown models).
///
/// Errors: 401 invalid_api_key / missing_permissions Auth; quota_exceeded (sent with 401)
/// Quota; 429 too_many_concurrent_requests etc. RateLimited; 5xx Server; 422 validation,
/// voice_not_found and other 4xx Rejected (the message lists FastAPI's loc: msg); a
/// JSON/text/empty/non-audio 200 BadAudio.
class ElevenLabsTts : public TtsProvider
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.elevenlabs.io"));
        QString apiKey; // from SecretStore; never logged
        QString modelId = QStringLiteral("eleven_multilingual_v2");
        /// A premade multilingual voice ("George"); used for every language.
        QString voiceId = QStringLiteral("JBFqnCBsd6RMkjVDRZzb");
        QString outputFormat = QStringLiteral("mp3_44100_128");
        double stability = 0.5;
        double similarityBoost = 0.75;
        double style = 0.0;
        bool useSpeakerBoost = true;
        bool sendLanguageCode = false;
        /// Without a byte for this long the request fails with Timeout.
        int timeoutMs = 30000;
    };

    ElevenLabsTts(Config config, QNetworkAccessManager& network, QObject* parent = nullptr);

    QString id() const override { return QStringLiteral("elevenlabs"); }
    QString cacheTag() const override
    {
        return id() + QLatin1Char(':') + m_config.modelId + QLatin1Char(':') + outputFormat() +
               QLatin1Char(':') + QString::number(m_config.stability) + QLatin1Char('/') +
               QString::number(m_config.similarityBoost) + QLatin1Char('/') +
               QString::number(m_config.style);
    }
    int maxInputChars() const override;
    QString defaultVoice(const QString& language) const override;
    TtsJob* synthesize(const TtsRequest& request) override;

    const Config& config() const { return m_config; }
    /// The output_format actually asked for (config's, or mp3_44100_128 when unsupported).
    QString outputFormat() const;
    /// The TtsAudio format of the answer: "mp3" or "pcm_s16le@<rate>".
    QString audioFormat() const;
    /// {baseUrl}/v1/text-to-speech/{voice}/stream?output_format=…
    QUrl endpoint(const QString& voiceId) const;
    QByteArray body(const TtsRequest& request) const;

    static constexpr double kMinSpeed = 0.7;
    static constexpr double kMaxSpeed = 1.2;

private:
    Config m_config;
    QNetworkAccessManager& m_network;
};

} // namespace st
