#include "core/store/SearchFold.h"

#include "core/store/StoreLog.h"
#include "core/text/CharClass.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>
#include <sqlite3.h>

namespace st {
namespace {

// Accents of Latin (and Greek, Cyrillic) letters: the Combining Diacritical Marks blocks.
// Not the kana voicing marks (U+3099, U+309A), which make が from か.
bool isFoldedAccent(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F);
}

// Characters the fold leaves as they are (no decomposition that survives NFC, no case):
// most of Korean and Japanese text, so the common case costs no normalization.
bool isStable(char32_t c)
{
    using Block = CharClass::Block;
    const Block block = CharClass::block(c);
    return block == Block::HangulSyllables || block == Block::CjkUnifiedIdeographs ||
           block == Block::CjkExtensionA || CharClass::isKanaLetter(c);
}

QString foldSlow(char32_t c)
{
    if (QChar::isSpace(c))
        return QStringLiteral(" ");
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const char32_t part : decomposed.toUcs4()) {
        if (!isFoldedAccent(part))
            kept.append(QString::fromUcs4(&part, 1));
    }
    return kept.normalized(QString::NormalizationForm_C).toCaseFolded();
}

// Appends the fold of one character to \a out.
void appendFolded(char32_t c, QString& out)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        else if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            c = ' ';
        out.append(QChar(char16_t(c)));
        return;
    }
    if (isStable(c)) {
        out.append(QChar(char16_t(c)));
        return;
    }
    thread_local QHash<char32_t, QString> cache;
    auto it = cache.constFind(c);
    if (it == cache.constEnd())
        it = cache.insert(c, foldSlow(c));
    const QString& piece = *it;
    // A mark that composes with the character before it (a voicing mark after its kana,
    // as in decomposed or half-width text: か + ゙ → が) joins it, as NFC of the whole would.
    if (piece.size() == 1 && piece.at(0).category() == QChar::Mark_NonSpacing && !out.isEmpty() &&
        !out.back().isSurrogate()) {
        const QString composed =
            QString(out.back() + piece).normalized(QString::NormalizationForm_C);
        if (composed.size() == 1) {
            out.back() = composed.at(0);
            return;
        }
    }
    out.append(piece);
}

// Calls \a f(start, end, codePoint) for each character of \a text (a lone surrogate as itself).
template <typename F> void forEachCodePoint(QStringView text, F f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            f(int(i), int(i + 2), QChar::surrogateToUcs4(ch, text.at(i + 1)));
            i += 2;
        } else {
            f(int(i), int(i + 1), char32_t(ch.unicode()));
            ++i;
        }
    }
}

QStringView argText(sqlite3_value* value)
{
    const void* data = sqlite3_value_text16(value);
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QStringView(static_cast<const char16_t*>(data), bytes / 2) : QStringView();
}

void resultText(sqlite3_context* context, const QString& text)
{
    sqlite3_result_text16(context, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void sqlFold(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    resultText(context, SearchFold::fold(argText(argv[0])));
}

void sqlPairs(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    QString text;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (!text.isEmpty())
            text.append(QLatin1Char(' '));
        text.append(argText(argv[i]));
    }
    resultText(context, SearchFold::pairs(text));
}

} // namespace

QString SearchFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](int, int, char32_t c) { appendFolded(c, out); });
    return out;
}

SearchFold::Mapped SearchFold::foldMapped(QStringView text)
{
    Mapped m;
    m.text.reserve(text.size());
    m.from.reserve(text.size());
    m.to.reserve(text.size());
    int pieceStart = -1; // where the last non-empty piece starts in m.text
    forEachCodePoint(text, [&](int begin, int end, char32_t c) {
        const qsizetype before = m.text.size();
        appendFolded(c, m.text);
        const qsizetype added = m.text.size() - before;
        if (added == 0) {
            // An accent folded away, or a mark composed into the character before it:
            // it belongs to that character.
            if (pieceStart >= 0) {
                for (qsizetype i = pieceStart; i < m.text.size(); ++i)
                    m.to[i] = end;
            }
            return;
        }
        pieceStart = int(before);
        for (qsizetype i = 0; i < added; ++i) {
            m.from.append(begin);
            m.to.append(end);
        }
    });
    return m;
}

std::pair<int, int> SearchFold::Mapped::originalRange(int start, int length) const
{
    if (text.isEmpty() || length <= 0 || start < 0 || start >= text.size())
        return {0, 0};
    const int last = std::min<int>(start + length, int(text.size())) - 1;
    return {from.at(start), to.at(last)};
}

bool SearchFold::isCjk(char32_t c)
{
    // Letters only: the tokenizer splits terms at punctuation (・) and symbols (゛).
    return CharClass::isCjk(c) && QChar::isLetter(c);
}

bool SearchFold::isPairChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    return QChar::isLetterOrNumber(c);
}

QString SearchFold::pairs(QStringView folded)
{
    QString out;
    QSet<QStringView> seen; // views into folded, alive as long as it is
    auto add = [&](QStringView term) {
        if (seen.contains(term))
            return;
        seen.insert(term);
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(term);
    };
    int previous = -1; // where the last letter or digit starts, while the word goes on
    forEachCodePoint(folded, [&](int begin, int end, char32_t c) {
        if (!isPairChar(c)) {
            previous = -1;
            return;
        }
        add(folded.mid(begin, end - begin));
        if (previous >= 0)
            add(folded.mid(previous, end - previous));
        previous = begin;
    });
    return out;
}

bool SearchFold::install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCWarning(lcStore) << "search functions: not an SQLite connection";
        return false;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return false;
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const int fold = sqlite3_create_function_v2(connection, "st_search_fold", 1, flags, nullptr,
                                                &sqlFold, nullptr, nullptr, nullptr);
    const int pairs = sqlite3_create_function_v2(connection, "st_search_pairs", 2, flags, nullptr,
                                                 &sqlPairs, nullptr, nullptr, nullptr);
    if (fold != SQLITE_OK || pairs != SQLITE_OK) {
        qCWarning(lcStore) << "search functions refused:" << sqlite3_errmsg(connection);
        return false;
    }
    return true;
}

} // namespace st
