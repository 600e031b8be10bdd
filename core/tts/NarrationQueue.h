#pragma once

#include "core/tts/SpokenSentences.h"
#include "core/tts/TtsAudio.h"
#include "core/tts/TtsError.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace st {

class AudioPlayer;
class SpeechCache;
class TtsJob;
class TtsProvider;

/// Reads one message aloud while it is still being written: the text streams in with
/// feed(), complete sentences go to the voice in order, a few ahead of the one playing
/// (lookahead), and play one after another on the AudioPlayer. A sentence already in the
/// SpeechCache is played from there; each one synthesized is stored.
///
/// Failures: when the voice fails (any kind but Cancelled) and a fallback voice is set, the
/// sentence and the rest are read by the fallback (fellBack()); otherwise, or when the
/// player cannot play, the queue stops and failed() says why. The text is never touched.
class NarrationQueue : public QObject
{
    Q_OBJECT
public:
    struct Voice
    {
        QString language = QStringLiteral("en");
        QString voice; // empty: the provider's default for the language
        double speed = 1.0;
    };
    enum class State
    {
        Idle,      // nothing to read
        Preparing, // waiting for the next sentence's audio
        Playing,
        Paused,
    };
    Q_ENUM(State)

    explicit NarrationQueue(AudioPlayer& player, QObject* parent = nullptr);
    ~NarrationQueue() override;

    /// The voice (not owned; must outlive the queue or be replaced first).
    void setProvider(TtsProvider* provider);
    /// Read with this voice when the provider fails (not owned; nullptr: none).
    void setFallback(TtsProvider* fallback);
    void setCache(SpeechCache* cache);
    /// Sentences synthesized ahead of the one playing (at least 1).
    void setLookahead(int sentences);

    /// Starts reading message \a messageId, whose text will come with feed(). The
    /// sentences in \a alreadyTold are not read again (a reply continued after a stop).
    void begin(qint64 messageId, const Voice& voice, const QString& alreadyTold = {});
    void feed(const QString& delta);
    /// The message text is complete: the last sentence needs no more confirmation.
    void finish();
    /// begin() + feed(\a text) + finish(): a whole message (replay).
    void speak(qint64 messageId, const QString& text, const Voice& voice);
    /// Stops reading at once: jobs cancelled, player stopped. State Idle.
    void stop();
    void pause();
    void resume();
    /// Sentences not yet synthesized are read at \a speed.
    void setSpeed(double speed) { m_voice.speed = speed; }

    State state() const { return m_state; }
    /// The message being read (0 when Idle).
    qint64 messageId() const { return m_state == State::Idle ? 0 : m_messageId; }
    /// The sentence playing (or about to), -1 when none.
    int currentSentence() const;
    QString currentText() const;
    /// The voice reading now (the fallback after a failure).
    TtsProvider* activeProvider() const { return m_active; }
    /// Sentences the voice had to make (not found in the cache), since construction.
    int synthesizedCount() const { return m_synthesized; }

Q_SIGNALS:
    void stateChanged(st::NarrationQueue::State state);
    /// Sentence \a index of the message starts to sound.
    void sentenceStarted(qint64 messageId, int index, const QString& text);
    /// Every sentence of the finished message has been played.
    void messageFinished(qint64 messageId);
    /// The voice failed with \a error; the fallback voice reads on.
    void fellBack(const st::TtsError& error);
    /// Reading stopped because of \a error (the queue is Idle).
    void failed(const st::TtsError& error);

private:
    struct Sentence
    {
        enum class Stage
        {
            Pending,
            Synthesizing,
            Ready,
            Done,
        };
        QString text;   // as written (for the indicator)
        QString speech; // what the voice reads
        Stage stage = Stage::Pending;
        TtsAudio audio;
        QPointer<TtsJob> job;
        QString key; // SpeechCache voice key
    };
    using Stage = Sentence::Stage;

    void addSentences(const QVector<SpokenSentence>& sentences, bool told);
    void pump();
    void startSynthesis(int index);
    void onJobFinished(TtsJob* job, int index, const TtsAudio& audio);
    void onJobFailed(TtsJob* job, int index, const TtsError& error);
    void playNext();
    void onPlayed();
    void cancelJobs();
    void setState(State state);
    void fail(const TtsError& error);
    int maxChars() const;

    AudioPlayer& m_player;
    TtsProvider* m_provider = nullptr;
    TtsProvider* m_fallback = nullptr;
    TtsProvider* m_active = nullptr;
    SpeechCache* m_cache = nullptr;
    int m_lookahead = 3;
    SpokenSentences m_spoken; // the message cut into the sentences read aloud
    QVector<Sentence> m_sentences;
    qint64 m_messageId = 0;
    Voice m_voice;
    int m_next = 0; // the sentence to play next (or playing, when m_playing)
    bool m_playing = false;
    bool m_complete = false; // finish() was called
    State m_state = State::Idle;
    int m_synthesized = 0;
    quint64 m_generation = 0; // bumped by begin()/stop(): late job signals are ignored
};

} // namespace st
