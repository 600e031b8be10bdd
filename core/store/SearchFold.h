#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVector>
#include <utility>

namespace st {

/// The search form of text, shared by the session search index (the triggers of migration
/// 004 call it through SQL functions) and the queries, so both agree.
///
/// Each character is taken apart (NFKD), Latin combining accents are dropped (the
/// Combining Diacritical Marks blocks; kana voicing marks and Hangul are kept), put back
/// together (NFC) and case-folded; white space becomes a plain space. So "Café" → "cafe",
/// "ＡＢＣ" → "abc", "ｶﾞ" → "ガ", and "선장은" and "灯台" are unchanged.
class SearchFold
{
public:
    static QString fold(QStringView text);

    /// fold() with, for each UTF-16 unit of the result, the range of \a text it came from.
    struct Mapped
    {
        QString text;
        QVector<int> from; // where the source character starts in the original
        QVector<int> to;   // where it ends, past any accent folded away after it

        /// The range [begin, end) of the original that folded [start, start + length) covers.
        std::pair<int, int> originalRange(int start, int length) const;
    };
    static Mapped foldMapped(QStringView text);

    /// The letters and digits of folded text, each alone and each with the next one in the
    /// same word, distinct, space-separated: "el barco" → "e el l b ba a ar r rc c co o".
    /// What message_search_pairs indexes, for words of one or two characters, which
    /// trigrams cannot find ("선장", "灯台", "島", "el").
    static QString pairs(QStringView folded);
    /// Whether pairs() indexes \a c: a letter or a digit.
    static bool isPairChar(char32_t c);
    /// A Hangul, kana or Han letter (shown twice as wide as a Latin one).
    static bool isCjk(char32_t c);

    /// Installs st_search_fold(text) and st_search_pairs(text, original) on \a db's
    /// connection; false when it is not an SQLite connection or SQLite refuses.
    static bool install(const QSqlDatabase& db);
};

} // namespace st
