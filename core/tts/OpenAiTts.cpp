#include "core/tts/OpenAiTts.h"

#include "core/tts/NetworkTtsJob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace st {

OpenAiTts::OpenAiTts(Config config, QNetworkAccessManager& network, QObject* parent)
    : TtsProvider(parent), m_config(std::move(config)), m_network(network)
{}

QString OpenAiTts::defaultVoice(const QString& language) const
{
    Q_UNUSED(language); // OpenAI's voices speak every language
    return m_config.voice.isEmpty() ? QStringLiteral("alloy") : m_config.voice;
}

QUrl OpenAiTts::endpoint() const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("/v1");
    url.setPath(base + QStringLiteral("/audio/speech"));
    return url;
}

QString OpenAiTts::responseFormat(Format format)
{
    switch (format) {
    case Format::Wav:
        return QStringLiteral("wav");
    case Format::Pcm:
        return QStringLiteral("pcm");
    case Format::Mp3:
        break;
    }
    return QStringLiteral("mp3");
}

QString OpenAiTts::audioFormat(Format format)
{
    return format == Format::Pcm ? TtsAudio::pcmFormat(kPcmSampleRate) : responseFormat(format);
}

QByteArray OpenAiTts::body(const TtsRequest& request) const
{
    QJsonObject json{
        {QStringLiteral("model"), m_config.model},
        {QStringLiteral("input"), request.text},
        {QStringLiteral("voice"),
         request.voice.isEmpty() ? defaultVoice(request.language) : request.voice},
        {QStringLiteral("response_format"), responseFormat(m_config.format)},
        {QStringLiteral("speed"), request.clampedSpeed()},
    };
    if (!m_config.instructions.isEmpty() && !m_config.model.startsWith(QLatin1String("tts-1")))
        json.insert(QStringLiteral("instructions"), m_config.instructions.left(4096));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

TtsJob* OpenAiTts::synthesize(const TtsRequest& request)
{
    auto* job = new NetworkTtsJob(request, id(), m_network, this);
    if (job->endEarly(kMaxInputChars, audioFormat(m_config.format)))
        return job;
    QNetworkRequest http = NetworkTtsJob::baseRequest(endpoint(), m_config.timeoutMs);
    if (!m_config.apiKey.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    job->post(http, body(request), audioFormat(m_config.format), m_config.apiKey);
    return job;
}

} // namespace st
