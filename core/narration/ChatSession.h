#pragma once

#include "core/narration/ListenerInput.h"
#include "core/narration/ListenerTurn.h"
#include "core/narration/Narrator.h"
#include "core/script/Script.h"
#include "core/store/MessageListModel.h"
#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <memory>

namespace st {

class ConversationSummarizer;
class InputTranslator;
class ListenerTurns;
class TurnJudge;
class ListenerWords;

class MessageStore;
class SessionStore;
class StreamingMessageWriter;

/// The conversation of one session: keeps its messages (model and database in step),
/// asks the narrator for each turn and streams the reply, which is a database row from its
/// first piece. Stop keeps what was said so far; a cut-off reply can be continued or told
/// again.
class ChatSession : public QObject
{
    Q_OBJECT
public:
    struct Deps
    {
        MessageStore& messages;
        SessionStore& sessions;
        Clock clock = systemClock();
    };

    ChatSession(SessionRecord session, Script script, std::unique_ptr<Narrator> narrator, Deps deps,
                QObject* parent = nullptr);
    ~ChatSession() override;

    /// A model session keeps a rolling summary of the turns older than the last few.
    void setSummarizer(std::unique_ptr<ConversationSummarizer> summarizer);
    /// Messages written in another language than the story's are translated first; both
    /// the original and the translation are kept.
    void setTranslator(std::unique_ptr<InputTranslator> translator);
    static constexpr int kKeepRecent = 4;
    /// Listens to what the listener's messages are (questions, "go on", "repeat", "back",
    /// "skip", "shorter"…) with \a words; without them every message is an answer.
    void setListenerWords(const ListenerWords& words);
    /// With a model: a message the rules are unsure of ("storm?") is judged by the model
    /// in one short request before the narrator answers it.
    void setTurnJudge(std::unique_ptr<TurnJudge> judge);

    /// Shows the history; a session with no narration yet starts with the hook.
    void begin();
    /// Sends the listener's message. Returns false (and keeps nothing) when a reply is
    /// still streaming or the text is empty or too long. "exit" in any language emits
    /// exitRequested.
    bool send(const QString& text);
    /// Stops the streaming reply at once; its text so far is kept, marked interrupted.
    void stop();
    /// The last reply was cut off (stopped, failed, or interrupted by a crash).
    bool canResumeReply() const;
    /// Goes on with the cut-off last reply, appending to it.
    bool continueReply();
    /// Tells the last reply's chapter again, replacing its text (cut off or not).
    bool retryReply();
    /// The last message is a narrator's reply and nothing is streaming.
    bool canRegenerate() const;
    bool regenerateReply();
    /// The versions of the last reply (regenerating keeps the earlier ones): how many there
    /// are and which is shown (0 = the oldest). The narrator goes on from the one shown.
    int replyVersionCount() const;
    int replyVersionIndex() const;
    /// Shows the previous (\a step -1) or next (+1) version of the last reply.
    bool showReplyVersion(int step);
    /// The listener's answer just before the last reply can be changed.
    bool canEditLastAnswer() const;
    QString lastAnswer() const;
    /// Replaces the listener's last answer with \a text and tells the reply again.
    bool editLastAnswer(const QString& text);

    bool isBusy() const;
    /// The reply being written: its message id (0 before its first piece or when none)
    /// and its text so far.
    qint64 streamingMessageId() const;
    QString streamingText() const;
    bool isFinished() const { return m_narrator->isFinished(); }
    bool wasResumed() const { return m_resumed; }
    int chapter() const { return m_chapter; }
    int chapterCount() const { return m_narrator->chapterCount(); }
    qint64 sessionId() const { return m_session.id; }
    /// The session as it was when the chat began (see name() for its name now).
    const SessionRecord& session() const { return m_session; }
    /// The session's name now: renamed in the sidebar or titled by the model since.
    QString name() const;
    const Script& script() const { return m_script; }
    QString welcomeBack() const { return m_narrator->welcomeBack(); }
    MessageListModel* model() { return &m_model; }
    /// The listener's wish for the chapters' length: -1 shorter, 0 as written, 1 longer.
    int replyLength() const { return m_session.replyLength; }
    /// Tells chapter \a chapter again (one already told) or, for the next one, goes on;
    /// false when busy or the chapter is neither.
    bool tellChapter(int chapter);
    /// A request about the telling made with a control rather than words: skip to the end,
    /// shorter or longer chapters (the narrator says so). False when busy or not listening.
    bool command(ListenerTurn::Kind kind);
    /// Audiobook mode for the narrator's next turns (see Narrator::setAudiobook).
    void setAudiobook(bool on) { m_narrator->setAudiobook(on); }
    /// Tokens used by this session's replies, as the server reported them.
    TokenUsage sessionUsage() const;
    /// The reason the last reply failed (Kind::None when it did not).
    LlmError lastError() const { return m_lastError; }

    static constexpr int kMaxMessageLength = 4000;

Q_SIGNALS:
    void progressChanged(int chapter, int total);
    void busyChanged(bool busy);
    void replyFinished();
    /// Another version of the last reply is shown.
    void replyVersionChanged();
    /// A piece of the reply being told, as it arrives.
    void replyDelta(const QString& piece);
    void exitRequested();
    void replyLengthChanged(int length);
    void errorOccurred(const QString& message);

private:
    enum class Mode
    {
        New,
        Continue,
        Replace
    };
    void streamTurn(Narrator::Turn turn, Mode mode);
    void onDelta(const QString& piece);
    void endStream(MessageRecord::Status status);
    void shareHistory(int beforeRow);
    void summarizeOlderTurns();
    void translateThenReply(int row, const QString& language, const ListenerTurn& turn);
    /// Stores \a translation of the message at \a row (or says why there is none) and
    /// replies to it.
    void replyTranslated(int row, const MessageRecord& original, const QString& language,
                         const ListenerTurn& turn, const QString& translation,
                         const QString& error);
    /// The narrator's reply to the listener's message at \a row, which is \a turn.
    void replyTo(int row, const ListenerTurn& turn);
    /// Whether \a text is over kMaxMessageLength (and the listener was told).
    bool tooLong(const QString& text);
    void judgeThenReply(int row, const ListenerTurn& rules);
    /// The narrator's turn for the listener's \a text, which is \a turn.
    Narrator::Turn respond(const ListenerTurn& turn, const QString& text);
    /// The turn that tells the reply at \a row again, as it was asked for.
    Narrator::Turn retold(int row);
    /// Whether the reply at \a row answered a message that did not move the story on (a
    /// question, "repeat", …): such a reply is told again rather than continued.
    bool answeredInPlace(int row) const;

    SessionRecord m_session;
    Script m_script;
    std::unique_ptr<Narrator> m_narrator;
    std::unique_ptr<ConversationSummarizer> m_summarizer;
    std::unique_ptr<ListenerTurns> m_turns;
    ListenerInput m_input; // the judge and the translator
    Deps m_deps;
    MessageListModel m_model;
    std::unique_ptr<ReplyStream> m_stream;
    std::unique_ptr<StreamingMessageWriter> m_writer;
    int m_streamRow = -1;
    int m_streamChapter = 0;
    int m_chapter = 0;
    bool m_resumed = false;
    bool m_saveErrorShown = false;
    LlmError m_lastError;
};

} // namespace st
