#pragma once

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace st {

/// How the narrator reads aloud: the voice service, its settings and key, auto-narrate,
/// speed and a voice per story language. Loaded and saved by VoiceSettings.
struct VoiceConfig
{
    /// "espeak" (local, offline; the default), "openai" or "elevenlabs".
    QString provider = QStringLiteral("espeak");
    bool autoNarrate = true;
    double speed = 1.0; // 0.5–2.0
    /// Voice ids by "<provider>/<language>" ("openai/ko" → "nova"); absent: the default.
    QVariantMap voices;
    QString apiKey; // for the cloud provider; never in the settings file
    QUrl openAiBaseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    QString openAiModel = QStringLiteral("gpt-4o-mini-tts");
    QString openAiInstructions;
    QUrl elevenLabsBaseUrl = QUrl(QStringLiteral("https://api.elevenlabs.io"));
    QString elevenLabsModel = QStringLiteral("eleven_multilingual_v2");
    double stability = 0.5;
    double similarityBoost = 0.75;
    double style = 0.0;
    bool speakerBoost = true;

    bool isLocal() const { return provider == QLatin1String("espeak"); }
    /// The voice chosen for \a language with the current provider (empty: its default).
    QString voiceFor(const QString& language) const
    {
        return voices.value(provider + QLatin1Char('/') + language).toString();
    }
    void setVoice(const QString& language, const QString& voice)
    {
        const QString key = provider + QLatin1Char('/') + language;
        if (voice.trimmed().isEmpty())
            voices.remove(key);
        else
            voices.insert(key, voice.trimmed());
    }

    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 2.0;
};

} // namespace st
