#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

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

    /// A story offered instead, when the request found none for sure.
    struct Alternative
    {
        qint64 scriptId = 0;
        QString title;
    };

    QString query;
    qint64 scriptId = 0; // the best candidate, 0 when there is none
    QString title;
    QString language;
    int score = 0; // 0–100 in steps of 5
    bool anything = false;
    QString error;              // a request that could not be evaluated (empty, too long)
    QVector<qint64> candidates; // the stories the search found, best first
    /// Up to three stories nearest the request, topped up with stories this listener has
    /// not heard: what "I don't know that story" offers (LexicalEvaluator::alternatives).
    QVector<Alternative> closest;

    bool hasCandidate() const { return scriptId > 0; }

    /// unknown < \a unknownThreshold ≤ more detail < \a matchThreshold ≤ match
    static Decision decide(int score, int unknownThreshold, int matchThreshold);
};

} // namespace st

Q_DECLARE_METATYPE(st::Evaluation)
