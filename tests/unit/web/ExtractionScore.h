#pragma once

#include <QString>
#include <QStringList>

namespace st::webtest {

/// How close an extracted text is to the expected one, by the multiset of their tokens.
///
/// Tokens: words for languages written with spaces (runs of letters, digits and combining
/// marks, lower-cased; apostrophes inside a word are dropped, "don't" → "dont"; every other
/// punctuation mark separates) — Korean too — and single characters for Chinese and
/// Japanese (every Han ideograph, hiragana and katakana character, and the prolonged sound
/// mark ー). Precision: the share of the extracted tokens that the expected text has (each
/// token counted as often as both have it); recall: the share of the expected tokens that
/// were extracted; F1: their harmonic mean. Two empty texts score 1.
struct ExtractionScore
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;

    static QStringList tokens(const QString& text);
    static ExtractionScore of(const QString& extracted, const QString& expected);

    /// The title rule: whitespace collapsed, compared case-insensitively; a match when the
    /// two are equal, or when one contains the other and the shorter is at least 80% of
    /// the longer's length (so "Title" matches "Title [Site]" only when the site part is short).
    static bool titleMatches(const QString& extracted, const QString& expected);
};

} // namespace st::webtest
