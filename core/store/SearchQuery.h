#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>
#include <utility>

namespace st {

/// A search as typed, in search form (SearchFold): its words, all required. Punctuation is
/// trimmed from the ends of words ("(captain)" → captain), a word inside another one is
/// dropped (it adds nothing), and nothing is an operator: quotes, parentheses, hyphens,
/// `AND`, `NEAR`, `*` are looked for as they are. Knows which index can find each word,
/// writes the FTS5 expressions (every word quoted) and judges how well a text matches.
class SearchQuery
{
public:
    /// A word is found by trigrams from this many characters on.
    static constexpr int kTrigram = 3;
    /// Words kept from a query; more are ignored.
    static constexpr int kMaxTerms = 16;

    explicit SearchQuery(const QString& text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    /// The words, folded, longest first.
    const QStringList& terms() const { return m_terms; }

    /// The words of three characters or more as an FTS5 MATCH for the trigram tables
    /// (message_search, session_search); empty when there is none.
    QString trigramMatch() const;
    /// The words of one or two letters or digits as an FTS5 MATCH for message_search_pairs
    /// (each is one of its terms); empty when there is none.
    QString pairsMatch() const;
    /// The word a scan looks for when no index can find the query (the longest): short
    /// words with other characters ("c#", "😀").
    QString scanTerm() const { return m_terms.value(0); }
    /// scanTerm() as a LIKE pattern (ESCAPE '\\'): "%term%", its own %, _ and \\ escaped.
    QString scanPattern() const;

    /// Whether every word occurs in \a folded.
    bool matches(QStringView folded) const;
    /// How well \a folded matches: for each word the best way it occurs — a whole word 3, at
    /// the start of a word 2 ("선장" in "선장은"), inside one 1 — summed; 0 when a word is
    /// missing.
    int relevance(QStringView folded) const;
    /// Every occurrence of every word in \a folded as (start, length), in order, overlapping
    /// ones merged.
    QVector<std::pair<int, int>> occurrences(QStringView folded) const;
    /// The occurrence that shows the match best (the best way, then the earliest);
    /// (-1, 0) when there is none.
    std::pair<int, int> bestOccurrence(QStringView folded) const;

    /// \a term as an FTS5 string: in double quotes, its own quotes doubled.
    static QString quote(const QString& term);
    /// Characters (code points) in \a text.
    static int length(QStringView text);

private:
    QStringList m_terms;
};

} // namespace st
