#pragma once

#include <QCoreApplication>

#include "core/story/Evaluation.h"

#include <QVector>

#include <functional>
#include <optional>

namespace st {

class ScriptLibrary;

/// The offline evaluator. Candidates come from the FTS5 index ranked by bm25 (title
/// weighted 4:1); the score of a candidate is how much of the request it covers:
///
///     score = Σ idf(t)·w(t) / Σ idf(t)   over the request's terms t
///
/// with w = 1 for a term in the title, 0.85 for a term only in the body, 0 otherwise, and
/// idf the bm25 idf over the library. Scaled to 0–100 and rounded to a step of 5. So a
/// request naming the title scores 100, one described only by its events scores about 85
/// ("tell me more"), and one the library does not hold scores low.
class LexicalEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(st::LexicalEvaluator)

public:

public:
    static constexpr int kMaxQueryLength = 500;
    static constexpr double kBodyWeight = 0.85;

    /// \a random(n) returns a number in [0, n): injectable for tests.
    explicit LexicalEvaluator(const ScriptLibrary& library, std::function<int(int)> random = {});

    Evaluation evaluate(const QString& query, const QString& language) const;

    /// The answer for requests that need no search: empty or too long (an error), only
    /// filler words (unknown), "anything" (a random story). nullopt: search.
    std::optional<Evaluation> preliminary(const QString& query, const QString& language) const;

    struct Ranked
    {
        qint64 scriptId = 0;
        double coverage = 0.0; // 0–1, see above
    };
    /// The lexical candidates for \a query, best first, in \a language where the library
    /// has the story in it.
    QVector<Ranked> rank(const QString& query, const QString& language, int limit) const;

    static int roundToStep(double fraction);

private:
    Evaluation pickRandom(Evaluation result) const;
    qint64 inLanguage(qint64 scriptId, const QString& language) const;
    double coverage(qint64 scriptId, const QStringList& terms, const QString& scope) const;

    const ScriptLibrary& m_library;
    std::function<int(int)> m_random;
};

} // namespace st
