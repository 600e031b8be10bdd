#include "core/flow/AppController.h"

#include "core/flow/FlowLog.h"
#include "core/flow/ScriptCreator.h"
#include "core/library/BundledLibrary.h"
#include "core/library/EmbeddingIndex.h"
#include "core/library/EmbeddingIndexer.h"
#include "core/library/EmbeddingStore.h"
#include "core/library/ListeningHistory.h"
#include "core/match/RankFusion.h"
#include "core/library/ScriptLibrary.h"
#include "core/library/ScriptListModel.h"
#include "core/llm/ModelClient.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionSearch.h"
#include "core/store/SessionStore.h"
#include "core/narration/ChatSession.h"
#include "core/narration/ConversationSummarizer.h"
#include "core/narration/InputTranslator.h"
#include "core/match/LexicalEvaluator.h"
#include "core/narration/ListenerWords.h"
#include "core/match/ModelEvaluator.h"
#include "core/narration/ModelNarrator.h"
#include "core/narration/NarratorLines.h"
#include "core/match/ScoreCache.h"
#include "core/script/ScriptJson.h"
#include "core/script/ScriptParser.h"
#include "core/narration/ScriptedNarrator.h"
#include "core/narration/SessionTitler.h"
#include "core/narration/TurnJudge.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

namespace st {
AppController::AppController(Database& database, Settings& settings, Clock clock,
                             std::function<int(int)> random, AppServices services, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(std::move(clock)), m_random(std::move(random)),
      m_database(database)
{
    const QSqlDatabase db = database.connection();
    m_sessions = std::make_unique<SessionStore>(db, m_clock);
    m_messages = std::make_unique<MessageStore>(db, m_clock);
    m_library = std::make_unique<ScriptLibrary>(db, m_clock);
    m_sessionModel = std::make_unique<SessionListModel>(*m_sessions, nullptr, m_clock);
    m_history = std::make_unique<ListeningHistory>(db);
    m_scriptModel = std::make_unique<ScriptListModel>(*m_library, m_history.get());
    connect(m_sessionModel.get(), &QAbstractItemModel::modelReset, m_scriptModel.get(),
            &ScriptListModel::refreshHistory); // a session deleted, cleared or imported
    m_lines = std::make_unique<NarratorLines>();
    m_evaluator = std::make_unique<LexicalEvaluator>(*m_library, m_random);
    m_evaluator->setHistory(m_history.get());
    m_scoreCache = std::make_unique<ScoreCache>(db, m_clock);
    m_sessionSearch = std::make_unique<SessionSearch>(db);
    m_embeddings = std::make_unique<EmbeddingStore>(db, m_clock);
    m_embeddingIndex = std::make_unique<EmbeddingIndex>();
    m_indexer = std::make_unique<EmbeddingIndexer>(*m_library, *m_embeddings);
    connect(m_indexer.get(), &EmbeddingIndexer::progress, this, &AppController::embeddingProgress);
    connect(m_indexer.get(), &EmbeddingIndexer::finished, this,
            [this] { m_embeddingIndex->load(*m_embeddings, m_indexModel); });
    connect(m_indexer.get(), &EmbeddingIndexer::failed, this, [this](const LlmError& error) {
        qCWarning(lcFlow) << "embedding the library failed:" << LlmError::kindName(error.kind);
        m_embeddingIndex->load(*m_embeddings, m_indexModel); // what was embedded still helps
    });
    m_narratorMsPerWord = services.narratorMsPerWord;
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
    m_creator = std::make_unique<ScriptCreator>(*m_library, m_settings, *m_network,
                                                [this] { return makeConfiguredClient(); });
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

AppController::~AppController()
{
    m_modelEvaluator.reset();
    closeChat();
}

void AppController::initialize(bool recoverReplies)
{
    const int recovered = recoverReplies ? m_database.recoverInterruptedReplies() : 0;
    if (recovered > 0)
        qCInfo(lcFlow) << recovered << "reply(ies) left streaming were marked interrupted";
    BundledLibrary().install(*m_library);
    refreshEmbeddings();
}

void AppController::refreshEmbeddings()
{
    const ProviderConfig config = providerConfig();
    if (!config.isConfigured() || config.embeddingModel.isEmpty()) {
        m_indexer->cancel();
        m_embeddingIndex->clear();
        m_indexModel.clear();
        return;
    }
    if (m_indexer->isRunning())
        m_indexer->cancel();
    m_indexModel = config.embeddingModel;
    m_embeddingIndex->load(*m_embeddings, m_indexModel);
    m_indexClient = makeClient(config);
    m_indexer->run(*m_indexClient, m_indexModel);
}

void AppController::rankByMeaning(const QString& query, const QString& language,
                                  const QVector<qint64>& lexical,
                                  std::function<void(QVector<qint64>)> done)
{
    if (m_embeddingIndex->isEmpty() || !m_judgeClient) {
        done(lexical); // no embeddings (yet): the lexical ranking alone
        return;
    }
    const QVector<qint64> inLanguage = m_library->ids(language);
    const QSet<qint64> allowed(inLanguage.begin(), inLanguage.end());
    m_judgeClient->embed({query}, [this, lexical, allowed,
                                   done](const QVector<QVector<float>>& vectors,
                                         const LlmError& error) {
        if (error.isError() || vectors.isEmpty()) {
            done(lexical);
            return;
        }
        QVector<qint64> semantic;
        for (const auto& hit : m_embeddingIndex->topK(vectors.first(), ModelEvaluator::kCandidates,
                                                      allowed.isEmpty() ? nullptr : &allowed))
            semantic.append(hit.first);
        QVector<qint64> fused;
        for (const auto& [id, score] : RankFusion::fuse({lexical, semantic}))
            fused.append(id);
        done(fused);
    });
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
    m_settings.setLastSessionName(name.trimmed());
    m_currentSession = session->id;
    m_sessionModel->setCurrentSession(session->id);
    return true;
}

void AppController::ask(const QString& request)
{
    if (m_flow.page() != Page::Check || m_checking)
        return;
    m_checking = true;
    m_suggestion.reset();
    Q_EMIT checkStep(tr("Reading your request…"));
    const ProviderConfig config = providerConfig();
    if (config.isConfigured()) {
        m_judgeClient = makeClient(config);
        m_modelEvaluator = std::make_unique<ModelEvaluator>(*m_library, *m_evaluator, *m_scoreCache,
                                                            *m_judgeClient);
        m_modelEvaluator->setMatchThreshold(m_settings.matchThreshold());
        m_modelEvaluator->setRanker([this](const QString& query, const QString& language,
                                           const QVector<qint64>& lexical,
                                           std::function<void(QVector<qint64>)> done) {
            rankByMeaning(query, language, lexical, std::move(done));
        });
        connect(m_modelEvaluator.get(), &ModelEvaluator::step, this, &AppController::checkStep);
        connect(m_modelEvaluator.get(), &ModelEvaluator::finished, this,
                [this](const Evaluation& evaluation) {
                    // Not deleted inside its own signal.
                    m_modelEvaluator.release()->deleteLater();
                    finishCheck(evaluation);
                });
        Q_EMIT checkStep(tr("Searching the library…"));
        m_modelEvaluator->evaluate(request, storyLanguage());
        return;
    }
    // Each step gets its turn on screen before the next one runs.
    QTimer::singleShot(0, this, [this, request] {
        Q_EMIT checkStep(tr("Searching the library…"));
        QTimer::singleShot(0, this, [this, request] {
            finishCheck(m_evaluator->evaluate(request, storyLanguage()));
        });
    });
}

void AppController::finishCheck(Evaluation evaluation)
{
    m_checking = false;
    if (!evaluation.error.isEmpty()) {
        Q_EMIT errorOccurred(evaluation.error);
        return;
    }
    const auto decision = Evaluation::decide(evaluation.score, m_settings.unknownThreshold(),
                                             m_settings.matchThreshold());
    if (evaluation.hasCandidate()) {
        Q_EMIT checkStep(evaluation.anything
                             ? tr("Picked a story at random: “%1”.").arg(evaluation.title)
                             : tr("Best match: “%1” (relevance %2 of 100).")
                                   .arg(evaluation.title)
                                   .arg(evaluation.score));
    } else {
        Q_EMIT checkStep(tr("No story in the library matches that request."));
    }
    if (decision == Evaluation::Decision::Unknown)
        evaluation.closest = m_evaluator->alternatives(evaluation.candidates, storyLanguage());
    m_suggestion = decision == Evaluation::Decision::MoreDetail && evaluation.hasCandidate()
                       ? std::optional<Evaluation>(evaluation)
                       : std::nullopt;
    Q_EMIT checkFinished(evaluation, decision);
    if (decision != Evaluation::Decision::Match) {
        m_flow.evaluated(decision);
        return;
    }
    tell(evaluation, false);
}

bool AppController::acceptSuggestion()
{
    if (m_flow.page() != Page::Check || !m_flow.hasSuggestion() || !m_suggestion || m_checking)
        return false;
    const Evaluation suggestion = *m_suggestion;
    m_suggestion.reset();
    return tell(suggestion, true);
}

bool AppController::tellScript(qint64 scriptId)
{
    auto info = m_library->info(scriptId);
    if (m_flow.page() != Page::Check || m_checking || !info)
        return false;
    if (info->language != storyLanguage() && !info->bundleId.isEmpty())
        info = m_library->bundled(info->bundleId, storyLanguage()).value_or(*info);
    Evaluation chosen;
    chosen.query = info->title;
    chosen.scriptId = info->id;
    chosen.title = info->title;
    chosen.language = info->language;
    chosen.score = 100;
    m_suggestion.reset();
    if (!m_library->script(chosen.scriptId))
        return tell(chosen, false); // says it cannot be read, rather than "Found it"
    Q_EMIT checkStep(tr("Chosen from the library: “%1”.").arg(info->title));
    Q_EMIT checkFinished(chosen, Evaluation::Decision::Match);
    return tell(chosen, false);
}

bool AppController::tell(const Evaluation& evaluation, bool acceptedSuggestion)
{
    const auto script = m_library->script(evaluation.scriptId);
    const auto session = currentSession();
    if (!script || !session) {
        Q_EMIT errorOccurred(tr("The story “%1” could not be read from the library. Try "
                                "another story.")
                                 .arg(evaluation.title));
        return false;
    }
    const QString body = QString::fromUtf8(ScriptJson::write(*script, false));
    if (!m_sessions->attachScript(session->id, evaluation.scriptId, script->title, body)) {
        Q_EMIT errorOccurred(
            tr("The session could not be saved (%1).").arg(m_sessions->lastError()));
        return false;
    }
    const SessionRecord attached = *m_sessions->get(session->id);
    const bool moved = startChat(attached, *script, acceptedSuggestion);
    if (m_chatClient && !attached.titleByUser) { // a model names it (never over the listener)
        m_titler = std::make_unique<SessionTitler>(*m_chatClient, attached.language);
        connect(
            m_titler.get(), &SessionTitler::titled, this,
            [this, id = attached.id](const QString& t) { m_sessions->setGeneratedTitle(id, t); });
        m_titler->generate(*script);
    }
    return moved;
}

bool AppController::startChat(const SessionRecord& session, const Script& script,
                              bool acceptedSuggestion)
{
    closeChat();
    std::unique_ptr<Narrator> narrator;
    const ProviderConfig config = providerConfig();
    if (config.isConfigured()) {
        m_chatClient = makeClient(config);
        narrator = std::make_unique<ModelNarrator>(script, session.language, *m_chatClient);
    } else {
        const int pace =
            m_narratorMsPerWord >= 0 ? m_narratorMsPerWord : m_settings.narratorMsPerWord();
        narrator =
            std::make_unique<ScriptedNarrator>(script, *m_lines, session.language, pace, m_random);
    }
    m_chat = std::make_unique<ChatSession>(session, script, std::move(narrator),
                                           ChatSession::Deps{*m_messages, *m_sessions, m_clock});
    if (!m_listenerWords) // read when a first story starts, not before the first paint
        m_listenerWords = std::make_unique<ListenerWords>();
    m_chat->setListenerWords(*m_listenerWords);
    if (m_chatClient) {
        m_chat->setSummarizer(
            std::make_unique<ConversationSummarizer>(*m_chatClient, session.language));
        if (m_settings.value(Settings::Key::TranslateInput).toBool())
            m_chat->setTranslator(std::make_unique<InputTranslator>(*m_chatClient));
        m_chat->setTurnJudge(std::make_unique<TurnJudge>(*m_chatClient));
    }
    connect(m_chat.get(), &ChatSession::errorOccurred, this, &AppController::errorOccurred);
    // A reply is stored complete when it finishes: then the library shows how far it got.
    connect(m_chat.get(), &ChatSession::replyFinished, m_scriptModel.get(),
            &ScriptListModel::refreshHistory);
    connect(m_chat.get(), &ChatSession::exitRequested, this,
            [this] { QTimer::singleShot(0, this, [this] { endChat(); }); });
    const bool moved = m_flow.page() == Page::Session ? m_flow.continueSession()
                       : acceptedSuggestion           ? m_flow.acceptSuggestion()
                                            : m_flow.evaluated(Evaluation::Decision::Match);
    Q_EMIT chatStarted(m_chat.get());
    m_chat->begin();
    return moved;
}

void AppController::closeChat()
{
    if (!m_chat)
        return;
    m_chat->stop();
    m_sessions->touch(m_chat->sessionId());
    m_titler.reset();
    m_chat.reset();
    m_chatClient.reset();
    Q_EMIT chatEnded();
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

bool AppController::endChat()
{
    if (m_flow.page() != Page::Chat)
        return false;
    closeChat();
    return m_flow.endChat();
}

bool AppController::openSession(qint64 sessionId)
{
    const auto session = m_sessions->get(sessionId);
    if (!session) {
        Q_EMIT errorOccurred(tr("That session could not be found; it may have been removed."));
        return false;
    }
    closeChat();
    m_currentSession = session->id;
    m_sessionModel->setCurrentSession(session->id);
    const bool hasHistory = session->hasScript() && session->messageCount > 0;
    m_flow.openSession(hasHistory);
    if (hasHistory)
        Q_EMIT sessionOpened(*session);
    return true;
}

bool AppController::continueSession()
{
    const auto session = currentSession();
    if (m_flow.page() != Page::Session || !session)
        return false;
    const ScriptParseResult parsed =
        ScriptJson::read(session->scriptBody.toUtf8(), session->language);
    if (!parsed.ok()) {
        Q_EMIT errorOccurred(
            tr("The story saved with this session could not be read (%1).").arg(parsed.error));
        return false;
    }
    return startChat(*session, parsed.script);
}

} // namespace st
