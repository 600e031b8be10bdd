#include "core/llm/PacedReplyStream.h"

#include "support/QtPrinters.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kEnglish =
    QStringLiteral("On the fourth of December 1872, a ship was found adrift.\n\nNobody was aboard. "
                   "What do you think happened?");
const QString kJapanese = QStringLiteral(
    "大西洋のまっただ中で、何か月分もの食料と水が残ったしっかりした船を、10人全員が捨てて去り、"
    "二度と姿を見せなかったとしたら、いったい何が起きたのでしょうか？");

QString joined(const QSignalSpy& spy)
{
    QString text;
    for (const QList<QVariant>& args : spy)
        text += args.at(0).toString();
    return text;
}

TEST(PacedReplyStreamTest, PiecesJoinToTheText)
{
    for (const QString& text :
         {kEnglish, kJapanese, QStringLiteral("one"), QStringLiteral("  leading and trailing  "),
          QStringLiteral("메리 셀레스트호 이야기를 들려드릴게요.")}) {
        const QStringList pieces = PacedReplyStream::pieces(text);
        EXPECT_EQ(pieces.join(QString()), text);
        for (const QString& piece : pieces)
            EXPECT_FALSE(piece.trimmed().isEmpty()) << text.toStdString();
    }
    EXPECT_TRUE(PacedReplyStream::pieces(QString()).isEmpty());
}

TEST(PacedReplyStreamTest, EnglishGoesWordByWord)
{
    const QStringList pieces = PacedReplyStream::pieces(QStringLiteral("Nobody was aboard. "));
    EXPECT_EQ(pieces, QStringList({QStringLiteral("Nobody "), QStringLiteral("was "),
                                   QStringLiteral("aboard. ")}));
}

TEST(PacedReplyStreamTest, LongWordsOfSpacedLanguagesStayWhole)
{
    EXPECT_EQ(PacedReplyStream::pieces(QStringLiteral("Unbelievably extraordinary")),
              QStringList({QStringLiteral("Unbelievably "), QStringLiteral("extraordinary")}));
    EXPECT_EQ(PacedReplyStream::pieces(QStringLiteral("메리 셀레스트호에서는 아무도")),
              QStringList({QStringLiteral("메리 "), QStringLiteral("셀레스트호에서는 "),
                           QStringLiteral("아무도")}));
}

TEST(PacedReplyStreamTest, JapaneseGoesAFewCharactersAtATime)
{
    const QStringList pieces = PacedReplyStream::pieces(kJapanese);
    EXPECT_GT(pieces.size(), 10);
    for (const QString& piece : pieces)
        EXPECT_LE(piece.size(), 6) << piece.toStdString();
}

TEST(PacedReplyStreamTest, StreamsEveryPieceInOrderAndFinishesOnce)
{
    for (const QString& text : {kEnglish, kJapanese}) {
        for (int msPerWord : {0, 1}) {
            PacedReplyStream stream(text, msPerWord);
            QSignalSpy deltas(&stream, &ReplyStream::delta);
            QSignalSpy finished(&stream, &ReplyStream::finished);
            QSignalSpy cancelled(&stream, &ReplyStream::cancelled);
            EXPECT_FALSE(stream.isRunning());
            stream.start();
            EXPECT_TRUE(stream.isRunning());
            EXPECT_EQ(deltas.count(), 0); // asynchronous, even at full speed
            ASSERT_TRUE(finished.wait(10000));
            EXPECT_FALSE(stream.isRunning());
            EXPECT_EQ(joined(deltas), text);
            EXPECT_EQ(stream.text(), text);
            QStringList received;
            for (const QList<QVariant>& args : deltas)
                received.append(args.at(0).toString());
            EXPECT_EQ(received, PacedReplyStream::pieces(text));

            QCoreApplication::processEvents();
            EXPECT_EQ(finished.count(), 1);
            EXPECT_EQ(cancelled.count(), 0);
        }
    }
}

TEST(PacedReplyStreamTest, EmptyTextFinishesWithNoPieces)
{
    PacedReplyStream stream(QString(), 0);
    QSignalSpy deltas(&stream, &ReplyStream::delta);
    QSignalSpy finished(&stream, &ReplyStream::finished);
    stream.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(deltas.count(), 0);
    EXPECT_TRUE(stream.text().isEmpty());
}

TEST(PacedReplyStreamTest, CancelKeepsTheTextAndEmitsCancelled)
{
    PacedReplyStream stream(kEnglish, 20);
    QSignalSpy deltas(&stream, &ReplyStream::delta);
    QSignalSpy finished(&stream, &ReplyStream::finished);
    QSignalSpy cancelled(&stream, &ReplyStream::cancelled);
    stream.start();
    ASSERT_TRUE(deltas.wait(10000));
    stream.cancel();
    EXPECT_FALSE(stream.isRunning());
    EXPECT_EQ(cancelled.count(), 1);
    const QString kept = stream.text();
    EXPECT_FALSE(kept.isEmpty());
    EXPECT_LT(kept.size(), kEnglish.size());
    EXPECT_TRUE(kEnglish.startsWith(kept));
    EXPECT_EQ(joined(deltas), kept);

    const int piecesSoFar = static_cast<int>(deltas.count());
    stream.cancel(); // a second cancel does nothing
    QCoreApplication::processEvents();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(deltas.count(), piecesSoFar);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(stream.text(), kept);
}

TEST(PacedReplyStreamTest, CancelBeforeStartDoesNothing)
{
    PacedReplyStream stream(kEnglish, 0);
    QSignalSpy cancelled(&stream, &ReplyStream::cancelled);
    stream.cancel();
    EXPECT_EQ(cancelled.count(), 0);
    EXPECT_FALSE(stream.isRunning());
}

} // namespace
} // namespace st
