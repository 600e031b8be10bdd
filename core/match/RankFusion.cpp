#include "core/match/RankFusion.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace st {

QVector<QPair<qint64, double>> RankFusion::fuse(const QVector<QVector<qint64>>& rankings, int k)
{
    k = std::max(k, 0);
    QVector<qint64> order;             // ids by first appearance
    QHash<qint64, QVector<int>> ranks; // id → its rank in each ranking that holds it
    for (const QVector<qint64>& ranking : rankings) {
        QSet<qint64> seen;
        for (int i = 0; i < ranking.size(); ++i) {
            const qint64 id = ranking.at(i);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto found = ranks.find(id);
            if (found == ranks.end()) {
                order.append(id);
                found = ranks.insert(id, {});
            }
            found->append(i + 1);
        }
    }
    QVector<QPair<qint64, double>> fused;
    fused.reserve(order.size());
    for (qint64 id : order) {
        QVector<int> r = ranks.value(id);
        std::sort(r.begin(), r.end()); // the same ranks always sum in the same order
        double score = 0.0;
        for (int rank : r)
            score += 1.0 / (double(k) + double(rank));
        fused.append({id, score});
    }
    std::stable_sort(fused.begin(), fused.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return fused;
}

} // namespace st
