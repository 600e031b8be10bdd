#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

namespace st {

class ChatSession;
struct MessageRecord;
class NarrationController;
class SessionStore;

/// "Listen without answering": the story told through to the end like an audiobook. While
/// it is on, each next chapter starts by itself once the previous one has been spoken (the
/// voice's messageFinished for that reply) or, with no voice reading, after a pause to read
/// it. The narrator says each chapter's question as a thought to carry on with, not a
/// prompt (Narrator::setAudiobook). Any message from the listener turns it off at once (the
/// message is answered as usual); so do the end of the story and stop(). The switch is kept
/// with the session and comes back on when the session is resumed.
///
/// Pause holds the voice and the next chapter; skip starts the next chapter now (cutting
/// the one being told or read); stop ends the mode and the reading. A chapter stopped
/// (Esc) or failed ends the mode too: it is not carried on by itself.
class AudiobookMode : public QObject
{
    Q_OBJECT
public:
    /// Runs \a action after \a ms milliseconds (the seam for tests: no real waiting).
    using Schedule = std::function<void(int ms, std::function<void()> action)>;
    struct Deps
    {
        SessionStore& sessions;
        /// Default: a single-shot timer owned by the mode.
        Schedule schedule = {};
        /// The pause after a chapter when no voice reads it (time to read it).
        int textPauseMs = 4000;
        /// The pause after the voice finished a chapter, before the next one.
        int voicePauseMs = 800;
    };

    explicit AudiobookMode(Deps deps, QObject* parent = nullptr);
    ~AudiobookMode() override;

    /// Follows \a chat (the switch as the session kept it); nullptr: none.
    void attach(ChatSession* chat);
    void detach();
    /// The voice whose end of a chapter starts the next; nullptr: none (text pauses only).
    void setNarration(NarrationController* narration);

    bool isOn() const { return m_on; }
    /// Turns the mode on or off; on needs a chat whose story has not ended (false if not).
    bool setOn(bool on);
    bool isPaused() const { return m_paused; }
    void pause();
    void resume();
    void togglePause();
    /// The next chapter now: the chapter being told is cut where it is, the reading stops.
    /// False with no chat, at the end of the story, or when the chapter cannot start.
    bool skip();
    /// Ends the mode, stops the voice and the reply being told.
    void stop();
    /// The listener wrote something (sent or not yet sendable): back to conversation.
    void listenerSpoke();
    /// Whether the next chapter is waiting for the voice or the pause now.
    bool isWaiting() const { return m_waiting; }
    void setTextPauseMs(int ms) { m_deps.textPauseMs = std::max(0, ms); }
    int textPauseMs() const { return m_deps.textPauseMs; }
    void setVoicePauseMs(int ms) { m_deps.voicePauseMs = std::max(0, ms); }
    /// Replaces the timer (tests); an empty one restores the default.
    void setSchedule(Schedule schedule);

Q_SIGNALS:
    void onChanged(bool on);
    void pausedChanged(bool paused);
    /// The story was told to its end in audiobook mode (the mode is off now).
    void finished();
    /// A message from the listener turned the mode off.
    void switchedToConversation();

private:
    void onReplyFinished();
    void onRowsInserted(int first, int last);
    void onSpoken(qint64 messageId);
    /// After a chapter: waits for its voice, or for the text pause, then advances.
    void decide();
    void later(int ms);
    void advance();
    const MessageRecord* lastReply() const;
    void setPausedState(bool paused);
    void setOnState(bool on, bool remember);

    Deps m_deps;
    QPointer<ChatSession> m_chat;
    QPointer<NarrationController> m_narration;
    bool m_on = false;
    bool m_paused = false;
    bool m_waiting = false;
    qint64 m_waitingFor = 0;  // the reply whose voice is awaited
    qint64 m_spoken = 0;      // the last reply the voice finished
    quint64 m_generation = 0; // bumped to cancel what later() scheduled
    QMetaObject::Connection m_chatConnections[3];
};

} // namespace st
