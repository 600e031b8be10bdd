// SseParser beyond the WPT vectors: pieces cut inside a character, a CRLF or a BOM, the
// last event ID and retry, llama.cpp's `error:` field, and a long stream.
#include "core/llm/SseParser.h"
#include "unit/llm/SseTestSupport.h"

#include <gtest/gtest.h>
#include <limits>
#include <random>

namespace st {
namespace {

using sse_test::parseChunks;

SseEvent message(const QString& data, const QString& id = {})
{
    return SseEvent{QStringLiteral("message"), data, id};
}

SseEvent event(const QString& type, const QString& data, const QString& id = {})
{
    return SseEvent{type, data, id};
}

TEST(SseParserTest, AMultibyteCharacterSplitAnywhereSurvives)
{
    // U+2026 and U+D55C take 3 bytes in UTF-8, U+1F600 and U+1D11E take 4.
    for (const QString& character : {QStringLiteral("\u2026"), QStringLiteral("\uD55C"),
                                     QStringLiteral("\U0001F600"), QStringLiteral("\U0001D11E")}) {
        const QString text = QStringLiteral("a") + character + QStringLiteral("b");
        const QByteArray stream = "event: " + character.toUtf8() + "\ndata: " + text.toUtf8() +
                                  "\nid: " + character.toUtf8() + "\n\n";
        const QVector<SseEvent> expected{SseEvent{character, text, character}};
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            for (qsizetype j = i; j <= stream.size(); ++j) {
                const QVector<QByteArray> chunks{stream.left(i), stream.mid(i, j - i),
                                                 stream.mid(j)};
                ASSERT_EQ(parseChunks(chunks).events, expected) << sse_test::describe(chunks);
            }
        }
    }
}

TEST(SseParserTest, InvalidUtf8BecomesOneReplacementPerMaximalSubpart)
{
    const auto dataOf = [](const QByteArray& value) {
        const QVector<SseEvent> events = parseChunks({"data:" + value + "\n\n"}).events;
        return events.size() == 1 ? events.first().data : QStringLiteral("<no single event>");
    };
    EXPECT_EQ(dataOf("a\xE2\x80"
                     "b"),
              QStringLiteral("a\uFFFDb"));                                   // cut short
    EXPECT_EQ(dataOf("a\xF0\x9F\x98"), QStringLiteral("a\uFFFD"));           // cut by the line end
    EXPECT_EQ(dataOf("\xC0\xAF"), QStringLiteral("\uFFFD\uFFFD"));           // overlong
    EXPECT_EQ(dataOf("\xED\xA0\x80"), QStringLiteral("\uFFFD\uFFFD\uFFFD")); // a surrogate
    EXPECT_EQ(dataOf("\xFF"
                     "x\x80"),
              QStringLiteral("\uFFFDx\uFFFD"));
    // A BOM inside a value is text like any other.
    EXPECT_EQ(dataOf("\xEF\xBB\xBF"
                     "x"),
              QStringLiteral("\uFEFFx"));
}

TEST(SseParserTest, ACrlfSplitBetweenFeedsIsOneLineEnd)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("data:a\r").isEmpty());
    EXPECT_TRUE(parser.feed(QByteArray()).isEmpty()); // an empty piece changes nothing
    EXPECT_TRUE(parser.feed("\ndata:b\r").isEmpty());
    EXPECT_EQ(parser.feed("\n\r"), QVector<SseEvent>{message(QStringLiteral("a\nb"))});
    EXPECT_TRUE(parser.feed("\n").isEmpty()); // ends the CRLF, not another line
    EXPECT_TRUE(parser.feed("data:c\r").isEmpty());
    EXPECT_EQ(parser.feed("\r"), QVector<SseEvent>{message(QStringLiteral("c"))});
    EXPECT_TRUE(parser.finish().isEmpty());
}

TEST(SseParserTest, ACrNotFollowedByLfEndsALineByItself)
{
    EXPECT_EQ(parseChunks({"data:a\r", "data:b\r", "\r"}).events,
              QVector<SseEvent>{message(QStringLiteral("a\nb"))});
    EXPECT_EQ(parseChunks({"data:a\r", "\r\n"}).events,
              QVector<SseEvent>{message(QStringLiteral("a"))});
}

TEST(SseParserTest, TheStreamMayEndAfterACr)
{
    SseParser parser;
    EXPECT_EQ(parser.feed("data:a\n\r"), QVector<SseEvent>{message(QStringLiteral("a"))});
    EXPECT_TRUE(parser.finish().isEmpty());
    EXPECT_TRUE(parseChunks({"data:a\r"}).events.isEmpty()); // an incomplete event
}

TEST(SseParserTest, OnlyTheStreamsFirstBomIsStripped)
{
    EXPECT_EQ(parseChunks({"\xEF", "\xBB", "\xBF", "data:1\n\n"}).events,
              QVector<SseEvent>{message(QStringLiteral("1"))});
    EXPECT_EQ(parseChunks({"data:1\n\n", "\xEF\xBB\xBF"
                                         "data:2\n\n"})
                  .events,
              QVector<SseEvent>{message(QStringLiteral("1"))});
    // The start of a BOM that is not one is an ordinary (here unknown) line.
    EXPECT_EQ(parseChunks({"\xEF\xBB", "\ndata:1\n\n"}).events,
              QVector<SseEvent>{message(QStringLiteral("1"))});
}

TEST(SseParserTest, AfterFinishANewStreamBeginsWithTheLastEventId)
{
    SseParser parser(QStringLiteral("start"));
    EXPECT_EQ(parser.feed("data:a\n\n"),
              QVector<SseEvent>{message(QStringLiteral("a"), QStringLiteral("start"))});
    EXPECT_TRUE(parser.feed("id: 7\ndata: cut off").isEmpty());
    EXPECT_TRUE(parser.finish().isEmpty());
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("start")); // the block never ended
    // A reconnection: its BOM is stripped again and the ID carries over.
    EXPECT_EQ(parser.feed("\xEF\xBB\xBF"
                          "data:b\n\n"),
              QVector<SseEvent>{message(QStringLiteral("b"), QStringLiteral("start"))});
}

TEST(SseParserTest, AnIdOnlyBlockSetsTheLastEventId)
{
    SseParser parser;
    EXPECT_TRUE(parser.feed("id: 7\n").isEmpty());
    EXPECT_EQ(parser.lastEventId(), QString()); // not before the block ends
    EXPECT_TRUE(parser.feed("\n").isEmpty());
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("7"));
    EXPECT_EQ(parser.feed("data: x\n\n"),
              QVector<SseEvent>{message(QStringLiteral("x"), QStringLiteral("7"))});
}

TEST(SseParserTest, RetryTakesDigitsOnly)
{
    SseParser parser;
    EXPECT_EQ(parser.retryMs(), -1);
    parser.feed("retry: 1500\n");
    EXPECT_EQ(parser.retryMs(), 1500); // at once, no blank line needed
    parser.feed("retry: 15a0\nretry:\nretry\nretry: -5\nretry:  20\n");
    EXPECT_EQ(parser.retryMs(), 1500);
    parser.feed("retry:99999999999999999999\n");
    EXPECT_EQ(parser.retryMs(), std::numeric_limits<int>::max());
}

TEST(SseParserTest, LlamaCppErrorFieldBecomesAnErrorEvent)
{
    const QByteArray json = R"({"code":500,"message":"boom","type":"server_error"})";
    const QByteArray stream = "data: {\"a\":1}\n\nerror: " + json + "\n\ndata: [DONE]\n\n";
    const QVector<SseEvent> expected{
        message(QStringLiteral("{\"a\":1}")),
        SseEvent{QStringLiteral("error"), QString::fromUtf8(json), QString()},
        message(QStringLiteral("[DONE]"))};
    EXPECT_EQ(parseChunks({stream}).events, expected);
    EXPECT_EQ(parseChunks(sse_test::oneByteAtATime(stream)).events, expected);
}

TEST(SseParserTest, ErrorFieldComesAfterTheBlocksOwnEvent)
{
    EXPECT_EQ(
        parseChunks({"id: 3\nerror: first\ndata: partial\nerror:second\n\ndata: b\n\n"}).events,
        (QVector<SseEvent>{
            message(QStringLiteral("partial"), QStringLiteral("3")),
            SseEvent{QStringLiteral("error"), QStringLiteral("first\nsecond"), QStringLiteral("3")},
            message(QStringLiteral("b"), QStringLiteral("3"))}));
    // A field with no value still reports an error; an unfinished block reports nothing.
    EXPECT_EQ(parseChunks({"error\n\n"}).events,
              QVector<SseEvent>{event(QStringLiteral("error"), QString())});
    EXPECT_TRUE(parseChunks({"error: lost\n"}).events.isEmpty());
    // The standard form is untouched: one event whose type is "error".
    EXPECT_EQ(parseChunks({"event: error\ndata: x\n\n"}).events,
              QVector<SseEvent>{event(QStringLiteral("error"), QStringLiteral("x"))});
}

TEST(SseParserTest, ALongStreamInRandomPieces)
{
    QByteArray stream = "\xEF\xBB\xBF"
                        "retry: 2500\n";
    QVector<SseEvent> expected;
    for (int i = 0; i < 20000; ++i) {
        const QString data = QStringLiteral("{\"n\":%1,\"text\":\"Mary Celeste \u2026 "
                                            "\uba54\ub9ac \U0001F6A2\"}\nline two")
                                 .arg(i);
        if (i % 100 == 0)
            stream += ": ping\r\n";
        stream += "id: " + QByteArray::number(i) + "\r\nevent: chunk\r\n";
        for (const QString& line : data.split(QLatin1Char('\n')))
            stream += "data: " + line.toUtf8() + (i % 3 == 0 ? "\r" : "\n");
        stream += i % 3 == 0 ? "\r" : "\n";
        expected.append(SseEvent{QStringLiteral("chunk"), data, QString::number(i)});
    }
    std::mt19937 rng(7);
    std::uniform_int_distribution<qsizetype> size(1, 4096);
    QVector<QByteArray> chunks;
    for (qsizetype pos = 0; pos < stream.size();) {
        const qsizetype n = size(rng);
        chunks.append(stream.mid(pos, n));
        pos += n;
    }
    const sse_test::Outcome outcome = parseChunks(chunks);
    ASSERT_EQ(outcome.events.size(), expected.size());
    EXPECT_TRUE(outcome.events == expected);
    EXPECT_EQ(outcome.retryMs, 2500);
    EXPECT_EQ(outcome.lastEventId, QStringLiteral("19999"));
}

} // namespace
TEST(SseParserTest, AnEndlessLineOrEventStopsAtTheCap)
{
    SseParser parser;
    const QByteArray mb(1024 * 1024, 'x');
    parser.feed("data: ");
    for (int i = 0; i < 8; ++i)
        parser.feed(mb);
    EXPECT_TRUE(parser.overflowed());
    EXPECT_TRUE(parser.feed("\n\ndata: late\n\n").isEmpty()); // nothing until finish()
    parser.finish();
    EXPECT_FALSE(parser.overflowed());
    const auto events = parser.feed("data: fine\n\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().data, QStringLiteral("fine"));
}

} // namespace st
