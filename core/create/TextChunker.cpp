#include "core/create/TextChunker.h"

#include "core/llm/TokenEstimator.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <vector>

namespace st {
namespace {

/// A word-sized piece of the source: [start, end), its tokens, and what kind of break
/// comes right before it.
struct Unit
{
    qsizetype start = 0;
    qsizetype end = 0;
    int tokens = 0;
    int breakBefore = 0; // 0 word, 1 sentence, 2 paragraph
};

std::vector<qsizetype> boundaries(QTextBoundaryFinder::BoundaryType type, const QString& text)
{
    std::vector<qsizetype> out;
    QTextBoundaryFinder finder(type, text);
    for (qsizetype p = finder.toNextBoundary(); p > 0; p = finder.toNextBoundary())
        out.push_back(p);
    return out;
}

bool isWide(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

/// Runs of graphemes worth about a quarter of a chunk each, for a "word" too long to fit
/// in one (a CJK paragraph with no word breaks, a pasted blob without spaces).
void appendGraphemes(const QString& text, qsizetype start, qsizetype end, int limit,
                     std::vector<Unit>& units)
{
    const double pieceLimit = std::max(1, limit / 4);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(start);
    qsizetype pieceStart = start;
    double pieceTokens = 0;
    qsizetype previous = start;
    for (qsizetype p = finder.toNextBoundary(); p > 0 && p <= end; p = finder.toNextBoundary()) {
        const QChar first = text.at(previous);
        previous = p;
        pieceTokens += isWide(first) ? 1.0 : (first.isLetterOrNumber() ? 0.25 : 0.0);
        if (pieceTokens >= pieceLimit) {
            units.push_back({pieceStart, p, int(pieceTokens + 0.99), 0});
            pieceStart = p;
            pieceTokens = 0;
        }
    }
    if (pieceStart < end)
        units.push_back({pieceStart, end, int(pieceTokens + 0.99), 0});
}

std::vector<Unit> unitsOf(const QString& text, int chunkTokens)
{
    std::vector<char> kind(size_t(text.size()) + 1, 0);
    for (qsizetype p : boundaries(QTextBoundaryFinder::Sentence, text))
        kind[size_t(p)] = 1;
    for (qsizetype p = 1; p < text.size(); ++p) {
        if (text.at(p - 1) == u'\n' && (p < 2 || text.at(p - 2) == u'\n' || text.at(p) != u' '))
            kind[size_t(p)] = 2;
    }
    std::vector<Unit> units;
    qsizetype start = 0;
    for (qsizetype p : boundaries(QTextBoundaryFinder::Word, text)) {
        const int tokens =
            TokenEstimator::estimate(QStringView(text).mid(start, p - start).toString());
        const size_t first = units.size();
        if (tokens > chunkTokens / 2)
            appendGraphemes(text, start, p, chunkTokens, units);
        else
            units.push_back({start, p, tokens, 0});
        if (first < units.size())
            units[first].breakBefore = kind[size_t(start)];
        start = p;
    }
    if (start < text.size())
        units.push_back(
            {start, text.size(), TokenEstimator::estimate(text.mid(start)), kind[size_t(start)]});
    return units;
}

} // namespace

TextChunker::TextChunker(int chunkTokens, int overlapTokens)
    : m_chunkTokens(std::max(16, chunkTokens)),
      m_overlapTokens(std::clamp(overlapTokens, 0, std::max(16, chunkTokens) / 2))
{}

QVector<TextChunk> TextChunker::split(const QString& text) const
{
    QVector<TextChunk> chunks;
    if (text.isEmpty())
        return chunks;
    const std::vector<Unit> units = unitsOf(text, m_chunkTokens);
    const size_t n = units.size();
    size_t i = 0;
    while (i < n) {
        // The furthest end within the budget (at least one unit)…
        size_t j = i;
        int tokens = 0;
        while (j < n && (j == i || tokens + units[j].tokens <= m_chunkTokens))
            tokens += units[j++].tokens;
        // …moved back to a paragraph or sentence end when one lies in the last 40%.
        if (j < n) {
            size_t best = j;
            int bestKind = units[j].breakBefore;
            int t = tokens;
            for (size_t k = j; k > i + 1 && t >= m_chunkTokens * 6 / 10; --k) {
                if (units[k].breakBefore > bestKind) {
                    best = k;
                    bestKind = units[k].breakBefore;
                    if (bestKind == 2)
                        break;
                }
                t -= units[k - 1].tokens;
            }
            j = best;
        }
        TextChunk chunk;
        chunk.start = units[i].start;
        chunk.end = units[j - 1].end;
        chunk.text = text.mid(chunk.start, chunk.end - chunk.start);
        chunk.tokens = 0;
        for (size_t k = i; k < j; ++k)
            chunk.tokens += units[k].tokens;
        chunks.append(chunk);
        if (j >= n)
            break;
        // The next chunk starts about overlapTokens back, at a sentence start if one is there.
        size_t k = j;
        int overlap = 0;
        while (k > i + 1 && overlap + units[k - 1].tokens <= m_overlapTokens)
            overlap += units[--k].tokens;
        size_t next = k;
        for (size_t s = k; s < j; ++s) {
            if (units[s].breakBefore > 0) {
                next = s;
                break;
            }
        }
        i = std::max(next, i + 1);
    }
    return chunks;
}

} // namespace st
