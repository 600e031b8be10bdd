#pragma once

#include "core/store/SearchResult.h"

#include <QString>
#include <QVector>

namespace st {

class SearchQuery;

/// The part of a text that shows a search match: a window of about `width` columns (a
/// Hangul, kana or Han character counts two) around the best occurrence, cut at word
/// boundaries where one is near, on one line (runs of white space become one space), with
/// "…" where it was cut and every occurrence of the query's words marked.
struct SearchSnippet
{
    static constexpr int kWidth = 150;
    static constexpr int kLead = 45; // columns of context before the match

    QString text;
    QVector<SearchResult::Span> matches;

    /// The window of \a text for \a query; its start (unmarked) when nothing matches.
    static SearchSnippet cut(const QString& text, const SearchQuery& query, int width = kWidth);
};

} // namespace st
