#pragma once

#include "core/script/Script.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace st {

/// The sentences of a script's chapters, for answering a listener's question from the
/// story and from nothing else. Sentences and questions are read as search terms
/// (SearchText: words, CJK bigrams — all four languages), without the question's
/// interrogatives and function words (\a stopwords) and Japanese kana-only bigrams; each
/// sentence scores the rarity (idf) of the question's terms it holds. A Japanese question
/// is cut into words at its hiragana; sentences also index single CJK characters, so a
/// one-character word ("娘", "딸") is found.
class StoryIndex
{
public:
    struct Passage
    {
        int chapter = 0; // 1-based, as the narrator counts
        int order = 0;   // the sentence's place in the story
        QString text;
        double score = 0;    // sum of the idf of the question's terms it holds
        double coverage = 0; // score over the idf of all the question's terms
    };

    enum class Verdict
    {
        Told,    // the answer is in chapters already told: passages hold it
        Later,   // it is in a chapter not yet told (not given, so as not to spoil it)
        Unknown, // the story does not say
    };
    struct Answer
    {
        Verdict verdict = Verdict::Unknown;
        QVector<Passage> passages; // Told: the sentences that answer, in story order
        int chapter = 0;           // Later: the chapter that holds it
    };

    /// A passage answers when it covers at least this share of the question's terms.
    static constexpr double kMinCoverage = 0.5;

    StoryIndex(const Script& script, const QStringList& stopwords);

    int sentenceCount() const { return int(m_sentences.size()); }
    /// The best passages for \a question, best first: at most \a limit, each covering at
    /// least \a minCoverage.
    QVector<Passage> search(const QString& question, int limit,
                            double minCoverage = kMinCoverage) const;
    /// Answers \a question when \a chaptersTold chapters have been told: from them when
    /// they hold it about as well as the rest of the story, else Later or Unknown.
    Answer answer(const QString& question, int chaptersTold, int limit = 2) const;
    /// \a question's terms that count.
    QStringList questionTerms(const QString& question) const;

private:
    struct Sentence
    {
        int chapter = 0;
        QString text;
        QSet<QString> terms;
    };
    double idf(const QString& term) const;

    QVector<Sentence> m_sentences;
    QHash<QString, int> m_documentFrequency;
    QSet<QString> m_stopTerms;
    QStringList m_cjkStopwords; // taken out of a question before its bigrams, longest first
};

} // namespace st
