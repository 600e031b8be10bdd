#include "core/match/ScoreCache.h"

#include <QSqlQuery>

namespace st {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT score FROM evaluation_cache WHERE query = :query AND script_id = :script AND "
    "model = :model");
const QString kUpsert = QStringLiteral(
    "INSERT INTO evaluation_cache (query, script_id, model, score, created_at) VALUES (:query, "
    ":script, :model, :score, :now) ON CONFLICT (query, script_id, model) DO UPDATE SET "
    "score = excluded.score, created_at = excluded.created_at");

} // namespace

ScoreCache::ScoreCache(QSqlDatabase db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{}

QString ScoreCache::normalized(const QString& query)
{
    return query.simplified().toCaseFolded();
}

std::optional<int> ScoreCache::get(const QString& query, qint64 scriptId,
                                   const QString& model) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect);
    q.bindValue(QStringLiteral(":query"), normalized(query));
    q.bindValue(QStringLiteral(":script"), scriptId);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool ScoreCache::put(const QString& query, qint64 scriptId, const QString& model, int score)
{
    QSqlQuery q(m_db);
    q.prepare(kUpsert);
    q.bindValue(QStringLiteral(":query"), normalized(query));
    q.bindValue(QStringLiteral(":script"), scriptId);
    q.bindValue(QStringLiteral(":model"), model);
    q.bindValue(QStringLiteral(":score"), score);
    q.bindValue(QStringLiteral(":now"), m_clock());
    return q.exec();
}

} // namespace st
