#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// What the evaluator made of a story request.
struct Evaluation
{
    enum class Decision
    {
        Unknown,
        MoreDetail,
        Match
    };

    QString query;
    qint64 scriptId = 0; // the best candidate, 0 when there is none
    QString title;
    QString language;
    int score = 0; // 0–100 in steps of 5
    bool anything = false;
    QString error; // a request that could not be evaluated (empty, too long)

    bool hasCandidate() const { return scriptId > 0; }

    /// unknown < \a unknownThreshold ≤ more detail < \a matchThreshold ≤ match
    static Decision decide(int score, int unknownThreshold, int matchThreshold);
};

} // namespace st

Q_DECLARE_METATYPE(st::Evaluation)
