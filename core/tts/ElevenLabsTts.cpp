#include "core/tts/ElevenLabsTts.h"

#include "core/tts/NetworkTtsJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace st {

ElevenLabsTts::ElevenLabsTts(Config config, QNetworkAccessManager& network, QObject* parent)
    : TtsProvider(parent), m_config(std::move(config)), m_network(network)
{}

int ElevenLabsTts::maxInputChars() const
{
    const QString& model = m_config.modelId;
    if (model.contains(QLatin1String("v2_5")))
        return 40000;
    if (model.contains(QLatin1String("flash_v2")) || model.contains(QLatin1String("turbo_v2")))
        return 30000;
    return 10000;
}

QString ElevenLabsTts::defaultVoice(const QString& language) const
{
    Q_UNUSED(language); // the multilingual models speak every language with any voice
    return m_config.voiceId.isEmpty() ? QStringLiteral("JBFqnCBsd6RMkjVDRZzb") : m_config.voiceId;
}

QString ElevenLabsTts::outputFormat() const
{
    const QString& format = m_config.outputFormat;
    if (format.startsWith(QLatin1String("mp3_")))
        return format;
    if (format.startsWith(QLatin1String("pcm_")) && format.mid(4).toInt() > 0)
        return format;
    return QStringLiteral("mp3_44100_128");
}

QString ElevenLabsTts::audioFormat() const
{
    const QString format = outputFormat();
    if (format.startsWith(QLatin1String("pcm_")))
        return TtsAudio::pcmFormat(format.mid(4).toInt());
    return QStringLiteral("mp3");
}

QUrl ElevenLabsTts::endpoint(const QString& voiceId) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1/text-to-speech/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(voiceId)) +
                    QStringLiteral("/stream"),
                QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("output_format"), outputFormat());
    url.setQuery(query);
    return url;
}

QByteArray ElevenLabsTts::body(const TtsRequest& request) const
{
    const double speed = qBound(kMinSpeed, request.clampedSpeed(), kMaxSpeed);
    QJsonObject json{
        {QStringLiteral("text"), request.text},
        {QStringLiteral("model_id"), m_config.modelId},
        {QStringLiteral("voice_settings"),
         QJsonObject{
             {QStringLiteral("stability"), m_config.stability},
             {QStringLiteral("similarity_boost"), m_config.similarityBoost},
             {QStringLiteral("style"), m_config.style},
             {QStringLiteral("use_speaker_boost"), m_config.useSpeakerBoost},
             {QStringLiteral("speed"), speed},
         }},
    };
    if (m_config.sendLanguageCode && !request.language.isEmpty())
        json.insert(QStringLiteral("language_code"), request.language);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

TtsJob* ElevenLabsTts::synthesize(const TtsRequest& request)
{
    auto* job = new NetworkTtsJob(request, id(), m_network, this);
    if (job->endEarly(maxInputChars(), audioFormat()))
        return job;
    const QString voice = request.voice.isEmpty() ? defaultVoice(request.language) : request.voice;
    QNetworkRequest http = NetworkTtsJob::baseRequest(endpoint(voice), m_config.timeoutMs);
    if (!m_config.apiKey.isEmpty())
        http.setRawHeader("xi-api-key", m_config.apiKey.toUtf8());
    job->post(http, body(request), audioFormat(), m_config.apiKey);
    return job;
}

} // namespace st
