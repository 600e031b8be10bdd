#include "core/flow/StoryCheck.h"

#include "core/flow/AppFlow.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/match/EmbeddingRanker.h"
#include "core/match/LexicalEvaluator.h"
#include "core/match/ModelEvaluator.h"
#include "core/settings/Settings.h"

#include <QTimer>

namespace st {

StoryCheck::StoryCheck(Deps deps, QObject* parent) : QObject(parent), m_deps(std::move(deps)) {}

StoryCheck::~StoryCheck()
{
    m_modelEvaluator.reset(); // before the client it uses
}

void StoryCheck::ask(const QString& request)
{
    if (m_deps.flow.page() != Page::Check || m_checking)
        return;
    m_checking = true;
    m_suggestion.reset();
    Q_EMIT step(tr("Reading your request…"));
    const QString language = m_deps.storyLanguage();
    if ((m_client = m_deps.makeClient())) {
        m_modelEvaluator = std::make_unique<ModelEvaluator>(m_deps.library, m_deps.evaluator,
                                                            m_deps.scores, *m_client);
        m_modelEvaluator->setMatchThreshold(m_deps.settings.matchThreshold());
        m_modelEvaluator->setRanker([this](const QString& query, const QString& inLanguage,
                                           const QVector<qint64>& lexical,
                                           std::function<void(QVector<qint64>)> done) {
            m_deps.ranker.rank(query, inLanguage, lexical, m_client.get(), std::move(done));
        });
        connect(m_modelEvaluator.get(), &ModelEvaluator::step, this, &StoryCheck::step);
        connect(m_modelEvaluator.get(), &ModelEvaluator::finished, this,
                [this](const Evaluation& evaluation) {
                    // Not deleted inside its own signal.
                    m_modelEvaluator.release()->deleteLater();
                    finish(evaluation);
                });
        Q_EMIT step(tr("Searching the library…"));
        m_modelEvaluator->evaluate(request, language);
        return;
    }
    // Each step gets its turn on screen before the next one runs.
    QTimer::singleShot(0, this, [this, request, language] {
        Q_EMIT step(tr("Searching the library…"));
        QTimer::singleShot(0, this, [this, request, language] {
            finish(m_deps.evaluator.evaluate(request, language));
        });
    });
}

void StoryCheck::finish(Evaluation evaluation)
{
    m_checking = false;
    if (!evaluation.error.isEmpty()) {
        Q_EMIT errorOccurred(evaluation.error);
        return;
    }
    const auto decision = Evaluation::decide(evaluation.score, m_deps.settings.unknownThreshold(),
                                             m_deps.settings.matchThreshold());
    if (evaluation.hasCandidate()) {
        Q_EMIT step(evaluation.anything
                        ? tr("Picked a story at random: “%1”.").arg(evaluation.title)
                        : tr("Best match: “%1” (relevance %2 of 100).")
                              .arg(evaluation.title)
                              .arg(evaluation.score));
    } else {
        Q_EMIT step(tr("No story in the library matches that request."));
    }
    if (decision == Evaluation::Decision::Unknown)
        evaluation.closest =
            m_deps.evaluator.alternatives(evaluation.candidates, m_deps.storyLanguage());
    m_suggestion = decision == Evaluation::Decision::MoreDetail && evaluation.hasCandidate()
                       ? std::optional<Evaluation>(evaluation)
                       : std::nullopt;
    Q_EMIT finished(evaluation, decision);
    if (decision != Evaluation::Decision::Match) {
        m_deps.flow.evaluated(decision);
        return;
    }
    m_deps.tell(evaluation, false);
}

bool StoryCheck::acceptSuggestion()
{
    if (m_deps.flow.page() != Page::Check || !m_deps.flow.hasSuggestion() || !m_suggestion ||
        m_checking)
        return false;
    const Evaluation suggestion = *m_suggestion;
    m_suggestion.reset();
    return m_deps.tell(suggestion, true);
}

bool StoryCheck::tellScript(qint64 scriptId)
{
    auto info = m_deps.library.info(scriptId);
    if (m_deps.flow.page() != Page::Check || m_checking || !info)
        return false;
    const QString language = m_deps.storyLanguage();
    if (info->language != language && !info->bundleId.isEmpty())
        info = m_deps.library.bundled(info->bundleId, language).value_or(*info);
    Evaluation chosen;
    chosen.query = info->title;
    chosen.scriptId = info->id;
    chosen.title = info->title;
    chosen.language = info->language;
    chosen.score = 100;
    m_suggestion.reset();
    if (!m_deps.library.script(chosen.scriptId))
        return m_deps.tell(chosen, false); // says it cannot be read, rather than "Found it"
    Q_EMIT step(tr("Chosen from the library: “%1”.").arg(info->title));
    Q_EMIT finished(chosen, Evaluation::Decision::Match);
    return m_deps.tell(chosen, false);
}

} // namespace st
