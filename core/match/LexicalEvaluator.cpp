#include "core/match/LexicalEvaluator.h"

#include "core/library/ListeningHistory.h"
#include "core/library/ScriptLibrary.h"
#include "core/match/MatchLog.h"
#include "core/text/RequestWords.h"
#include "core/text/SearchText.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
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

QVector<qint64> LexicalEvaluator::leastHeardFirst(const QString& language) const
{
    QVector<ScriptInfo> scripts;
    const QVector<ScriptInfo> catalog = m_library.catalog();
    for (const ScriptInfo& info : catalog) {
        if (info.language == language)
            scripts.append(info);
    }
    if (scripts.isEmpty())
        scripts = catalog;
    const QHash<QString, int> heard =
        m_history ? m_history->furthestChapters() : QHash<QString, int>();
    QVector<QVector<qint64>> stages(3);
    for (const ScriptInfo& info : std::as_const(scripts)) {
        const int furthest = heard.value(info.storyKey(), ListeningHistory::kNotHeard);
        stages[ListeningHistory::stage(furthest, info.chapterCount)].append(info.id);
    }
    QVector<qint64> result;
    for (QVector<qint64>& stage : stages) {
        std::sort(stage.begin(), stage.end());
        while (!stage.isEmpty()) // a random order within the stage, m_random decides
            result.append(stage.takeAt(m_random(static_cast<int>(stage.size()))));
    }
    return result;
}

Evaluation LexicalEvaluator::pickRandom(Evaluation result) const
{
    result.anything = true;
    const QVector<qint64> ids = leastHeardFirst(result.language);
    if (ids.isEmpty()) {
        result.error =
            LexicalEvaluator::tr("The library is empty, so there is no story to pick. Add a "
                                 "script on the Create page.");
        return result;
    }
    result.scriptId = ids.first();
    if (const auto info = m_library.info(result.scriptId))
        result.title = info->title;
    result.score = 100;
    return result;
}

QVector<Evaluation::Alternative> LexicalEvaluator::alternatives(const QVector<qint64>& ranked,
                                                                const QString& language) const
{
    QVector<Evaluation::Alternative> result;
    auto add = [&](qint64 id) {
        if (result.size() >= kClosest ||
            std::any_of(result.begin(), result.end(), [&](auto& a) { return a.scriptId == id; }))
            return;
        if (const auto info = m_library.info(id); info && info->language == language)
            result.append({id, info->title});
    };
    for (qint64 id : ranked)
        add(id);
    if (result.size() < kClosest) {
        for (qint64 id : leastHeardFirst(language))
            add(id);
    }
    return result;
}

namespace {

bool isLatinWord(const QString& term)
{
    return !term.isEmpty() && !SearchText::isCjk(term.front());
}

/// Two spellings of one word ("hijacked", "hijacking"; "explosión", "explosiones"):
/// a shared start of at least five letters covering most of the longer word.
bool sameStem(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype common = 0;
    while (common < n && a.at(common) == b.at(common))
        ++common;
    return common >= 5 && common * 10 >= std::max(a.size(), b.size()) * 6;
}

/// A bigram with hiragana in it is mostly grammar (particles, verb endings) and says
/// little about the story; kanji, katakana and Hangul bigrams carry the meaning.
bool isGrammarBigram(const QString& term)
{
    return std::any_of(term.begin(), term.end(),
                       [](QChar c) { return c.unicode() >= 0x3041 && c.unicode() <= 0x309f; });
}

} // namespace

LexicalEvaluator::Ranked LexicalEvaluator::coverage(qint64 scriptId, const QStringList& terms,
                                                    const QString& scope) const
{
    const auto script = m_library.script(scriptId);
    if (!script)
        return {scriptId, 0.0, 0.0, 0.0};
    const QStringList titleList = SearchText::terms(script->title);
    const QStringList bodyList = SearchText::terms(ScriptLibrary::searchableBody(*script));
    QSet<QString> titleTerms(titleList.begin(), titleList.end());
    // A keyword named whole in the request is another name of the story ("vuelo 571",
    // "나스카 지상화"), as good as its title, when one of its words is in at most one other
    // story ("미제 사건", an unsolved case, is in five) and it is not a bare number ("1971").
    const QSet<QString> requestTerms(terms.begin(), terms.end());
    for (const QString& keyword : script->keywords) {
        const QStringList words = SearchText::terms(keyword);
        const bool named = !words.isEmpty() &&
                           std::all_of(words.begin(), words.end(),
                                       [&](const QString& w) { return requestTerms.contains(w); });
        static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
        const bool bareNumber = words.size() == 1 && number.match(words.first()).hasMatch();
        if (named && !bareNumber && std::any_of(words.begin(), words.end(), [&](const QString& w) {
                return m_library.documentFrequency(w, scope) <= 2;
            }))
            titleTerms.unite(QSet<QString>(words.begin(), words.end()));
    }
    const QSet<QString> bodyTerms(bodyList.begin(), bodyList.end());
    // The story's Latin words, sorted, to find other forms of a word by its first letters.
    QStringList latin;
    for (const QSet<QString>* set : {&std::as_const(titleTerms), &bodyTerms}) {
        for (const QString& t : *set) {
            if (isLatinWord(t) && t.size() >= 5)
                latin.append(t);
        }
    }
    std::sort(latin.begin(), latin.end());
    auto hasStem = [&latin](const QString& term) {
        if (!isLatinWord(term) || term.size() < 5)
            return false;
        const QString start = term.left(5);
        for (auto it = std::lower_bound(latin.cbegin(), latin.cend(), start);
             it != latin.cend() && it->startsWith(start); ++it) {
            if (sameStem(*it, term))
                return true;
        }
        return false;
    };
    const double n = m_library.count(scope);
    // A word in no story at all weighs as much as one in a single story: the request's own
    // words ("guy", "weird") should not outweigh the ones the library knows.
    const double rareIdf = std::log(1.0 + (n - 1.0 + 0.5) / (1.0 + 0.5));
    double total = 0.0;
    double matched = 0.0;
    for (const QString& term : terms) {
        const double df = m_library.documentFrequency(term, scope);
        double idf = df > 0 ? std::log(1.0 + (n - df + 0.5) / (df + 0.5)) : rareIdf;
        if (isGrammarBigram(term))
            idf *= kGrammarWeight;
        total += idf;
        if (titleTerms.contains(term))
            matched += idf;
        else if (bodyTerms.contains(term))
            matched += idf * kBodyWeight;
        else if (hasStem(term))
            matched += idf * kStemWeight;
    }
    Ranked r{scriptId, total > 0.0 ? matched / total : 0.0, matched / rareIdf, 0.0};
    // Evidence lifts a description to "tell me more" at most; only a request the story
    // covers (its title, say) is a match on its own.
    r.strength =
        std::max(r.coverage, std::min(kMostWithoutCover,
                                      kCoverageWeight * r.coverage + kEvidenceWeight * r.evidence));
    return r;
}

std::optional<Evaluation> LexicalEvaluator::preliminary(const QString& query,
                                                        const QString& language) const
{
    Evaluation result;
    result.query = query.trimmed();
    result.language = language;
    if (result.query.isEmpty()) {
        result.error = LexicalEvaluator::tr(
            "Type the story you would like to hear: a name, a place or an event, "
            "or \"anything\".");
        return result;
    }
    if (result.query.size() > kMaxQueryLength) {
        result.error = LexicalEvaluator::tr(
                           "That request is %1 characters long; please keep it under %2, such "
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
        ranked.append(coverage(id, terms, scope));
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.strength > b.strength; });
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
        result.score = roundToStep(ranked.first().strength);
    }
    for (const Ranked& r : ranked)
        result.candidates.append(r.scriptId);
    qCDebug(lcMatch) << "evaluated" << result.query << "->" << result.title << result.score;
    return result;
}

} // namespace st
