#include "core/tts/TtsError.h"

namespace st {
namespace {

QString withDetail(const QString& message, const QString& detail)
{
    if (detail.trimmed().isEmpty())
        return message;
    return message + u' ' +
           TtsError::tr("The voice service said: “%1”").arg(detail.trimmed().left(300));
}

} // namespace

bool TtsError::isRetryable() const
{
    return kind == Kind::RateLimited || kind == Kind::Server || kind == Kind::Network ||
           kind == Kind::Timeout;
}

bool TtsError::suggestsLocalVoice() const
{
    return kind != Kind::None && kind != Kind::Cancelled && !isPlayback() &&
           providerId != QLatin1String("espeak");
}

bool TtsError::isPlayback() const
{
    return kind == Kind::NoAudioDevice || kind == Kind::PlaybackFailed;
}

TtsError TtsError::make(Kind kind, const QString& providerId, const QString& detail)
{
    TtsError error;
    error.kind = kind;
    error.providerId = providerId;
    error.serverMessage = detail;
    return error;
}

QString TtsError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::EngineMissing:
        return QStringLiteral("engine-missing");
    case Kind::EngineFailed:
        return QStringLiteral("engine-failed");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Quota:
        return QStringLiteral("quota");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::NoAudioDevice:
        return QStringLiteral("no-audio-device");
    case Kind::PlaybackFailed:
        return QStringLiteral("playback-failed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::BadAudio:
        return QStringLiteral("bad-audio");
    case Kind::InputTooLong:
        return QStringLiteral("input-too-long");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString TtsError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::EngineMissing:
        return tr("The local voice needs espeak-ng, which is not installed. Install the "
                  "espeak-ng package, or choose a cloud voice in the narration settings.");
    case Kind::EngineFailed:
        return withDetail(tr("The local voice (espeak-ng) failed to speak this sentence. Try "
                             "another voice or language in the narration settings, or reinstall "
                             "espeak-ng."),
                          serverMessage);
    case Kind::Auth:
        return tr("The voice service refused the API key (HTTP %1). Check the key in the "
                  "narration settings; until then the local voice reads the story.")
            .arg(httpStatus);
    case Kind::Quota:
        return tr("Your account with the voice service has no credits left. Check your plan "
                  "with the provider; until then the local voice reads the story.");
    case Kind::RateLimited:
        return withDetail(tr("The voice service is limiting requests. Wait a moment and press "
                             "Play again, or switch to the local voice."),
                          serverMessage);
    case Kind::Server:
        return withDetail(tr("The voice service had a problem (HTTP %1). Try again in a moment, "
                             "or switch to the local voice.")
                              .arg(httpStatus),
                          serverMessage);
    case Kind::Rejected:
        return withDetail(tr("The voice service rejected the request (HTTP %1). Check the voice "
                             "and model in the narration settings, or switch to the local voice.")
                              .arg(httpStatus),
                          serverMessage);
    case Kind::Network:
        return withDetail(tr("Storyteller could not reach the voice service. Check the internet "
                             "connection and the address in the narration settings; the local "
                             "voice works offline."),
                          serverMessage);
    case Kind::Timeout:
        return tr("The voice service did not answer in time. Try again, or switch to the local "
                  "voice.");
    case Kind::BadAudio:
        return withDetail(tr("The voice service answered with something that is not audio. Check "
                             "the address and the audio format in the narration settings, or "
                             "switch to the local voice."),
                          serverMessage);
    case Kind::InputTooLong:
        return tr("This passage is longer than the voice can read in one request. It needs to "
                  "be split into shorter sentences, or read with another voice.");
    case Kind::Cancelled:
        return tr("Reading aloud was stopped.");
    case Kind::NoAudioDevice:
        return tr("No sound output was found, so the story is not read aloud. Connect "
                  "speakers or headphones (or start the sound server) and press Play.");
    case Kind::PlaybackFailed:
        return withDetail(tr("The sound could not be played, so reading aloud has stopped. "
                             "Check the sound output and press Play to try again."),
                          serverMessage);
    }
    return {};
}

} // namespace st
