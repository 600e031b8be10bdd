#include "core/story/LexicalEvaluator.h"

#include "core/library/ScriptLibrary.h"
#include "core/library/SearchText.h"
#include "core/story/RequestWords.h"
#include "core/story/StoryLog.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <cmath>

namespace st {
LexicalEvaluator::LexicalEvaluator(const ScriptLibrary& library, std::function<int(int)> random)
    : m_library(library), m_random(std::move(random))
{
    if (!m_random)
        m_random = [](int n) { return static_cast<int>(QRandomGenerator::global()->bounded(n)); };
}

int LexicalEvaluator::roundToStep(double fraction)
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    return static_cast<int>(std::lround(clamped * 20.0)) * 5;
}

Evaluation LexicalEvaluator::pickRandom(Evaluation result) const
{
    result.anything = true;
    QVector<qint64> ids = m_library.ids(result.language);
    if (ids.isEmpty())
        ids = m_library.ids();
    if (ids.isEmpty()) {
        result.error = LexicalEvaluator::tr("The library is empty, so there is no story to pick. Add a script "
                          "on the Create page.");
        return result;
    }
    result.scriptId = ids.at(m_random(static_cast<int>(ids.size())));
    if (const auto info = m_library.info(result.scriptId))
        result.title = info->title;
    result.score = 100;
    return result;
}

double LexicalEvaluator::coverage(qint64 scriptId, const QStringList& terms,
                                  const QString& scope) const
{
    const auto script = m_library.script(scriptId);
    if (!script)
        return 0.0;
    const QStringList titleList = SearchText::terms(script->title);
    const QStringList bodyList = SearchText::terms(ScriptLibrary::searchableBody(*script));
    const QSet<QString> titleTerms(titleList.begin(), titleList.end());
    const QSet<QString> bodyTerms(bodyList.begin(), bodyList.end());
    const double n = m_library.count(scope);
    double total = 0.0;
    double matched = 0.0;
    for (const QString& term : terms) {
        const double df = m_library.documentFrequency(term, scope);
        const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
        total += idf;
        if (titleTerms.contains(term))
            matched += idf;
        else if (bodyTerms.contains(term))
            matched += idf * kBodyWeight;
    }
    return total > 0.0 ? matched / total : 0.0;
}

std::optional<Evaluation> LexicalEvaluator::preliminary(const QString& query,
                                                       const QString& language) const
{
    Evaluation result;
    result.query = query.trimmed();
    result.language = language;
    if (result.query.isEmpty()) {
        result.error = LexicalEvaluator::tr("Type the story you would like to hear: a name, a place or an event, "
                          "or \"anything\".");
        return result;
    }
    if (result.query.size() > kMaxQueryLength) {
        result.error = LexicalEvaluator::tr("That request is %1 characters long; please keep it under %2, such "
                          "as a name and an event.")
                           .arg(result.query.size())
                           .arg(kMaxQueryLength);
        return result;
    }
    if (RequestWords::isAnything(result.query))
        return pickRandom(result);
    if (SearchText::queryTerms(RequestWords::stripFiller(result.query)).isEmpty())
        return result; // only filler words: unknown, ask for a name or an event
    return std::nullopt;
}

qint64 LexicalEvaluator::inLanguage(qint64 scriptId, const QString& language) const
{
    // A bundled story found in another language is told in the session's language.
    const auto info = m_library.info(scriptId);
    if (info && info->language != language && !info->bundleId.isEmpty()) {
        if (const auto sibling = m_library.bundled(info->bundleId, language))
            return sibling->id;
    }
    return scriptId;
}

QVector<LexicalEvaluator::Ranked> LexicalEvaluator::rank(const QString& query,
                                                         const QString& language, int limit) const
{
    QVector<Ranked> ranked;
    const QStringList terms = SearchText::queryTerms(RequestWords::stripFiller(query.trimmed()));
    if (terms.isEmpty())
        return ranked;
    QString scope = language;
    QVector<qint64> candidates = m_library.search(terms, scope, limit);
    if (candidates.isEmpty()) {
        scope.clear(); // nothing in the story language: look in every language
        candidates = m_library.search(terms, scope, limit);
    }
    for (qint64 id : candidates)
        ranked.append({id, coverage(id, terms, scope)});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.coverage > b.coverage; });
    QVector<Ranked> unique;
    for (Ranked r : ranked) {
        r.scriptId = inLanguage(r.scriptId, language);
        if (std::none_of(unique.begin(), unique.end(),
                         [&](const Ranked& u) { return u.scriptId == r.scriptId; }))
            unique.append(r);
    }
    return unique;
}

Evaluation LexicalEvaluator::evaluate(const QString& query, const QString& language) const
{
    if (auto early = preliminary(query, language))
        return *early;
    Evaluation result;
    result.query = query.trimmed();
    result.language = language;
    const QVector<Ranked> ranked = rank(query, language, 5);
    if (!ranked.isEmpty()) {
        result.scriptId = ranked.first().scriptId;
        if (const auto chosen = m_library.info(result.scriptId))
            result.title = chosen->title;
        result.score = roundToStep(ranked.first().coverage);
    }
    qCDebug(lcStory) << "evaluated" << result.query << "->" << result.title << result.score;
    return result;
}

} // namespace st
