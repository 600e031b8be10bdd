#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// One piece of text (a sentence, usually) to be spoken by a TtsProvider.
struct TtsRequest
{
    QString text;
    /// The story language: "en", "ko", "ja" or "es" (anything else is spoken with the
    /// provider's English voice).
    QString language = QStringLiteral("en");
    /// A provider-specific voice id (espeak-ng voice name, OpenAI voice, ElevenLabs voice_id);
    /// empty: the provider's default voice for the language.
    QString voice;
    /// 1.0 is normal; clamped to 0.25–4.0 (and further to what a provider supports).
    double speed = 1.0;

    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 4.0;
    /// speed clamped to [kMinSpeed, kMaxSpeed] (1.0 when it is not a number).
    double clampedSpeed() const
    {
        if (!(speed == speed))
            return 1.0;
        return speed < kMinSpeed ? kMinSpeed : speed > kMaxSpeed ? kMaxSpeed : speed;
    }
};

} // namespace st

Q_DECLARE_METATYPE(st::TtsRequest)
