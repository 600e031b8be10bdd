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

    /// The Hangul, kana and Han runs of folded text as character bigrams, each run's last
    /// character alone, distinct, space-separated: "灯台守は島に" → "灯台 台守 守は は島 島に に".
    /// What message_search_pairs indexes, for queries of one or two such characters.
    static QString pairs(QStringView folded);
    /// A Hangul, kana or Han letter (what pairs() indexes).
    static bool isCjk(char32_t c);

    /// Installs st_search_fold(text) and st_search_pairs(text, original) on \a db's
    /// connection; false when it is not an SQLite connection or SQLite refuses.
    static bool install(const QSqlDatabase& db);
};

} // namespace st
