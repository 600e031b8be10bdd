#pragma once

#include <QString>
#include <QStringList>

namespace st {

/// Cuts a reply that streams in as small deltas into sentences, as soon as each one is
/// known to be complete, so speech can start on the first sentence.
///
/// A sentence ends only when the text after it confirms the end: whitespace after
/// ". ! ? …" (and runs like "?!", "..."), a newline (which ends a sentence even without
/// punctuation), or, after the CJK marks "。！？．", any next character. Until then the
/// text waits in the splitter, so "3." followed by "5 km" in the next delta is not cut.
/// Closing quotes and brackets after the mark stay with the sentence; abbreviations
/// (Mr., Sra., e.g., U.S., EE. UU., "J. R. R."), decimals and numbered-list markers are
/// not ends. A sentence longer than maxChars (UTF-16 units) is cut at its last clause
/// boundary (", " "; " ": " " — " "、" "，" "；") before the limit, else at its last space,
/// else at a grapheme boundary at the limit.
///
/// feed() and finish() return sentences trimmed and never empty; the same text gives the
/// same sentences however it is split into deltas.
class SentenceSplitter
{
public:
    explicit SentenceSplitter(int maxChars = 4096);

    /// The sentences this delta completes, in order.
    QStringList feed(const QString& delta);
    /// The sentences still held (the last one maybe without final punctuation); then the
    /// splitter is empty, as after reset().
    QStringList finish();
    /// Drops whatever is held.
    void reset();

    int maxChars() const { return m_maxChars; }

private:
    enum class Verdict
    {
        End,
        NotEnd,
        Pending
    };

    void scan(bool atEnd, QStringList& out);
    Verdict judge(qsizetype start, qsizetype end, bool atEnd) const;
    Verdict judgePeriod(qsizetype start, qsizetype end, bool atEnd) const;
    qsizetype runEnd(qsizetype start) const;
    qsizetype lengthCut() const;
    void take(qsizetype end, qsizetype next, QStringList& out);

    int m_maxChars;
    QString m_buffer;        // the text not yet returned; starts at a sentence's first character
    qsizetype m_pos = 0;     // where scanning resumes
    bool m_lineStart = true; // the held sentence starts a line
};

} // namespace st
