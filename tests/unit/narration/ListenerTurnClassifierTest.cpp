// The listener's turn told by rules, in four languages, against messages written apart from
// the word lists (tests/data/listener/, README there): each file's precision and recall per
// class are printed; every message must land in its class.
#include "core/narration/ListenerTurnClassifier.h"

#include <QFile>
#include <QMap>
#include <gtest/gtest.h>

namespace st {
namespace {

using Kind = ListenerTurn::Kind;

struct Row
{
    Kind kind;
    int chapter;
    QString message;
};

QVector<Row> readTable(const QString& language)
{
    QVector<Row> rows;
    QFile file(QStringLiteral(STORYTELLER_TEST_DATA "/listener/%1.tsv").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() < 3)
            continue;
        const auto kind = ListenerTurn::fromName(QString::fromUtf8(cells[0]));
        if (!kind)
            continue;
        rows.append({*kind, cells[1] == "-" ? 0 : cells[1].toInt(), QString::fromUtf8(cells[2])});
    }
    return rows;
}

class ListenerTurnTable : public ::testing::TestWithParam<const char*>
{
protected:
    ListenerWords words{QStringLiteral(":/narrator/listener.json")};
};

TEST_P(ListenerTurnTable, EveryMessageLandsInItsClass)
{
    ASSERT_TRUE(words.isLoaded());
    const QString language = QString::fromLatin1(GetParam());
    const QVector<Row> rows = readTable(language);
    ASSERT_GE(rows.size(), 25) << "tests/data/listener/" << GetParam() << ".tsv";
    ListenerTurnClassifier classifier(words);
    QMap<QString, int> truePositive, predicted, actual;
    int right = 0;
    for (const Row& row : rows) {
        const ListenerTurn turn = classifier.classify(row.message);
        const QString want = ListenerTurn::name(row.kind);
        const QString got = ListenerTurn::name(turn.kind);
        ++actual[want];
        ++predicted[got];
        const bool ok =
            turn.kind == row.kind && (row.kind != Kind::Back || turn.chapter == row.chapter);
        if (ok) {
            ++truePositive[want];
            ++right;
        }
        EXPECT_TRUE(ok) << row.message.toStdString() << ": " << got.toStdString() << " "
                        << turn.chapter << ", expected " << want.toStdString() << " "
                        << row.chapter;
    }
    std::printf("listener turns, %s: %d of %d right (%.0f%%)\n", GetParam(), right,
                int(rows.size()), 100.0 * right / rows.size());
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        const int tp = truePositive.value(it.key());
        const int p = predicted.value(it.key());
        std::printf("  %-9s precision %5.1f%%  recall %5.1f%%  (%d messages)\n",
                    qPrintable(it.key()), p ? 100.0 * tp / p : 0.0, 100.0 * tp / it.value(),
                    it.value());
    }
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, ListenerTurnTable,
                         ::testing::Values("en", "ko", "ja", "es"));

TEST(ListenerTurnClassifierTest, NamesRoundTrip)
{
    for (Kind kind : {Kind::Answer, Kind::Question, Kind::Next, Kind::Repeat, Kind::Back,
                      Kind::Skip, Kind::Shorter, Kind::Longer, Kind::Exit})
        EXPECT_EQ(ListenerTurn::fromName(ListenerTurn::name(kind)), kind);
    EXPECT_FALSE(ListenerTurn::fromName(QStringLiteral("dance")));
}

TEST(ListenerTurnClassifierTest, AnExclamationIsNotAQuestion)
{
    const ListenerWords words;
    const ListenerTurnClassifier classifier(words);
    for (const char* text : {"What a story, thank you for telling it.", "what an ending",
                             "How strange that nobody saw them", "¡Qué miedo da todo esto!"})
        EXPECT_EQ(classifier.classify(QString::fromUtf8(text)).kind, Kind::Answer) << text;
    for (const char* text :
         {"What was the ship carrying", "what a ship was she?", "¿Qué pasó con el bote?"})
        EXPECT_EQ(classifier.classify(QString::fromUtf8(text)).kind, Kind::Question) << text;
}

TEST(ListenerTurnClassifierTest, AnOpinionIsNotACommandUnlessItAsks)
{
    const ListenerWords words;
    const ListenerTurnClassifier classifier(words);
    for (const char* text : {"I would go back to my ship", "maybe skip the cargo",
                             "나라면 그만둘래", "私ならもう一度確かめる"})
        EXPECT_EQ(classifier.classify(QString::fromUtf8(text)).kind, Kind::Answer) << text;
    EXPECT_EQ(classifier.classify(QStringLiteral("I'd like to hear that again")).kind,
              Kind::Repeat);
    EXPECT_EQ(classifier.classify(QStringLiteral("maybe go on please")).kind, Kind::Next);
}

TEST(ListenerTurnClassifierTest, UnsureWhereTheRulesCannotTell)
{
    const ListenerWords words;
    const ListenerTurnClassifier classifier(words);
    const ListenerTurn storm = classifier.classify(QStringLiteral("storm?"));
    EXPECT_EQ(storm.kind, Kind::Answer);
    EXPECT_FALSE(storm.sure);
    EXPECT_TRUE(classifier.classify(QStringLiteral("I would keep my distance")).sure);
    EXPECT_EQ(classifier.classify(QStringLiteral("   ")).kind, Kind::Answer);
    // Without its word lists every message is an answer, as before.
    const ListenerWords none(QStringLiteral(":/no/such.json"));
    EXPECT_FALSE(none.isLoaded());
    EXPECT_EQ(ListenerTurnClassifier(none).classify(QStringLiteral("who was the captain?")).kind,
              Kind::Answer);
}

} // namespace
} // namespace st
