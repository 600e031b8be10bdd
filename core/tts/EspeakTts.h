#pragma once

#include "core/tts/TtsProvider.h"

#include <QHash>
#include <memory>

namespace st {

class SpeechReading;

/// The local, offline voice: runs `espeak-ng -v <voice> -s <wpm> -b 1 --stdin --stdout`,
/// writes the text (UTF-8) to its stdin — never to argv — and reads a 22,050 Hz 16-bit
/// mono WAV from its stdout (the header's sizes fixed up, since espeak-ng cannot know them
/// on a pipe). Format "wav", duration exact.
///
/// Voices: en → en-us, ko → ko, ja → ja, es → es (a request's voice overrides: any name
/// `espeak-ng --voices` lists, e.g. "en-gb", "es-419"). Speed → words per minute:
/// 175 × speed, clamped to espeak-ng's 80–450.
///
/// What it is given: engineText(), the text read by SpeechReading for the request's
/// language — Japanese in katakana through MeCab (espeak-ng says each kanji as "Chinese
/// letter"), numbers and dates written out in Japanese, Korean and Spanish — and, for
/// Japanese with Latin words in it, SSML (EspeakMarkup, with -m) so the words are said in
/// English rather than spelled. The cache tag names the reading (SpeechReading::tag()), so
/// clips made from another reading are not reused. Korean and Spanish are understandable,
/// robotic. maxInputChars()
/// is 2,000: espeak-ng has no limit of its own, but a sentence never needs more and a
/// cap keeps each job well inside the timeout.
///
/// Errors: no program (not in PATH, or it cannot start) → EngineMissing; non-zero exit,
/// crash or no WAV on stdout → EngineFailed (with its stderr); no exit within timeoutMs
/// → Timeout (the process is killed); cancel() kills the process.
class EspeakTts : public TtsProvider
{
    Q_OBJECT
public:
    /// \a program: the espeak-ng executable; empty: "espeak-ng" found in PATH.
    explicit EspeakTts(const QString& program = {}, QObject* parent = nullptr);

    ~EspeakTts() override;

    QString id() const override { return QStringLiteral("espeak"); }
    /// "espeak/" and the reading's tag.
    QString cacheTag() const override;
    QString engineText(const TtsRequest& request) override;
    int maxInputChars() const override { return kMaxInputChars; }
    QString defaultVoice(const QString& language) const override;
    TtsJob* synthesize(const TtsRequest& request) override;

    /// The executable that will run (empty when none was found).
    QString program() const { return m_program; }
    /// The arguments for \a request (the text is not among them); \a markup: the engine
    /// text is SSML.
    QStringList arguments(const TtsRequest& request, bool markup = false) const;
    /// Reads Japanese with MeCab's dictionary in \a dir (empty: the default one).
    void setDictionary(const QString& dir);
    /// Why Japanese is read without the dictionary (empty when it is in use).
    QString readingError() const;
    /// 175 × \a speed (clamped to 0.25–4.0) within 80–450.
    static int wordsPerMinute(double speed);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    static constexpr int kMaxInputChars = 2000;
    /// How much longer than its text a reading may be.
    static constexpr int kReadingGrowth = 4;
    static constexpr int kDefaultTimeoutMs = 20000;

private:
    QString m_program;
    std::unique_ptr<SpeechReading> m_reading;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace st
