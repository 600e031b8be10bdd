#pragma once

#include "core/flow/AppFlow.h"
#include "core/flow/AppServices.h"
#include "core/llm/ProviderConfig.h"
#include "core/llm/ProviderSettings.h"
#include "core/match/Evaluation.h"
#include "core/script/ScriptParseResult.h"
#include "core/store/SearchResult.h"
#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace st {

class AudiobookMode;
class BatchImporter;
class ChatSession;
class Database;
class EmbeddingRanker;
class LexicalEvaluator;
class ListeningHistory;
class MessageListModel;
class MessageStore;
class ModelClient;
class ScoreCache;
class ScriptCreator;
class ScriptLibrary;
class ScriptListModel;
class SecretStore;
class SessionActions;
class SessionListModel;
class SessionSearch;
class SessionStore;
class Settings;
class StoryCheck;
class StoryTelling;

/// Carries out what the pages ask for and moves the AppFlow; knows nothing of widgets.
/// The composition root: it builds the stores, the library and the models, and the objects
/// that do the work — StoryCheck (which story a request means), StoryTelling (the chat's
/// lifecycle), SessionActions (rename, delete, export, import, fork), ScriptCreator (the
/// Create page), EmbeddingRanker (finding stories by meaning) — and forwards the pages'
/// calls to them.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(Database& database, Settings& settings, Clock clock = systemClock(),
                  std::function<int(int)> random = {}, AppServices services = AppServices(),
                  QObject* parent = nullptr);
    ~AppController() override;

    /// Marks replies a crash left streaming as interrupted (only with \a recoverReplies: the
    /// caller holds the data folder's FolderLock, so no live process is writing one) and
    /// installs the bundled stories.
    void initialize(bool recoverReplies = true);

    AppFlow& flow() { return m_flow; }
    Settings& settings() { return m_settings; }
    ScriptLibrary& library() { return *m_library; }
    SessionStore& sessions() { return *m_sessions; }
    MessageStore& messages() { return *m_messages; }
    /// Finds sessions by their titles and by what was said in them (the search panel), best
    /// first; a session deleted while its Undo is possible is left out.
    QVector<SearchResult> searchSessions(const QString& query, int limit) const;
    SessionListModel* sessionModel() { return m_sessionModel.get(); }
    /// The history of the session opened on the Session page (loaded by openSession()).
    MessageListModel* openedHistory() { return m_openedHistory.get(); }
    ScriptListModel* scriptModel() { return m_scriptModel.get(); }
    ChatSession* chat();
    /// "Listen without answering" for the current chat (see AudiobookMode).
    AudiobookMode& audiobook() { return *m_audiobook; }
    /// Rename, clear, delete with undo, export, import, continue in a new session.
    SessionActions& sessionActions() { return *m_sessionActions; }
    /// The Create page's work: reading a page and writing a script from it.
    ScriptCreator& creator() { return *m_creator; }
    std::optional<SessionRecord> currentSession() const;
    QString storyLanguage() const;
    /// The model provider as configured (settings, key, environment).
    ProviderConfig providerConfig() const;
    /// The same without the API key: no secret-store lookup (for display).
    ProviderConfig providerSummary() const;
    bool saveProviderConfig(const ProviderConfig& config);
    /// A client for \a config (the configured provider when omitted).
    std::unique_ptr<ModelClient> makeClient(const ProviderConfig& config);
    /// A client for the configured model; nullptr when none is configured.
    std::unique_ptr<ModelClient> makeConfiguredClient();
    QNetworkAccessManager& network() { return *m_network; }
    /// An importer of script files and documents into the library (File ▸ Import scripts…),
    /// writing scripts with the configured model and the pipeline settings.
    std::unique_ptr<BatchImporter> makeImporter();

    // Settings page
    bool startSession(const QString& name, const QString& language);
    // Check page
    void ask(const QString& request);
    /// After a near match ("Did you mean …?"): tells that story.
    bool acceptSuggestion();
    /// Tells a story chosen from the library (the sidebar, or a title "I don't know that
    /// story" offered), in the story language where the library has it.
    bool tellScript(qint64 scriptId);
    /// The near match of the last check, if it was one (set before checkFinished).
    bool hasSuggestion() const;
    bool exitToSettings();
    bool openCreate();
    // Create page
    ScriptParseResult parseScript(const QString& text) const;
    bool saveScript(const Script& script);
    bool discardCreate();
    // Chat page
    bool endChat();
    // Sidebar and Session page
    bool openSession(qint64 sessionId);
    bool continueSession();

    /// Embeds the scripts the configured embedding model has not seen yet, then loads the
    /// index used to find stories by meaning. Does nothing without an embedding model.
    void refreshEmbeddings();

Q_SIGNALS:
    void checkStep(const QString& step);
    /// Progress of embedding the library (done == total at the end).
    void embeddingProgress(int done, int total);
    void checkFinished(const st::Evaluation& evaluation, st::Evaluation::Decision decision);
    void chatStarted(st::ChatSession* chat);
    void chatEnded();
    void sessionOpened(const st::SessionRecord& session);
    void scriptSaved(qint64 scriptId, const QString& title);
    void errorOccurred(const QString& message);

private:
    /// Attaches the evaluated script to the current session and starts telling it.
    bool tell(const Evaluation& evaluation, bool acceptedSuggestion);

    Database& m_database;
    Settings& m_settings;
    Clock m_clock;
    AppFlow m_flow;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<ProviderSettings> m_providerSettings;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<SessionSearch> m_sessionSearch;
    std::unique_ptr<ScriptLibrary> m_library;
    std::unique_ptr<SessionListModel> m_sessionModel;
    std::unique_ptr<MessageListModel> m_openedHistory;
    std::unique_ptr<ListeningHistory> m_history;
    std::unique_ptr<ScriptListModel> m_scriptModel;
    std::unique_ptr<LexicalEvaluator> m_evaluator;
    std::unique_ptr<ScoreCache> m_scoreCache;
    std::unique_ptr<EmbeddingRanker> m_ranker;
    std::unique_ptr<StoryTelling> m_telling;
    std::unique_ptr<AudiobookMode> m_audiobook;
    std::unique_ptr<StoryCheck> m_check;
    std::unique_ptr<SessionActions> m_sessionActions;
    std::unique_ptr<ScriptCreator> m_creator;
    qint64 m_currentSession = 0;
};

} // namespace st
