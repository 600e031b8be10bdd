#include "core/flow/AppController.h"

#include "core/create/BatchImporter.h"
#include "core/create/ScriptPipeline.h"
#include "core/flow/AudiobookMode.h"
#include "core/flow/FlowLog.h"
#include "core/flow/ScriptCreator.h"
#include "core/flow/SessionActions.h"
#include "core/flow/StoryCheck.h"
#include "core/flow/StoryTelling.h"
#include "core/library/BundledLibrary.h"
#include "core/library/ListeningHistory.h"
#include "core/library/ScriptLibrary.h"
#include "core/library/ScriptListModel.h"
#include "core/llm/ModelClient.h"
#include "core/match/EmbeddingRanker.h"
#include "core/match/LexicalEvaluator.h"
#include "core/match/ScoreCache.h"
#include "core/narration/ChatSession.h"
#include "core/script/ScriptParser.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/MessageListModel.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionSearch.h"
#include "core/store/SessionStore.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

namespace st {

AppController::AppController(Database& database, Settings& settings, Clock clock,
                             std::function<int(int)> random, AppServices services, QObject* parent)
    : QObject(parent), m_database(database), m_settings(settings), m_clock(std::move(clock))
{
    m_network = services.network;
    if (!m_network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        m_network = m_ownNetwork.get();
    }
    SecretStore* secrets = services.secrets;
    if (!secrets) {
        m_ownSecrets = std::make_unique<SecretStore>(QFileInfo(database.path()).absolutePath());
        secrets = m_ownSecrets.get();
    }
    m_providerSettings =
        std::make_unique<ProviderSettings>(m_settings, *secrets, std::move(services.environment));
    auto configuredClient = [this] { return makeConfiguredClient(); };

    const QSqlDatabase db = database.connection();
    m_sessions = std::make_unique<SessionStore>(db, m_clock);
    m_messages = std::make_unique<MessageStore>(db, m_clock);
    m_sessionSearch = std::make_unique<SessionSearch>(db);
    m_library = std::make_unique<ScriptLibrary>(db, m_clock);
    m_sessionModel = std::make_unique<SessionListModel>(*m_sessions, nullptr, m_clock);
    m_openedHistory = std::make_unique<MessageListModel>();
    m_history = std::make_unique<ListeningHistory>(db);
    m_scriptModel = std::make_unique<ScriptListModel>(*m_library, m_history.get());
    connect(m_sessionModel.get(), &QAbstractItemModel::modelReset, m_scriptModel.get(),
            &ScriptListModel::refreshHistory); // a session deleted, cleared or imported
    m_evaluator = std::make_unique<LexicalEvaluator>(*m_library, random);
    m_evaluator->setHistory(m_history.get());
    m_scoreCache = std::make_unique<ScoreCache>(db, m_clock);
    m_ranker = std::make_unique<EmbeddingRanker>(*m_library, db, m_clock);
    connect(m_ranker.get(), &EmbeddingRanker::progress, this, &AppController::embeddingProgress);

    m_telling = std::make_unique<StoryTelling>(
        StoryTelling::Deps{m_flow, *m_sessions, *m_messages, *m_library, *m_scriptModel, m_settings,
                           m_clock, random, services.narratorMsPerWord, configuredClient});
    connect(m_telling.get(), &StoryTelling::chatStarted, this, &AppController::chatStarted);
    connect(m_telling.get(), &StoryTelling::chatEnded, this, &AppController::chatEnded);
    connect(m_telling.get(), &StoryTelling::errorOccurred, this, &AppController::errorOccurred);
    connect(m_telling.get(), &StoryTelling::endRequested, this, [this] { endChat(); });
    m_audiobook = std::make_unique<AudiobookMode>(AudiobookMode::Deps{*m_sessions});
    connect(m_telling.get(), &StoryTelling::chatStarted, m_audiobook.get(), &AudiobookMode::attach);
    connect(m_telling.get(), &StoryTelling::chatEnded, m_audiobook.get(), &AudiobookMode::detach);

    m_check = std::make_unique<StoryCheck>(
        StoryCheck::Deps{m_flow, *m_library, *m_evaluator, *m_scoreCache, m_settings, *m_ranker,
                         configuredClient, [this] { return storyLanguage(); },
                         [this](const Evaluation& evaluation, bool accepted) {
                             return tell(evaluation, accepted);
                         }});
    connect(m_check.get(), &StoryCheck::step, this, &AppController::checkStep);
    connect(m_check.get(), &StoryCheck::finished, this, &AppController::checkFinished);
    connect(m_check.get(), &StoryCheck::errorOccurred, this, &AppController::errorOccurred);

    m_sessionActions =
        std::make_unique<SessionActions>(*this, *m_sessions, *m_sessionModel, m_database);
    m_creator =
        std::make_unique<ScriptCreator>(*m_library, m_settings, *m_network, configuredClient);
}

AppController::~AppController()
{
    m_check.reset();
    m_audiobook->detach();
    m_telling.reset();
}

QVector<SearchResult> AppController::searchSessions(const QString& query, int limit) const
{
    QVector<SearchResult> results = m_sessionSearch->search(query, limit);
    const qint64 pending = m_sessionActions->pendingRemoval();
    results.removeIf([pending](const SearchResult& r) { return r.sessionId == pending; });
    return results;
}

std::unique_ptr<BatchImporter> AppController::makeImporter()
{
    return std::make_unique<BatchImporter>(
        *m_library, [this] { return makeConfiguredClient(); },
        ScriptPipelineOptions::fromSettings(m_settings));
}

ChatSession* AppController::chat()
{
    return m_telling->chat();
}

bool AppController::hasSuggestion() const
{
    return m_check->hasSuggestion();
}

ProviderConfig AppController::providerConfig() const
{
    return m_providerSettings->load();
}

ProviderConfig AppController::providerSummary() const
{
    return m_providerSettings->load(ProviderSettings::KeyLookup::Skip);
}

bool AppController::saveProviderConfig(const ProviderConfig& config)
{
    const bool ok = m_providerSettings->save(config);
    refreshEmbeddings();
    if (!ok)
        Q_EMIT errorOccurred(tr("The API key could not be stored: neither the system keychain "
                                "nor the private key file in the data folder accepted it."));
    return ok;
}

std::unique_ptr<ModelClient> AppController::makeClient(const ProviderConfig& config)
{
    return ModelClient::create(config, *m_network);
}

std::unique_ptr<ModelClient> AppController::makeConfiguredClient()
{
    const ProviderConfig config = providerConfig();
    return config.isConfigured() ? makeClient(config) : std::unique_ptr<ModelClient>();
}

void AppController::initialize(bool recoverReplies)
{
    const int recovered = recoverReplies ? m_database.recoverInterruptedReplies() : 0;
    if (recovered > 0)
        qCInfo(lcFlow) << recovered << "reply(ies) left streaming were marked interrupted";
    BundledLibrary().install(*m_library);
    refreshEmbeddings();
}

std::optional<SessionRecord> AppController::currentSession() const
{
    if (m_currentSession == 0)
        return std::nullopt;
    return m_sessions->get(m_currentSession);
}

QString AppController::storyLanguage() const
{
    const auto session = currentSession();
    return session ? session->language : m_settings.storyLanguage();
}

bool AppController::startSession(const QString& name, const QString& language)
{
    if (!m_flow.submitSettings(name))
        return false;
    const bool named = !name.trimmed().isEmpty(); // else titled after its story, once chosen
    const auto session = m_sessions->create(named ? name.trimmed() : tr("Untitled"), language,
                                            QStringLiteral("offline"), named);
    if (!session) {
        m_flow.exitToSettings();
        Q_EMIT errorOccurred(tr("The session could not be saved (%1). Check that the disk is "
                                "not full, then try again.")
                                 .arg(m_sessions->lastError()));
        return false;
    }
    // Kept as the user's choice only when it is one: the default offered follows the UI.
    if (m_settings.storyLanguageChosen() || language != m_settings.storyLanguage())
        m_settings.setStoryLanguage(language);
    m_currentSession = session->id;
    m_sessionModel->setCurrentSession(session->id);
    return true;
}

bool AppController::exitToSettings()
{
    return m_flow.exitToSettings();
}

bool AppController::openCreate()
{
    return m_flow.openCreate();
}

ScriptParseResult AppController::parseScript(const QString& text) const
{
    return ScriptParser::parse(text, storyLanguage());
}

bool AppController::saveScript(const Script& script)
{
    if (m_flow.page() != Page::Create)
        return false;
    const auto id = m_library->add(script);
    if (!id) {
        Q_EMIT errorOccurred(tr("The script could not be saved to the library (%1). Your text "
                                "is still here; check the disk and try again.")
                                 .arg(m_library->lastError()));
        return false;
    }
    m_flow.closeCreate();
    refreshEmbeddings(); // the new script is found by meaning too
    Q_EMIT scriptSaved(*id, script.title);
    return true;
}

bool AppController::discardCreate()
{
    return m_flow.closeCreate();
}

bool AppController::openSession(qint64 sessionId)
{
    const auto session = m_sessions->get(sessionId);
    if (!session) {
        Q_EMIT errorOccurred(tr("That session could not be found; it may have been removed."));
        return false;
    }
    m_telling->close();
    m_currentSession = session->id;
    m_sessionModel->setCurrentSession(session->id);
    const bool hasHistory = session->hasScript() && session->messageCount > 0;
    m_flow.openSession(hasHistory);
    if (hasHistory) {
        m_openedHistory->load(*m_messages, session->id);
        Q_EMIT sessionOpened(*session);
    }
    return true;
}

void AppController::refreshEmbeddings()
{
    const ProviderConfig config = providerConfig();
    m_ranker->refresh(config, config.isConfigured() && !config.embeddingModel.isEmpty()
                                  ? makeClient(config)
                                  : nullptr);
}

void AppController::ask(const QString& request)
{
    m_check->ask(request);
}

bool AppController::acceptSuggestion()
{
    return m_check->acceptSuggestion();
}

bool AppController::tellScript(qint64 scriptId)
{
    return m_check->tellScript(scriptId);
}

bool AppController::tell(const Evaluation& evaluation, bool acceptedSuggestion)
{
    const auto session = currentSession();
    if (!session) {
        Q_EMIT errorOccurred(tr("The story “%1” could not be read from the library. Try "
                                "another story.")
                                 .arg(evaluation.title));
        return false;
    }
    return m_telling->tell(*session, evaluation, acceptedSuggestion);
}

bool AppController::endChat()
{
    if (m_flow.page() != Page::Chat)
        return false;
    m_telling->close();
    return m_flow.endChat();
}

bool AppController::continueSession()
{
    const auto session = currentSession();
    if (m_flow.page() != Page::Session || !session)
        return false;
    return m_telling->resume(*session);
}

} // namespace st
