#pragma once

#include "core/tts/TtsJob.h"
#include "core/tts/TtsRequest.h"

#include <QObject>
#include <QString>

namespace st {

/// A speech engine: EspeakTts (local, offline), OpenAiTts, ElevenLabsTts. One job per
/// sentence; see TtsJob for the signals and who deletes the job.
///
/// Text longer than maxInputChars() fails with TtsError::Kind::InputTooLong without any
/// work; blank text finishes at once with empty audio (nothing to say).
class TtsProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// "espeak", "openai" or "elevenlabs": stable, for settings and logs.
    virtual QString id() const = 0;
    /// What names this voice's audio in the SpeechCache: id(), plus the model and format
    /// where the provider has several.
    virtual QString cacheTag() const { return id(); }
    /// The longest text (in QString characters, i.e. UTF-16 units) one request may carry.
    virtual int maxInputChars() const = 0;
    /// The voice used for \a language ("en", "ko", "ja", "es") when a request names none.
    virtual QString defaultVoice(const QString& language) const = 0;
    /// What the engine is given for \a request: its text (after SpeechText), read the way
    /// this engine needs (the local voice: SpeechReading; others take the text as it is).
    virtual QString engineText(const TtsRequest& request) { return request.text; }
    /// Starts speaking \a request. The job is a child of this provider.
    virtual TtsJob* synthesize(const TtsRequest& request) = 0;
};

} // namespace st
