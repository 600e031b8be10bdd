// TextChunker: chunk sizes, overlap, no lost text, sentence-end cuts, multibyte safety, in
// Latin, Korean and Japanese text.
#include "core/create/TextChunker.h"

#include "core/llm/TokenEstimator.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QString latinText(int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i) {
        out.append(QStringLiteral("On day %1 the crew of the brigantine counted the barrels again, "
                                  "found the hold dry and wrote it down in the log.")
                       .arg(i));
        if (i % 7 == 6)
            out.append(QStringLiteral("\n\n"));
    }
    return out.join(u' ');
}

QString koreanText(int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out.append(
            QStringLiteral(
                "%1일째 되는 날 선원들은 화물칸을 다시 살펴보았고 항해일지에 그 사실을 적었다.")
                .arg(i));
    return out.join(u' ');
}

QString japaneseText(int sentences)
{
    QString out;
    for (int i = 0; i < sentences; ++i)
        out += QStringLiteral("乗組員は船倉をもう一度調べ、航海日誌にそのことを書き留めた。");
    return out;
}

/// The invariants every split must keep.
void expectWellFormed(const QString& text, const QVector<TextChunk>& chunks,
                      const TextChunker& chunker)
{
    ASSERT_FALSE(chunks.isEmpty());
    EXPECT_EQ(chunks.first().start, 0);
    EXPECT_EQ(chunks.last().end, text.size());
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const TextChunk& c = chunks.at(i);
        EXPECT_EQ(c.text, text.mid(c.start, c.end - c.start));
        EXPECT_LT(c.start, c.end);
        EXPECT_LE(TokenEstimator::estimate(c.text), chunker.chunkTokens()) << "chunk " << i;
        if (c.start > 0) { // never inside a surrogate pair or before a combining mark
            EXPECT_FALSE(text.at(c.start).isLowSurrogate()) << "chunk " << i;
            EXPECT_FALSE(text.at(c.start).isMark()) << "chunk " << i;
        }
        if (i > 0) {
            const TextChunk& previous = chunks.at(i - 1);
            EXPECT_LE(c.start, previous.end) << "a gap before chunk " << i;
            EXPECT_GT(c.start, previous.start) << "no progress at chunk " << i;
            const QString overlap = text.mid(c.start, previous.end - c.start);
            EXPECT_LE(TokenEstimator::estimate(overlap), chunker.overlapTokens()) << "chunk " << i;
        }
    }
}

TEST(TextChunkerTest, EmptyTextHasNoChunks)
{
    EXPECT_TRUE(TextChunker().split(QString()).isEmpty());
}

TEST(TextChunkerTest, ShortTextIsOneChunk)
{
    const QString text = QStringLiteral("A short note.\n\nTwo paragraphs.");
    const QVector<TextChunk> chunks = TextChunker().split(text);
    ASSERT_EQ(chunks.size(), 1);
    EXPECT_EQ(chunks.first().text, text);
}

TEST(TextChunkerTest, LatinTextGetsFullChunksEndingAtSentencesWithOverlap)
{
    const QString text = latinText(400);
    const TextChunker chunker(1000, 100);
    const QVector<TextChunk> chunks = chunker.split(text);
    expectWellFormed(text, chunks, chunker);
    const int total = TokenEstimator::estimate(text);
    EXPECT_GE(chunks.size(), total / 1000 + 1);
    EXPECT_LE(chunks.size(), total / 700 + 2);
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i) {
        EXPECT_GE(chunks.at(i).tokens, 600) << "chunk " << i;
        EXPECT_TRUE(chunks.at(i).text.trimmed().endsWith(u'.'))
            << "chunk " << i << " ends mid-sentence";
        const TextChunk& next = chunks.at(i + 1);
        const QString overlap = text.mid(next.start, chunks.at(i).end - next.start);
        EXPECT_GE(TokenEstimator::estimate(overlap), 40) << "too little overlap after chunk " << i;
    }
}

TEST(TextChunkerTest, KoreanCountsATokenPerSyllable)
{
    EXPECT_EQ(TokenEstimator::estimate(QStringLiteral("선원들은")), 4);
    const QString text = koreanText(300);
    const TextChunker chunker(1000, 100);
    const QVector<TextChunk> chunks = chunker.split(text);
    expectWellFormed(text, chunks, chunker);
    EXPECT_GE(chunks.size(), TokenEstimator::estimate(text) / 1000 + 1);
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        EXPECT_TRUE(chunks.at(i).text.trimmed().endsWith(u'.')) << "chunk " << i;
}

TEST(TextChunkerTest, JapaneseWithoutSpacesIsCutAfterSentences)
{
    const QString text = japaneseText(200);
    const TextChunker chunker(500, 50);
    const QVector<TextChunk> chunks = chunker.split(text);
    expectWellFormed(text, chunks, chunker);
    ASSERT_GT(chunks.size(), 3);
    for (qsizetype i = 0; i + 1 < chunks.size(); ++i)
        EXPECT_TRUE(chunks.at(i).text.endsWith(QStringLiteral("。"))) << "chunk " << i;
}

TEST(TextChunkerTest, TextWithoutAnyBreakIsCutBetweenCharacters)
{
    const QString latin(9000, u'a');
    const TextChunker chunker(1000, 100);
    expectWellFormed(latin, chunker.split(latin), chunker);
    EXPECT_GE(chunker.split(latin).size(), 3);

    QString han;
    for (int i = 0; i < 3000; ++i)
        han += QChar(0x4E00 + i % 500);
    expectWellFormed(han, chunker.split(han), chunker);
    EXPECT_GE(chunker.split(han).size(), 4);
}

TEST(TextChunkerTest, NeverSplitsSurrogatePairsOrCombiningMarks)
{
    QString text;
    for (int i = 0; i < 2500; ++i)
        text +=
            QStringLiteral("\U0001F600e\u0301한\U00020B9F"); // emoji, e + accent, Hangul, rare Han
    const TextChunker chunker(300, 30);
    const QVector<TextChunk> chunks = chunker.split(text);
    expectWellFormed(text, chunks, chunker);
    EXPECT_GT(chunks.size(), 5);
}

TEST(TextChunkerTest, MixedTextLosesNothing)
{
    const QString text = latinText(60) + QStringLiteral("\n\n") + koreanText(60) +
                         QStringLiteral("\n\n") + japaneseText(60);
    const TextChunker chunker(400, 40);
    const QVector<TextChunk> chunks = chunker.split(text);
    expectWellFormed(text, chunks, chunker);
    // Gluing the chunks without their overlaps gives the source back.
    QString glued = chunks.first().text;
    for (qsizetype i = 1; i < chunks.size(); ++i)
        glued += chunks.at(i).text.mid(chunks.at(i - 1).end - chunks.at(i).start);
    EXPECT_EQ(glued, text);
}

} // namespace
} // namespace st
