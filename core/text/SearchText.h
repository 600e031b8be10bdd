#pragma once

#include <QString>
#include <QStringList>

namespace st {

/// The searchable form of text, shared by the index and the queries so both agree:
/// Latin (and other spaced) words are lowercased with accents folded; Han, kana and
/// Hangul runs become overlapping character bigrams, so a word is found inside a longer
/// word and Japanese needs no word breaker.
class SearchText
{
public:
    /// Terms of \a text in order (duplicates kept).
    static QStringList terms(const QString& text);
    /// Terms of a query: like terms(), after dropping Korean particles from word ends.
    static QStringList queryTerms(const QString& text);
    /// terms() joined by spaces: what is stored in the FTS5 table.
    static QString indexForm(const QString& text);
    /// An FTS5 MATCH expression: every term quoted, joined with OR.
    static QString matchAny(const QStringList& terms);

    static bool isCjk(QChar c);
};

} // namespace st
