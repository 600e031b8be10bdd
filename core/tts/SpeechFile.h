#pragma once

#include "core/tts/ClipDecoder.h"
#include "core/tts/SpokenSentences.h"
#include "core/tts/TtsError.h"
#include "core/tts/TtsRequest.h"
#include "core/tts/WavWriter.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace st {

class TtsJob;
class TtsProvider;

/// A text spoken into one WAV file, sentence by sentence as narration reads it
/// (SpokenSentences), by one voice: 16-bit mono at the first clip's sample rate, with
/// kSentenceGapMs of silence between sentences. For `storyteller-cli say --output`.
///
/// Asynchronous: start() returns at once; exactly one of finished() or failed() follows
/// from the event loop. The file is written with QSaveFile: nothing is left behind when it
/// fails.
class SpeechFile : public QObject
{
    Q_OBJECT
public:
    /// \a provider speaks (not owned; must outlive this object).
    explicit SpeechFile(TtsProvider& provider, QObject* parent = nullptr);
    ~SpeechFile() override;

    /// Speaks \a text with \a voice (its text is ignored) into \a path.
    void start(const QString& text, const TtsRequest& voice, const QString& path);

    static constexpr int kSentenceGapMs = 250;

Q_SIGNALS:
    void finished(const QString& path);
    void failed(const QString& message);

private:
    void next();
    void onSpoken(const TtsAudio& audio);
    void onDecoded(const QByteArray& samples);
    void fail(const QString& message);

    TtsProvider& m_provider;
    ClipDecoder m_decoder;
    QVector<SpokenSentence> m_sentences;
    TtsRequest m_voice;
    QString m_path;
    int m_next = 0;
    int m_rate = 0;
    QPointer<TtsJob> m_job;
    std::unique_ptr<WavWriter> m_wav;
};

} // namespace st
