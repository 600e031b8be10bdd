#include "core/llm/NdjsonParser.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Lines = QVector<QByteArray>;

// Every line \a chunks complete, then what finish() returns if anything.
Lines parse(const Lines& chunks)
{
    NdjsonParser parser;
    Lines lines;
    for (const QByteArray& chunk : chunks)
        lines += parser.feed(chunk);
    const QByteArray last = parser.finish();
    if (!last.isEmpty())
        lines.append(last);
    return lines;
}

TEST(NdjsonParserTest, ReturnsCompleteLines)
{
    NdjsonParser parser;
    EXPECT_EQ(parser.feed(R"({"a":1}
{"b":2}
)"),
              (Lines{R"({"a":1})", R"({"b":2})"}));
    EXPECT_EQ(parser.finish(), QByteArray());
}

TEST(NdjsonParserTest, KeepsALineSplitBetweenFeeds)
{
    NdjsonParser parser;
    EXPECT_TRUE(parser.feed(R"({"a")").isEmpty());
    EXPECT_EQ(parser.feed(":1}\n{"), Lines{R"({"a":1})"});
    EXPECT_TRUE(parser.feed(R"("b":)").isEmpty());
    EXPECT_EQ(parser.feed("2}\n"), Lines{R"({"b":2})"});
    EXPECT_EQ(parser.finish(), QByteArray());
}

TEST(NdjsonParserTest, AMultibyteCharacterSplitAnywhereSurvives)
{
    const QByteArray line = QStringLiteral("{\"content\":\"\uD55C\u2026\U0001F600\"}").toUtf8();
    const QByteArray stream = line + "\n" + line + "\n";
    for (qsizetype i = 0; i <= stream.size(); ++i) {
        for (qsizetype j = i; j <= stream.size(); ++j)
            ASSERT_EQ(parse({stream.left(i), stream.mid(i, j - i), stream.mid(j)}),
                      (Lines{line, line}))
                << i << ' ' << j;
    }
}

TEST(NdjsonParserTest, DropsTheCrOfACrlf)
{
    EXPECT_EQ(parse({"a\r\nb\r\n"}), (Lines{"a", "b"}));
    EXPECT_EQ(parse({"a\r", "\nb\r", "\n"}), (Lines{"a", "b"}));
    EXPECT_EQ(parse({"a\rb\n"}), Lines{"a\rb"}); // only a line's last CR goes
}

TEST(NdjsonParserTest, SkipsEmptyLines)
{
    EXPECT_EQ(parse({"\n\na\n\r\n", "\n", "b\n\n"}), (Lines{"a", "b"}));
    EXPECT_TRUE(parse({"\n\r\n\n"}).isEmpty());
}

TEST(NdjsonParserTest, FinishReturnsAnUnterminatedLastLine)
{
    NdjsonParser parser;
    EXPECT_EQ(parser.feed(R"({"done":false}
{"done":true})"),
              Lines{R"({"done":false})"});
    EXPECT_EQ(parser.finish(), QByteArray(R"({"done":true})"));
    EXPECT_EQ(parser.finish(), QByteArray()); // once
    EXPECT_EQ(parser.feed("x\r"), Lines());
    EXPECT_EQ(parser.finish(), QByteArray("x"));
    EXPECT_EQ(parser.feed("y\n"), Lines{"y"}); // a new stream after finish()
}

TEST(NdjsonParserTest, OllamaStreamOneByteAtATime)
{
    const QByteArray stream =
        R"({"model":"llama3.2","message":{"role":"assistant","content":"The"},"done":false}
{"model":"llama3.2","message":{"role":"assistant","content":" Mary"},"done":false}
{"error":"an error was encountered while running the model"})";
    Lines chunks;
    for (const char c : stream)
        chunks.append(QByteArray(1, c));
    EXPECT_EQ(parse(chunks), stream.split('\n'));
}

} // namespace
TEST(NdjsonParserTest, AnEndlessLineStopsAtTheCap)
{
    NdjsonParser parser;
    EXPECT_EQ(parser.feed("{\"a\":1}\n").size(), 1);
    const QByteArray mb(1024 * 1024, 'x');
    for (int i = 0; i < 8; ++i)
        EXPECT_TRUE(parser.feed(mb).isEmpty());
    EXPECT_FALSE(parser.overflowed());
    EXPECT_TRUE(parser.feed("y").isEmpty());
    EXPECT_TRUE(parser.overflowed());
    EXPECT_TRUE(parser.feed("\n{\"b\":2}\n").isEmpty()); // nothing more until finish()
    EXPECT_TRUE(parser.finish().isEmpty());
    EXPECT_FALSE(parser.overflowed());
    EXPECT_EQ(parser.feed("{\"c\":3}\n").size(), 1);
}

} // namespace st
