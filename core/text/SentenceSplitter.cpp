#include "core/text/SentenceSplitter.h"

#include "core/text/SentenceMarks.h"
#include "core/text/TextLog.h"

#include <QTextBoundaryFinder>
#include <algorithm>

namespace st {
namespace {

using namespace sentence_marks;

/// What follows a sentence mark once whitespace is skipped.
struct Lookahead
{
    enum Kind
    {
        Pending,
        EndOfText,
        LineBreak,
        Char
    } kind = Pending;
    char32_t c = 0;
    qsizetype pos = 0;
};

Lookahead lookahead(const QString& s, qsizetype i, bool atEnd)
{
    bool skippedOpeners = false;
    while (i < s.size()) {
        int length = 1;
        const char32_t c = codePointAt(s, i, &length);
        if (isCutPair(s, i) && !atEnd)
            return {Lookahead::Pending, 0, i};
        if (isLineBreak(c) && !skippedOpeners)
            return {Lookahead::LineBreak, c, i};
        if (QChar::isSpace(c) && !skippedOpeners) {
            i += length;
            continue;
        }
        if (isOpener(c)) {
            skippedOpeners = true;
            i += length;
            continue;
        }
        return {Lookahead::Char, c, i};
    }
    return {atEnd ? Lookahead::EndOfText : Lookahead::Pending, 0, i};
}

} // namespace

SentenceSplitter::SentenceSplitter(int maxChars) : m_maxChars(std::max(16, maxChars)) {}

QStringList SentenceSplitter::feed(const QString& delta)
{
    QStringList out;
    if (delta.isEmpty())
        return out;
    m_buffer += delta;
    scan(false, out);
    return out;
}

QStringList SentenceSplitter::finish()
{
    QStringList out;
    scan(true, out);
    const QString rest = m_buffer.trimmed();
    if (!rest.isEmpty())
        out.append(rest);
    reset();
    return out;
}

void SentenceSplitter::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_lineStart = true;
}

void SentenceSplitter::scan(bool atEnd, QStringList& out)
{
    qsizetype i = m_pos;
    for (;;) {
        if (i == 0) { // a sentence starts here: drop the whitespace before it
            qsizetype skip = 0;
            while (skip < m_buffer.size() && m_buffer.at(skip).isSpace()) {
                if (isLineBreak(m_buffer.at(skip).unicode()))
                    m_lineStart = true;
                ++skip;
            }
            m_buffer.remove(0, skip);
        }
        if (i >= m_maxChars && m_buffer.size() > m_maxChars) {
            if (isCutPair(m_buffer, m_maxChars) && !atEnd)
                break; // the grapheme at the limit is not whole yet
            const qsizetype cut = lengthCut();
            qCDebug(lcText) << "sentence over" << m_maxChars << "characters, cut at" << cut;
            take(cut, cut, out);
            m_lineStart = false;
            i = 0;
            continue;
        }
        if (i >= m_buffer.size())
            break;
        int length = 1;
        const char32_t c = codePointAt(m_buffer, i, &length);
        if (isLineBreak(c)) {
            take(i, i + 1, out);
            m_lineStart = true;
            i = 0;
            continue;
        }
        if (!isLatinTerminator(c) && !isCjkTerminator(c)) {
            i += length;
            continue;
        }
        const qsizetype end = runEnd(i);
        const Verdict verdict = judge(i, end, atEnd);
        if (verdict == Verdict::Pending) {
            m_pos = i;
            return;
        }
        if (verdict == Verdict::End && end <= m_maxChars) {
            take(end, end, out);
            m_lineStart = false;
            i = 0;
            continue;
        }
        i = end; // not an end, or too long: the length cut above takes it
    }
    m_pos = i;
}

qsizetype SentenceSplitter::runEnd(qsizetype start) const
{
    qsizetype i = start;
    while (i < m_buffer.size()) {
        int length = 1;
        const char32_t c = codePointAt(m_buffer, i, &length);
        if (!isLatinTerminator(c) && !isCjkTerminator(c) && !isCloser(c) && !isEmojiPart(c) &&
            !isMarkdownMark(c))
            break;
        i += length;
    }
    return i;
}

SentenceSplitter::Verdict SentenceSplitter::judge(qsizetype start, qsizetype end, bool atEnd) const
{
    bool cjk = false, question = false, dotsOnly = true, closer = false, ellipsis = false;
    qsizetype periods = 0;
    for (qsizetype i = start; i < end;) {
        int length = 1;
        const char32_t c = codePointAt(m_buffer, i, &length);
        i += length;
        cjk = cjk || isCjkTerminator(c);
        closer = closer || isCloser(c);
        if (c == u'.')
            ++periods;
        ellipsis = ellipsis || c == u'…' || periods > 1;
        if (isLatinTerminator(c) || isCjkTerminator(c)) {
            const bool dot = c == u'.' || c == u'…';
            dotsOnly = dotsOnly && dot;
            question = question || !dot;
        }
    }
    // A full-width point between full-width digits is a decimal point: "３．５".
    const auto fullWidthDigit = [](QChar c) { return c >= u'０' && c <= u'９'; };
    if (m_buffer.at(start) == u'．' && end == start + 1 && start > 0 &&
        fullWidthDigit(m_buffer.at(start - 1)) &&
        (end >= m_buffer.size() || fullWidthDigit(m_buffer.at(end))))
        return end >= m_buffer.size() && !atEnd ? Verdict::Pending : Verdict::NotEnd;
    if (end >= m_buffer.size())
        return atEnd ? Verdict::End : Verdict::Pending;
    if (isCutPair(m_buffer, end) && !atEnd)
        return Verdict::Pending;

    const char32_t next = codePointAt(m_buffer, end);
    if (cjk) // no space is needed after 。！？
        return closer && continuesQuote(next) ? Verdict::NotEnd : Verdict::End;
    if (!QChar::isSpace(next)) {
        if (next == u'¿' || next == u'¡')
            return Verdict::End;
        if (!isWideLetter(next))
            return Verdict::NotEnd; // "3.5", "e.g.,", "U.S.-based", "v2.0"
        // Korean or Japanese right after a Latin mark.
        if (closer)
            return isHangul(next) || continuesQuote(next) ? Verdict::NotEnd : Verdict::End;
        if (question)
            return Verdict::End;
        if (ellipsis)
            return Verdict::NotEnd; // "それは…誰も"
        return start > 0 && isWideLetter(codePointBefore(m_buffer, start)) ? Verdict::End
                                                                           : Verdict::NotEnd;
    }
    if (periods == 1 && end == start + 1)
        return judgePeriod(start, end, atEnd);
    dotsOnly = dotsOnly && ellipsis;
    if (dotsOnly || closer) {
        // "Wait... maybe", "“Help!” she cried": not an end before a lower-case word.
        const Lookahead la = lookahead(m_buffer, end, atEnd);
        if (la.kind == Lookahead::Pending)
            return Verdict::Pending;
        if (la.kind == Lookahead::Char && QChar::isLower(la.c))
            return Verdict::NotEnd;
        if (la.kind == Lookahead::Char && closer && isHangul(la.c)) {
            // Wait for the word after the quote: "하" may become "하고".
            const QStringView rest = QStringView(m_buffer).mid(la.pos);
            if (rest.size() < 3 && !atEnd)
                return Verdict::Pending;
            if (continuesKoreanQuote(rest))
                return Verdict::NotEnd;
        }
    }
    return Verdict::End;
}

SentenceSplitter::Verdict SentenceSplitter::judgePeriod(qsizetype start, qsizetype end,
                                                        bool atEnd) const
{
    // The word before the period: letters, digits and inner dots ("U.S", "p.m", "19th").
    qsizetype from = start;
    while (from > 0) {
        int length = 1;
        const char32_t c = codePointBefore(m_buffer, from, &length);
        if (!QChar::isLetterOrNumber(c) && c != u'.')
            break;
        from -= length;
    }
    while (from < start && m_buffer.at(from) == u'.')
        ++from;
    const QString word = m_buffer.mid(from, start - from);
    if (word.isEmpty())
        return Verdict::End;
    // "1. " at the start of a line is a list item, not a sentence.
    const bool digits = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    if (digits && from == 0 && m_lineStart && word.size() <= 3)
        return Verdict::NotEnd;

    const Abbreviation kind = abbreviation(word);
    if (kind == Abbreviation::None)
        return Verdict::End;
    if (kind == Abbreviation::Title)
        return Verdict::NotEnd; // a line break after it still ends the sentence
    const Lookahead la = lookahead(m_buffer, end, atEnd);
    switch (la.kind) {
    case Lookahead::Pending:
        return Verdict::Pending;
    case Lookahead::EndOfText:
    case Lookahead::LineBreak:
        return Verdict::End;
    case Lookahead::Char:
        break;
    }
    if (kind == Abbreviation::BeforeNumber)
        return QChar::isDigit(la.c) ? Verdict::NotEnd : Verdict::End;
    return QChar::isLower(la.c) ? Verdict::NotEnd : Verdict::End;
}

/// Where to cut a sentence longer than the limit: after its last clause boundary before
/// the limit, else at its last space, else at a grapheme boundary at the limit.
qsizetype SentenceSplitter::lengthCut() const
{
    const qsizetype limit = m_maxChars;
    if (m_buffer.at(limit).isSpace())
        return limit;
    for (qsizetype i = limit - 1; i > 0; --i) {
        const QChar c = m_buffer.at(i);
        if (c == u'、' || c == u'，' || c == u'；' || c == u'：')
            return i + 1;
        const bool spaceAfter = m_buffer.at(i + 1).isSpace();
        if ((c == u',' || c == u';' || c == u':') && spaceAfter)
            return i + 1;
        if ((c == u'—' || c == u'–') && spaceAfter && m_buffer.at(i - 1).isSpace())
            return i + 1;
    }
    for (qsizetype i = limit - 1; i > 0; --i) {
        if (m_buffer.at(i).isSpace())
            return i;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, m_buffer);
    finder.setPosition(limit);
    if (finder.isAtBoundary())
        return limit;
    const qsizetype before = finder.toPreviousBoundary();
    if (before > 0)
        return before;
    finder.setPosition(limit);
    return finder.toNextBoundary(); // one grapheme longer than the limit
}

void SentenceSplitter::take(qsizetype end, qsizetype next, QStringList& out)
{
    const QString sentence = m_buffer.left(end).trimmed();
    if (!sentence.isEmpty())
        out.append(sentence);
    m_buffer.remove(0, next);
    m_pos = 0;
}

} // namespace st
