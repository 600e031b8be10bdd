#pragma once

#include <QPair>
#include <QVector>

namespace st {

/// Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): rankings from different
/// retrievers (say bm25 and embeddings), whose scores are not comparable, merged by rank
/// alone. An id's fused score is
///
///     score(id) = Σ 1 / (k + rank)   over the rankings that hold it, rank 1-based,
///
/// so an id ranked well by several retrievers beats one ranked first by a single one, and
/// k (60 in the paper) damps the weight of the very top ranks.
class RankFusion
{
public:
    static constexpr int kDefaultK = 60;

    /// Every id of \a rankings (each best first) with its fused score, best first. An id
    /// repeated inside one ranking counts at its first (best) rank only. Equal scores keep
    /// the order of first appearance: reading the first ranking top to bottom, then the
    /// second, and so on. Each score adds its terms smallest rank first, so ids ranked the
    /// same in different rankings get bit-identical scores and tie exactly. A negative
    /// \a k counts as 0.
    static QVector<QPair<qint64, double>> fuse(const QVector<QVector<qint64>>& rankings,
                                               int k = kDefaultK);
};

} // namespace st
