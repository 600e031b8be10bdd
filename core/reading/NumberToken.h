#pragma once

#include <QString>
#include <QStringView>

namespace st {

/// A number written in digits, as found in running text: ASCII or full-width digits, with
/// thousands separators (1,200 or, in Spanish, 1.200), a decimal part and, in Japanese and
/// Korean, the myriad words that follow it (1億2000万).
struct NumberToken
{
    qint64 whole = 0;     // the value without its decimal part
    QString decimals;     // the digits after the decimal mark, as written ("05" for 3.05)
    qsizetype start = 0;  // where it begins in the text
    qsizetype length = 0; // how many characters it takes

    bool hasDecimals() const { return !decimals.isEmpty(); }

    /// The digit 0–9 that \a c is (ASCII or full-width), or -1.
    static int digit(QChar c);
    /// Reads the number that starts at \a from in \a text (which must be a digit there).
    /// \a group is the thousands separator of the language (',' or '.'), \a point the
    /// decimal mark; a separator counts only between groups of exactly three digits.
    /// \a myriads: also take 万, 億, 兆 (and 만, 억, 조) with the digits after them.
    /// Values beyond 10^15 are not numbers to read as words: whole is then -1.
    static NumberToken scan(QStringView text, qsizetype from, QChar group, QChar point,
                            bool myriads);

    /// A time of day at \a from: one or two digits, a colon (or a full-width one), two
    /// digits and no more, within 0:00–24:59. The hour and minutes, and \a end (just past
    /// it); false when there is none.
    static bool scanTime(QStringView text, qsizetype from, int& hour, int& minutes, qsizetype& end);
};

} // namespace st
