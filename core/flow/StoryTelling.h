#pragma once

#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <functional>
#include <memory>

namespace st {

class AppFlow;
class ChatSession;
class ListenerWords;
class MessageStore;
class ModelClient;
class NarratorLines;
class Script;
class ScriptLibrary;
class ScriptListModel;
class SessionStore;
class SessionTitler;
class Settings;
struct Evaluation;

/// The chat's lifecycle: attaches a story to a session and tells it (a model narrator when
/// one is configured, the scripted one offline), resumes a saved session, names an untitled
/// session after its story, and closes the chat.
class StoryTelling : public QObject
{
    Q_OBJECT
public:
    struct Deps
    {
        AppFlow& flow;
        SessionStore& sessions;
        MessageStore& messages;
        ScriptLibrary& library;
        ScriptListModel& scriptModel;
        Settings& settings;
        Clock clock;
        std::function<int(int)> random;
        int narratorMsPerWord = -1; // the offline narrator's pace; -1: from the settings
        /// A client for the configured model; nullptr when none is configured.
        std::function<std::unique_ptr<ModelClient>()> makeClient;
    };

    explicit StoryTelling(Deps deps, QObject* parent = nullptr);
    ~StoryTelling() override;

    /// Attaches the evaluated script to \a session and starts telling it.
    bool tell(const SessionRecord& session, const Evaluation& evaluation, bool acceptedSuggestion);
    /// Goes on telling \a session's saved story where it stopped.
    bool resume(const SessionRecord& session);
    /// Stops the chat (the reply in progress is kept as it is) and forgets it.
    void close();
    ChatSession* chat() { return m_chat.get(); }
    const ChatSession* chat() const { return m_chat.get(); }

Q_SIGNALS:
    void chatStarted(st::ChatSession* chat);
    void chatEnded();
    /// The listener asked to stop the story (a closing message); handled after the signal.
    void endRequested();
    void errorOccurred(const QString& message);

private:
    bool start(const SessionRecord& session, const Script& script, bool acceptedSuggestion);

    Deps m_deps;
    std::unique_ptr<NarratorLines> m_lines;
    std::unique_ptr<ListenerWords> m_listenerWords;
    std::unique_ptr<ModelClient> m_client; // the client of the current chat, if a model
    std::unique_ptr<ChatSession> m_chat;
    std::unique_ptr<SessionTitler> m_titler; // the current session's title, while it is asked
};

} // namespace st
