#include "core/flow/StoryTelling.h"

#include "core/flow/AppFlow.h"
#include "core/library/ScriptLibrary.h"
#include "core/library/ScriptListModel.h"
#include "core/llm/ModelClient.h"
#include "core/match/Evaluation.h"
#include "core/narration/ChatSession.h"
#include "core/narration/ConversationSummarizer.h"
#include "core/narration/InputTranslator.h"
#include "core/narration/ListenerWords.h"
#include "core/narration/ModelNarrator.h"
#include "core/narration/NarratorLines.h"
#include "core/narration/ScriptedNarrator.h"
#include "core/narration/SessionTitler.h"
#include "core/narration/TurnJudge.h"
#include "core/script/ScriptJson.h"
#include "core/settings/Settings.h"
#include "core/store/SessionStore.h"

#include <QTimer>

namespace st {

StoryTelling::StoryTelling(Deps deps, QObject* parent)
    : QObject(parent), m_deps(std::move(deps)), m_lines(std::make_unique<NarratorLines>())
{}

StoryTelling::~StoryTelling()
{
    close();
}

bool StoryTelling::tell(const SessionRecord& session, const Evaluation& evaluation,
                        bool acceptedSuggestion)
{
    const auto script = m_deps.library.script(evaluation.scriptId);
    if (!script) {
        Q_EMIT errorOccurred(tr("The story “%1” could not be read from the library. Try "
                                "another story.")
                                 .arg(evaluation.title));
        return false;
    }
    const QString body = QString::fromUtf8(ScriptJson::write(*script, false));
    if (!m_deps.sessions.attachScript(session.id, evaluation.scriptId, script->title, body)) {
        Q_EMIT errorOccurred(
            tr("The session could not be saved (%1).").arg(m_deps.sessions.lastError()));
        return false;
    }
    const SessionRecord attached = *m_deps.sessions.get(session.id);
    const bool moved = start(attached, *script, acceptedSuggestion);
    if (m_client && !attached.titleByUser) { // a model names it (never over the listener)
        m_titler = std::make_unique<SessionTitler>(*m_client, attached.language);
        connect(m_titler.get(), &SessionTitler::titled, this,
                [this, id = attached.id](const QString& title) {
                    m_deps.sessions.setGeneratedTitle(id, title);
                });
        m_titler->generate(*script);
    }
    return moved;
}

bool StoryTelling::resume(const SessionRecord& session)
{
    const ScriptParseResult parsed =
        ScriptJson::read(session.scriptBody.toUtf8(), session.language);
    if (!parsed.ok()) {
        Q_EMIT errorOccurred(
            tr("The story saved with this session could not be read (%1).").arg(parsed.error));
        return false;
    }
    return start(session, parsed.script, false);
}

bool StoryTelling::start(const SessionRecord& session, const Script& script,
                         bool acceptedSuggestion)
{
    close();
    std::unique_ptr<Narrator> narrator;
    if ((m_client = m_deps.makeClient())) {
        narrator = std::make_unique<ModelNarrator>(script, session.language, *m_client);
    } else {
        const int pace = m_deps.narratorMsPerWord >= 0 ? m_deps.narratorMsPerWord
                                                       : m_deps.settings.narratorMsPerWord();
        narrator = std::make_unique<ScriptedNarrator>(script, *m_lines, session.language, pace,
                                                      m_deps.random);
    }
    m_chat = std::make_unique<ChatSession>(
        session, script, std::move(narrator),
        ChatSession::Deps{m_deps.messages, m_deps.sessions, m_deps.clock});
    if (!m_listenerWords) // read when a first story starts, not before the first paint
        m_listenerWords = std::make_unique<ListenerWords>();
    m_chat->setListenerWords(*m_listenerWords);
    if (m_client) {
        m_chat->setSummarizer(
            std::make_unique<ConversationSummarizer>(*m_client, session.language));
        if (m_deps.settings.value(Settings::Key::TranslateInput).toBool())
            m_chat->setTranslator(std::make_unique<InputTranslator>(*m_client));
        m_chat->setTurnJudge(std::make_unique<TurnJudge>(*m_client));
    }
    connect(m_chat.get(), &ChatSession::errorOccurred, this, &StoryTelling::errorOccurred);
    // A reply is stored complete when it finishes: then the library shows how far it got.
    connect(m_chat.get(), &ChatSession::replyFinished, &m_deps.scriptModel,
            &ScriptListModel::refreshHistory);
    connect(m_chat.get(), &ChatSession::exitRequested, this,
            [this] { QTimer::singleShot(0, this, &StoryTelling::endRequested); });
    AppFlow& flow = m_deps.flow;
    const bool moved = flow.page() == Page::Session ? flow.continueSession()
                       : acceptedSuggestion         ? flow.acceptSuggestion()
                                                    : flow.evaluated(Evaluation::Decision::Match);
    Q_EMIT chatStarted(m_chat.get());
    m_chat->begin();
    return moved;
}

void StoryTelling::close()
{
    if (!m_chat)
        return;
    m_chat->stop();
    m_deps.sessions.touch(m_chat->sessionId());
    m_titler.reset();
    m_chat.reset();
    m_client.reset();
    Q_EMIT chatEnded();
}

} // namespace st
