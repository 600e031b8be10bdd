#pragma once

#include <QString>
#include <QVector>

namespace st {

/// A piece of a source text: [start, end) in the source's UTF-16 indices.
struct TextChunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    int tokens = 0;
};

/// Splits a long source into chunks of about \a chunkTokens tokens, each one starting about
/// \a overlapTokens before the previous one ended, so a fact cut at a border is whole in one
/// of them. Tokens are TokenEstimator's: one per Hangul syllable, kana or Han character
/// (Korean and Japanese text is about one token per character), one per four letters or
/// digits of other scripts (about one per word piece in Latin text), punctuation and
/// spaces free.
///
/// Chunks end at a paragraph or sentence end when one is in reach, else at a word
/// boundary, else at a grapheme boundary: a chunk never splits a surrogate pair or a
/// combining sequence. Every character of the source is in at least one chunk.
class TextChunker
{
public:
    TextChunker(int chunkTokens = 1000, int overlapTokens = 100);

    QVector<TextChunk> split(const QString& text) const;

    int chunkTokens() const { return m_chunkTokens; }
    int overlapTokens() const { return m_overlapTokens; }

private:
    int m_chunkTokens;
    int m_overlapTokens;
};

} // namespace st
