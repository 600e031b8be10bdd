#include "core/store/SearchQuery.h"

#include "core/store/SearchFold.h"

#include <algorithm>

namespace st {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// 3: a whole word, 2: the start of a word, 1: inside a word.
int kindAt(QStringView text, qsizetype start, qsizetype length)
{
    const bool startsWord = start == 0 || !isWordChar(text.at(start - 1));
    const qsizetype end = start + length;
    const bool endsWord = end >= text.size() || !isWordChar(text.at(end));
    if (startsWord)
        return endsWord ? 3 : 2;
    return 1;
}

bool allPairChars(QStringView term)
{
    const QVector<uint> ucs4 = term.toUcs4();
    return !ucs4.isEmpty() && std::all_of(ucs4.begin(), ucs4.end(), [](uint c) {
        return SearchFold::isPairChar(char32_t(c));
    });
}

} // namespace

SearchQuery::SearchQuery(const QString& text)
{
    const QString folded = SearchFold::fold(text);
    QStringList words;
    for (QStringView word : QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        qsizetype begin = 0;
        qsizetype end = word.size();
        while (begin < end &&
               (word.at(begin).isPunct() || word.at(begin).category() == QChar::Other_Control))
            ++begin;
        while (end > begin &&
               (word.at(end - 1).isPunct() || word.at(end - 1).category() == QChar::Other_Control))
            --end;
        QString term = word.mid(begin, end - begin).toString();
        // Control characters have no business in a query (and NUL would end the SQL text).
        term.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
        if (!term.isEmpty() && !words.contains(term))
            words.append(term);
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const QString& a, const QString& b) { return length(a) > length(b); });
    for (const QString& word : std::as_const(words)) {
        const bool covered = std::any_of(m_terms.begin(), m_terms.end(),
                                         [&](const QString& t) { return t.contains(word); });
        if (!covered && m_terms.size() < kMaxTerms)
            m_terms.append(word);
    }
}

int SearchQuery::length(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    }
    return n;
}

QString SearchQuery::quote(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SearchQuery::scanPattern() const
{
    QString escaped;
    for (const QChar c : scanTerm()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SearchQuery::trigramMatch() const
{
    QStringList parts;
    for (const QString& term : m_terms) {
        if (length(term) >= kTrigram)
            parts.append(quote(term));
    }
    return parts.join(QLatin1Char(' '));
}

QString SearchQuery::pairsMatch() const
{
    QStringList parts;
    for (const QString& term : m_terms) {
        if (length(term) < kTrigram && allPairChars(term))
            parts.append(quote(term));
    }
    return parts.join(QLatin1Char(' '));
}

bool SearchQuery::matches(QStringView folded) const
{
    if (m_terms.isEmpty())
        return false;
    return std::all_of(m_terms.begin(), m_terms.end(),
                       [&](const QString& term) { return folded.contains(term); });
}

int SearchQuery::relevance(QStringView folded) const
{
    int total = 0;
    for (const QString& term : m_terms) {
        int best = 0;
        for (qsizetype at = folded.indexOf(term); at >= 0 && best < 3;
             at = folded.indexOf(term, at + 1))
            best = std::max(best, kindAt(folded, at, term.size()));
        if (best == 0)
            return 0;
        total += best;
    }
    return total;
}

QVector<std::pair<int, int>> SearchQuery::occurrences(QStringView folded) const
{
    QVector<std::pair<int, int>> found;
    for (const QString& term : m_terms) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
            found.append({int(at), int(term.size())});
    }
    std::sort(found.begin(), found.end());
    QVector<std::pair<int, int>> merged;
    for (const auto& [start, length] : std::as_const(found)) {
        if (!merged.isEmpty() && start <= merged.last().first + merged.last().second) {
            auto& last = merged.last();
            last.second = std::max(last.first + last.second, start + length) - last.first;
        } else {
            merged.append({start, length});
        }
    }
    return merged;
}

std::pair<int, int> SearchQuery::bestOccurrence(QStringView folded) const
{
    std::pair<int, int> best{-1, 0};
    int bestKind = 0;
    for (const QString& term : m_terms) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            const int kind = kindAt(folded, at, term.size());
            if (kind > bestKind || (kind == bestKind && at < best.first)) {
                bestKind = kind;
                best = {int(at), int(term.size())};
            }
        }
    }
    return best;
}

} // namespace st
