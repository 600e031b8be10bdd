#pragma once

#include "core/store/SearchResult.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace st {

class SearchQuery;

/// Finds sessions by their names and story titles and by what was said in them, in any
/// of the four languages, accents and case aside (the index: migration 004; the search
/// form: SearchFold; the words: SearchQuery).
///
/// Words of three characters or more are found by trigrams, anywhere (inside a Korean
/// eojeol, in Japanese without spaces, inside longer words); words of one or two letters
/// or digits by the index of single letters and letter pairs; other short words ("€5",
/// an emoji) by scanning the folded text, newest first. Every word must occur.
///
/// Results: best first (SearchQuery::relevance, a title match one better than the same
/// match in a message), then newest. Ranking looks at the newest kCandidates messages
/// that match: a word found in more messages than that ranks among the recent ones.
class SessionSearch
{
public:
    static constexpr int kCandidates = 400;

    explicit SessionSearch(QSqlDatabase db);

    /// At most \a limit results for \a query; none for an empty query (or only punctuation).
    QVector<SearchResult> search(const QString& query, int limit = 50) const;

    QString lastError() const { return m_lastError; }

private:
    struct Candidate
    {
        qint64 id = 0;
        int relevance = 0;
    };
    QVector<SearchResult> titleHits(const SearchQuery& query) const;
    QVector<Candidate> messageCandidates(const SearchQuery& query) const;
    bool fillMessageHit(SearchResult& result, const SearchQuery& query) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace st
