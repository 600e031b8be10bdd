#include "core/store/SearchSnippet.h"

#include "core/store/SearchFold.h"
#include "core/store/SearchQuery.h"

#include <algorithm>

namespace st {
namespace {

constexpr int kSnap = 12; // how far a cut moves to reach a word boundary
const QChar kEllipsis(0x2026);

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

int columns(QChar c)
{
    return c.isSurrogate() || SearchFold::isCjk(c.unicode()) ? 2 : 1;
}

int stepBack(const QString& text, int from, int budget)
{
    int i = from;
    for (int used = 0; i > 0 && used + columns(text.at(i - 1)) <= budget; --i)
        used += columns(text.at(i - 1));
    return i;
}

int stepForward(const QString& text, int from, int budget)
{
    int i = from;
    for (int used = 0; i < text.size() && used + columns(text.at(i)) <= budget; ++i)
        used += columns(text.at(i));
    return i;
}

} // namespace

SearchSnippet SearchSnippet::cut(const QString& text, const SearchQuery& query, int width)
{
    const int n = int(text.size());
    const SearchFold::Mapped folded = SearchFold::foldMapped(text);
    const auto best = query.bestOccurrence(folded.text);
    int matchBegin = 0;
    int matchEnd = 0;
    int start = 0;
    int end = 0;
    if (best.first >= 0) {
        std::tie(matchBegin, matchEnd) = folded.originalRange(best.first, best.second);
        start = stepBack(text, matchBegin, kLead * width / kWidth);
        end = std::max(stepForward(text, start, width), matchEnd);
        if (end == n)
            start = std::min(start, stepBack(text, n, width));
    } else {
        end = stepForward(text, 0, width);
    }

    // Cut between words when a boundary is near, never inside a surrogate pair.
    if (start > 0 && isWordChar(text.at(start - 1)) && isWordChar(text.at(start))) {
        for (int p = start + 1; p <= std::min(start + kSnap, matchBegin); ++p) {
            if (!isWordChar(text.at(p - 1))) {
                start = p;
                break;
            }
        }
    }
    if (end < n && isWordChar(text.at(end - 1)) && isWordChar(text.at(end))) {
        for (int p = end - 1; p >= std::max(end - kSnap, std::max(matchEnd, start + 1)); --p) {
            if (!isWordChar(text.at(p))) {
                end = p;
                break;
            }
        }
    }
    if (start > 0 && start < n && text.at(start).isLowSurrogate())
        --start;
    if (end > 0 && end < n && text.at(end).isLowSurrogate())
        ++end;
    while (start < std::min(end, matchBegin) && text.at(start).isSpace())
        ++start;

    // One line: white space runs become one space; where each original position went.
    SearchSnippet s;
    if (start > 0)
        s.text.append(kEllipsis);
    QVector<int> position(end - start + 1);
    for (int i = start; i < end; ++i) {
        position[i - start] = int(s.text.size());
        const QChar c = text.at(i);
        if (!c.isSpace())
            s.text.append(c);
        else if (!s.text.isEmpty() && !s.text.endsWith(QLatin1Char(' ')) &&
                 !s.text.endsWith(kEllipsis))
            s.text.append(QLatin1Char(' '));
    }
    while (s.text.endsWith(QLatin1Char(' ')))
        s.text.chop(1);
    position[end - start] = int(s.text.size());
    for (int& p : position)
        p = std::min(p, int(s.text.size()));
    if (end < n)
        s.text.append(kEllipsis);

    if (best.first < 0)
        return s;
    for (const auto& [at, length] : query.occurrences(folded.text)) {
        auto [begin, stop] = folded.originalRange(at, length);
        begin = std::max(begin, start);
        stop = std::min(stop, end);
        if (begin >= stop)
            continue;
        const int from = position[begin - start];
        const int to = position[stop - start];
        if (to > from)
            s.matches.append({from, to - from});
    }
    return s;
}

} // namespace st
