#pragma once

#include "core/util/Clock.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace st {

/// The judge's scores per (request, script, model), so a request is judged once.
/// Requests are compared after trimming, case folding and collapsing spaces.
class ScoreCache
{
public:
    explicit ScoreCache(QSqlDatabase db, Clock clock = systemClock());

    std::optional<int> get(const QString& query, qint64 scriptId, const QString& model) const;
    bool put(const QString& query, qint64 scriptId, const QString& model, int score);
    static QString normalized(const QString& query);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace st
