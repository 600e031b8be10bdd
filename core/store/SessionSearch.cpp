#include "core/store/SessionSearch.h"

#include "core/store/SearchQuery.h"
#include "core/store/SearchSnippet.h"
#include "core/store/StoreLog.h"
#include "core/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace st {
namespace {

QString joined(const QString& a, const QString& b)
{
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

void setSnippet(SearchResult& result, const SearchQuery& query, const QString& first,
                const QString& second)
{
    SearchSnippet snippet = SearchSnippet::cut(first, query);
    if (snippet.matches.isEmpty() && !second.isEmpty()) {
        SearchSnippet other = SearchSnippet::cut(second, query);
        if (!other.matches.isEmpty())
            snippet = std::move(other);
    }
    result.snippet = snippet.text;
    result.matches = snippet.matches;
}

} // namespace

SessionSearch::SessionSearch(QSqlDatabase db) : m_db(std::move(db)) {}

QVector<SearchResult> SessionSearch::search(const QString& text, int limit) const
{
    m_lastError.clear();
    const SearchQuery query(text);
    if (limit <= 0 || query.isEmpty())
        return {};

    QVector<SearchResult> results = titleHits(query);
    QVector<Candidate> candidates = messageCandidates(query);
    // Newest first already; the best of them, keeping that order among equals.
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.relevance > b.relevance; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    for (const Candidate& candidate : std::as_const(candidates)) {
        SearchResult result;
        result.messageId = candidate.id;
        result.relevance = candidate.relevance;
        if (fillMessageHit(result, query))
            results.append(std::move(result));
    }
    std::stable_sort(results.begin(), results.end(),
                     [](const SearchResult& a, const SearchResult& b) {
                         if (a.relevance != b.relevance)
                             return a.relevance > b.relevance;
                         if (a.date != b.date)
                             return a.date > b.date;
                         return a.messageId > b.messageId;
                     });
    if (results.size() > limit)
        results.resize(limit);
    return results;
}

QVector<SearchResult> SessionSearch::titleHits(const SearchQuery& query) const
{
    QVector<SearchResult> hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString match = query.trigramMatch();
    if (!match.isEmpty()) {
        q.prepare(sql::searchSessionsByTrigrams);
        q.bindValue(QStringLiteral(":match"), match);
    } else {
        q.prepare(sql::searchSessionsByScan);
        q.bindValue(QStringLiteral(":pattern"), query.scanPattern());
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "title search failed:" << m_lastError;
        return hits;
    }
    while (q.next() && hits.size() < kCandidates) {
        const int relevance = query.relevance(joined(q.value(1).toString(), q.value(2).toString()));
        if (relevance == 0)
            continue;
        SearchResult hit;
        hit.sessionId = q.value(0).toLongLong();
        hit.sessionName = q.value(3).toString();
        hit.storyTitle = q.value(4).toString();
        hit.date = q.value(5).toLongLong();
        hit.relevance = relevance + 1;
        setSnippet(hit, query, hit.sessionName, hit.storyTitle);
        hits.append(std::move(hit));
    }
    return hits;
}

QVector<SessionSearch::Candidate> SessionSearch::messageCandidates(const SearchQuery& query) const
{
    QVector<Candidate> candidates;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString trigrams = query.trigramMatch();
    const QString pairs = query.pairsMatch();
    if (!trigrams.isEmpty()) {
        q.prepare(sql::searchMessagesByTrigrams);
        q.bindValue(QStringLiteral(":match"), trigrams);
    } else if (!pairs.isEmpty()) {
        q.prepare(sql::searchMessagesByPairs);
        q.bindValue(QStringLiteral(":match"), pairs);
    } else {
        q.prepare(sql::searchMessagesByScan);
        q.bindValue(QStringLiteral(":pattern"), query.scanPattern());
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "message search failed:" << m_lastError;
        return candidates;
    }
    // The index finds some of the words (or one, scanning); the rest are checked here.
    while (candidates.size() < kCandidates && q.next()) {
        const int relevance = query.relevance(joined(q.value(1).toString(), q.value(2).toString()));
        if (relevance > 0)
            candidates.append({q.value(0).toLongLong(), relevance});
    }
    return candidates;
}

bool SessionSearch::fillMessageHit(SearchResult& result, const SearchQuery& query) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::searchMessageDetails);
    q.bindValue(QStringLiteral(":id"), result.messageId);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return false;
    }
    result.sessionId = q.value(0).toLongLong();
    result.role = MessageRecord::roleFromName(q.value(1).toString());
    result.date = q.value(4).toLongLong();
    result.sessionName = q.value(5).toString();
    result.storyTitle = q.value(6).toString();
    setSnippet(result, query, q.value(2).toString(), q.value(3).toString());
    return true;
}

} // namespace st
