#pragma once

#include "core/flow/AppFlow.h"
#include "core/flow/AppServices.h"
#include "core/llm/ProviderConfig.h"
#include "core/llm/ProviderSettings.h"
#include "core/store/SessionRecord.h"
#include "core/match/Evaluation.h"
#include "core/script/ScriptParseResult.h"
#include "core/util/Clock.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace st {

class ChatSession;
class ScriptCreator;
class ModelClient;
class ModelEvaluator;
class EmbeddingIndex;
class EmbeddingIndexer;
class EmbeddingStore;
class ScoreCache;
class SecretStore;
class Database;
class LexicalEvaluator;
class MessageStore;
class ListenerWords;
class NarratorLines;
class ScriptLibrary;
class ListeningHistory;
class ScriptListModel;
class SessionListModel;
class SessionSearch;
class SessionStore;
class SessionTitler;
class Settings;

/// Carries out what the pages ask for: creates and resumes sessions, evaluates requests,
/// saves scripts, runs the chat; and moves the AppFlow. Knows nothing of widgets.
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
    /// Finds sessions by their titles and by what was said in them (the search panel).
    SessionSearch& sessionSearch() { return *m_sessionSearch; }
    SessionListModel* sessionModel() { return m_sessionModel.get(); }
    ScriptListModel* scriptModel() { return m_scriptModel.get(); }
    ChatSession* chat() { return m_chat.get(); }
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
    bool hasSuggestion() const { return m_suggestion.has_value(); }
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
    void finishCheck(Evaluation evaluation);
    void rankByMeaning(const QString& query, const QString& language,
                       const QVector<qint64>& lexical, std::function<void(QVector<qint64>)> done);
    /// Attaches the evaluated script to the current session and starts telling it.
    bool tell(const Evaluation& evaluation, bool acceptedSuggestion);
    bool startChat(const SessionRecord& session, const Script& script,
                   bool acceptedSuggestion = false);
    void closeChat();

    Settings& m_settings;
    Clock m_clock;
    std::function<int(int)> m_random;
    AppFlow m_flow;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<SessionSearch> m_sessionSearch;
    std::unique_ptr<ScriptLibrary> m_library;
    std::unique_ptr<SessionListModel> m_sessionModel;
    std::unique_ptr<ListeningHistory> m_history;
    std::unique_ptr<ScriptListModel> m_scriptModel;
    std::unique_ptr<NarratorLines> m_lines;
    std::unique_ptr<ListenerWords> m_listenerWords;
    std::unique_ptr<LexicalEvaluator> m_evaluator;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QNetworkAccessManager* m_network = nullptr;
    std::unique_ptr<ProviderSettings> m_providerSettings;
    std::unique_ptr<ModelClient> m_chatClient; // the client of the current chat, if a model
    std::unique_ptr<ScoreCache> m_scoreCache;
    std::unique_ptr<EmbeddingStore> m_embeddings;
    std::unique_ptr<EmbeddingIndex> m_embeddingIndex;
    std::unique_ptr<EmbeddingIndexer> m_indexer;
    std::unique_ptr<ModelClient> m_indexClient;
    QString m_indexModel; // the embedding model m_embeddingIndex holds
    std::unique_ptr<ModelClient> m_judgeClient;
    std::unique_ptr<ModelEvaluator> m_modelEvaluator;
    std::unique_ptr<ChatSession> m_chat;
    std::unique_ptr<SessionTitler> m_titler; // the current session's title, while it is asked
    std::unique_ptr<ScriptCreator> m_creator;
    Database& m_database;
    qint64 m_currentSession = 0;
    bool m_checking = false;
    std::optional<Evaluation> m_suggestion; // the near match on offer, if any
    int m_narratorMsPerWord = -1;
};

} // namespace st
