#include "core/narration/StoryIndex.h"

#include "core/text/SearchText.h"
#include "core/text/SentenceSplitter.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace st {
namespace {

bool kanaOnly(const QString& term)
{
    for (const QChar c : term) {
        if (c.script() != QChar::Script_Hiragana && c.unicode() != 0x30FC)
            return false;
    }
    return !term.isEmpty();
}

} // namespace

StoryIndex::StoryIndex(const Script& script, const QStringList& stopwords)
{
    for (const QString& word : stopwords) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return SearchText::isCjk(c); }))
            m_cjkStopwords.append(word); // "누구" in "누구였어" would leave "구였" behind
        else
            m_stopTerms.insert(word);
    }
    std::stable_sort(m_cjkStopwords.begin(), m_cjkStopwords.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    const QVector<Script::Section> chapters = script.tellableChapters();
    for (int i = 0; i < chapters.size(); ++i) {
        SentenceSplitter splitter;
        QStringList sentences = splitter.feed(chapters.at(i).content);
        sentences += splitter.finish();
        for (const QString& text : sentences) {
            Sentence s{i + 1, text, {}};
            for (const QString& t : SearchText::terms(text))
                s.terms.insert(t);
            // Each Han, Hangul or katakana character alone too, for one-character words
            // ("娘", "딸", "밤") that bigrams miss.
            for (const QChar c : text) {
                if (SearchText::isCjk(c) && c.script() != QChar::Script_Hiragana)
                    s.terms.insert(QString(c));
            }
            for (const QString& t : s.terms)
                ++m_documentFrequency[t];
            m_sentences.append(std::move(s));
        }
    }
}

double StoryIndex::idf(const QString& term) const
{
    const double n = double(m_sentences.size());
    const double df = m_documentFrequency.value(term);
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

QStringList StoryIndex::questionTerms(const QString& question) const
{
    QString text = question;
    for (const QString& word : m_cjkStopwords)
        text.replace(word, QStringLiteral(" "));
    // Japanese has no spaces: its particles and endings (hiragana) part the words.
    static const QRegularExpression hiragana(QStringLiteral("\\p{Hiragana}+"));
    static const QRegularExpression kana(QStringLiteral("[\\p{Hiragana}\\p{Katakana}]"));
    if (text.contains(kana))
        text.replace(hiragana, QStringLiteral(" "));
    QStringList out;
    for (const QString& t : SearchText::queryTerms(text)) {
        if (!m_stopTerms.contains(t) && !kanaOnly(t))
            out.append(t);
    }
    return out;
}

QVector<StoryIndex::Passage> StoryIndex::search(const QString& question, int limit,
                                                double minCoverage) const
{
    const QStringList terms = questionTerms(question);
    double total = 0;
    for (const QString& t : terms)
        total += idf(t);
    QVector<Passage> found;
    if (total <= 0)
        return found;
    for (int i = 0; i < m_sentences.size(); ++i) {
        const Sentence& s = m_sentences.at(i);
        double score = 0;
        for (const QString& t : terms) {
            if (s.terms.contains(t))
                score += idf(t);
        }
        if (score > 0 && score / total >= minCoverage)
            found.append({s.chapter, i, s.text, score, score / total});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Passage& a, const Passage& b) { return a.score > b.score; });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

StoryIndex::Answer StoryIndex::answer(const QString& question, int chaptersTold, int limit) const
{
    Answer a;
    const QVector<Passage> all = search(question, sentenceCount());
    QVector<Passage> told;
    const Passage* later = nullptr;
    for (const Passage& p : all) {
        if (p.chapter <= chaptersTold)
            told.append(p);
        else if (!later)
            later = &p;
    }
    // The story told so far answers when it holds the question about as well as the rest.
    if (!told.isEmpty() && (!later || told.first().score >= 0.8 * later->score)) {
        a.verdict = Verdict::Told;
        const double best = told.first().score;
        for (const Passage& p : told) {
            if (a.passages.size() < limit && p.score >= 0.75 * best)
                a.passages.append(p);
        }
        std::sort(a.passages.begin(), a.passages.end(),
                  [](const Passage& x, const Passage& y) { return x.order < y.order; });
        return a;
    }
    if (later) {
        a.verdict = Verdict::Later;
        a.chapter = later->chapter;
    }
    return a;
}

} // namespace st
