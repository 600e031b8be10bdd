#pragma once

#include "core/match/Evaluation.h"

#include <QCoreApplication>
#include <QVector>
#include <functional>
#include <optional>

namespace st {

class ListeningHistory;
class ScriptLibrary;

/// The offline evaluator. Candidates come from the FTS5 index ranked by bm25 (title
/// weighted 4:1); the score of a candidate is how much of the request it covers:
///
///     coverage = Σ idf(t)·w(t) / Σ idf(t)   over the request's terms t
///
/// with w = 1 for a term in the title (or in a distinctive keyword the request names
/// whole), 0.85 for a term only in the body, 0.7 for another form of a body word
/// ("hijacked" for "hijacking"), 0 otherwise; idf the bm25 idf over the library, a term
/// in no story weighted like one in a single story, and a hiragana bigram (grammar) at 0.3.
/// Evidence, the matched idf in units of one rare term, then lifts the score:
///
///     score = max(coverage, min(0.9, 1.1·coverage + 0.14·evidence))
///
/// scaled to 0–100 and rounded to a step of 5. So a request naming the title scores 100
/// (match), one describing the events with a few telling words 80–90 ("tell me more"), and
/// one the library does not hold scores low. Tuned on tests/data/library/requests (NOTES).
class LexicalEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(st::LexicalEvaluator)

public:
    static constexpr int kMaxQueryLength = 500;
    static constexpr int kClosest = 3;
    static constexpr double kBodyWeight = 0.85;
    static constexpr double kStemWeight = 0.7;    // another form of the word ("hijacked")
    static constexpr double kGrammarWeight = 0.3; // a bigram with hiragana in it
    static constexpr double kCoverageWeight = 1.1;
    static constexpr double kEvidenceWeight = 0.14; // per rare term the story holds
    static constexpr double kMostWithoutCover = 0.9;

    /// \a random(n) returns a number in [0, n): injectable for tests.
    explicit LexicalEvaluator(const ScriptLibrary& library, std::function<int(int)> random = {});

    /// "Anything" then prefers stories this listener has not heard, then ones not heard
    /// to the end; the alternatives are topped up with unheard stories.
    void setHistory(const ListeningHistory* history) { m_history = history; }

    Evaluation evaluate(const QString& query, const QString& language) const;

    /// Up to kClosest alternatives: \a ranked (best first) in \a language, then stories in
    /// \a language this listener has heard least, picked at random among equals.
    QVector<Evaluation::Alternative> alternatives(const QVector<qint64>& ranked,
                                                  const QString& language) const;

    /// The answer for requests that need no search: empty or too long (an error), only
    /// filler words (unknown), "anything" (a random story). nullopt: search.
    std::optional<Evaluation> preliminary(const QString& query, const QString& language) const;

    struct Ranked
    {
        qint64 scriptId = 0;
        double coverage = 0.0; // 0–1, see above
        double evidence = 0.0; // Σ idf·w of the terms the story holds, in rare-term units
        double strength = 0.0; // the score: coverage, raised by evidence; 0–1
    };
    /// The lexical candidates for \a query, best first, in \a language where the library
    /// has the story in it.
    QVector<Ranked> rank(const QString& query, const QString& language, int limit) const;

    static int roundToStep(double fraction);

private:
    Evaluation pickRandom(Evaluation result) const;
    /// The scripts in \a language (all, when it has none), least heard first, shuffled
    /// within each stage (never heard, begun, heard to the end).
    QVector<qint64> leastHeardFirst(const QString& language) const;
    qint64 inLanguage(qint64 scriptId, const QString& language) const;
    Ranked coverage(qint64 scriptId, const QStringList& terms, const QString& scope) const;

    const ScriptLibrary& m_library;
    std::function<int(int)> m_random;
    const ListeningHistory* m_history = nullptr;
};

} // namespace st
