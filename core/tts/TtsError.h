#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace st {

/// Why a TtsJob produced no audio, typed so each case gets its own message. message() is
/// for the user: what happened and what to do next. It never contains an API key
/// (serverMessage is redacted by the providers).
struct TtsError
{
    Q_DECLARE_TR_FUNCTIONS(st::TtsError)

public:
    enum class Kind
    {
        None,
        EngineMissing,  // espeak-ng is not installed (or the program cannot start)
        EngineFailed,   // espeak-ng exited with an error, crashed or wrote no WAV
        Auth,           // 401 / 403: the key was refused
        Quota,          // 429 insufficient_quota, ElevenLabs quota_exceeded: never retry
        RateLimited,    // 429 (retryAfterMs when the server said)
        Server,         // 5xx, 408, 409
        Rejected,       // another 4xx: unknown voice or model, 422 validation
        Network,        // refused, unreachable, reset, TLS, cut off
        Timeout,        // no (more) bytes in time
        BadAudio,       // the reply is not audio: JSON/text content type, empty, no WAV/MP3 magic
        InputTooLong,   // more than maxInputChars(): no request was made
        Cancelled,      // TtsJob::cancel()
        NoAudioDevice,  // the system has no sound output (playback, not synthesis)
        PlaybackFailed, // the player could not play the audio (codec missing, device lost)
    };

    Kind kind = Kind::None;
    QString providerId;    // "espeak", "openai", "elevenlabs"
    int httpStatus = 0;    // 0 when there was no HTTP answer
    QString serverMessage; // the server's (or espeak-ng's stderr) words, keys redacted
    QString code;          // the server's error code / status, e.g. "insufficient_quota"
    int retryAfterMs = -1; // from retry-after-ms / Retry-After, -1 when absent

    bool isError() const { return kind != Kind::None; }
    /// The same request may work if sent again later (RateLimited, Server, Network, Timeout).
    bool isRetryable() const;
    /// Trying the local espeak-ng voice instead makes sense (any cloud synthesis failure but
    /// Cancelled).
    bool suggestsLocalVoice() const;
    /// The sound could not be played (NoAudioDevice, PlaybackFailed): another voice won't help.
    bool isPlayback() const;
    QString message() const;
    static QString kindName(Kind kind);

    static TtsError make(Kind kind, const QString& providerId, const QString& detail = {});
};

} // namespace st

Q_DECLARE_METATYPE(st::TtsError)
