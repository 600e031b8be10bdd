// JsonInput: JSON from outside parsed without exceptions, with bounded nesting, and read
// without trusting its types.
#include "core/util/JsonInput.h"

#include <gtest/gtest.h>
#include <limits>
#include <string>
#include <vector>

namespace st {
namespace {

using Json = JsonInput::Json;
using Error = JsonInput::Parsed::Error;

QByteArray nested(int levels, char open, char close)
{
    return QByteArray(levels, open) + QByteArray(levels, close);
}

TEST(JsonInputTest, ParsesOneValue)
{
    const auto p = JsonInput::parse(QByteArray(R"( {"a": [1, 2, {"b": "c"}]} )"));
    ASSERT_TRUE(p.ok()) << p.message().toStdString();
    EXPECT_EQ(p.value["a"][2]["b"], "c");
    EXPECT_TRUE(p.message().isEmpty());
}

TEST(JsonInputTest, SyntaxErrorsSayWhere)
{
    for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "nul", "[1] [2]", "\"\\u12\""}) {
        const auto p = JsonInput::parse(QByteArray(bad));
        EXPECT_EQ(p.error, Error::Syntax) << bad;
        EXPECT_TRUE(p.value.is_null()) << bad;
        EXPECT_FALSE(p.message().isEmpty()) << bad;
    }
    EXPECT_EQ(JsonInput::parse(QByteArray("[1,]")).byte, 4u);
}

TEST(JsonInputTest, ANumberBeyondADoubleIsAnErrorNotAnException)
{
    for (const char* big : {"1e999", "[-1e400]", "{\"usage\": {\"prompt_tokens\": 1e999}}"}) {
        const auto p = JsonInput::parse(QByteArray(big));
        EXPECT_EQ(p.error, Error::NumberOutOfRange) << big;
        EXPECT_FALSE(p.message().isEmpty());
    }
    // Large but representable: fine.
    EXPECT_TRUE(JsonInput::parse(QByteArray("[1e300, 18446744073709551615]")).ok());
}

TEST(JsonInputTest, NestingIsBounded)
{
    EXPECT_TRUE(JsonInput::parse(nested(JsonInput::kMaxDepth, '[', ']')).ok());
    EXPECT_EQ(JsonInput::parse(nested(JsonInput::kMaxDepth + 1, '[', ']')).error, Error::TooDeep);
    QByteArray objects;
    for (int i = 0; i < 100; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(100, '}');
    EXPECT_EQ(JsonInput::parse(objects).error, Error::TooDeep);
    // Hundreds of thousands of levels: refused without exhausting the stack.
    const auto deep = JsonInput::parse(nested(300000, '[', ']'));
    EXPECT_EQ(deep.error, Error::TooDeep);
    EXPECT_TRUE(deep.value.is_null());
    EXPECT_EQ(JsonInput::parse(nested(3, '[', ']'), 2).error, Error::TooDeep);
}

TEST(JsonInputTest, AStreamedListHandsOverEachElementAndKeepsTheRest)
{
    std::vector<std::string> seen;
    const auto p = JsonInput::parseOrderedStreaming(
        QByteArray(R"({"z": 1, "messages": [{"a": [1]}, 2, [3], "x", {"messages": [9]}],)"
                   R"( "meta": {"messages": [7]}, "a": [4]})"),
        "messages", [&](nlohmann::ordered_json&& e) { seen.push_back(e.dump()); });
    ASSERT_TRUE(p.ok()) << p.message().toStdString();
    // Each element whole and in order, nested lists of the same name left alone.
    EXPECT_EQ(seen, (std::vector<std::string>{R"({"a":[1]})", "2", "[3]", R"("x")",
                                              R"({"messages":[9]})"}));
    // The rest of the document as it was, in its order; the list emptied.
    EXPECT_EQ(p.value.dump(), R"({"z":1,"messages":[],"meta":{"messages":[7]},"a":[4]})");
}

TEST(JsonInputTest, AStreamedListKeepsWhatIsNotAListAndTheParsersBounds)
{
    int calls = 0;
    const auto count = [&](nlohmann::ordered_json&&) { ++calls; };
    auto p = JsonInput::parseOrderedStreaming(QByteArray(R"({"messages": {"a": 1}})"), "messages",
                                              count);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p.value.dump(), R"({"messages":{"a":1}})");
    p = JsonInput::parseOrderedStreaming(QByteArray(R"([{"messages": [1]}])"), "messages", count);
    EXPECT_EQ(p.value.dump(), R"([{"messages":[1]}])"); // not the root's member
    EXPECT_EQ(calls, 0);
    p = JsonInput::parseOrderedStreaming(QByteArray(R"({"messages": [1, 2,]})"), "messages", count);
    EXPECT_EQ(p.error, Error::Syntax);
    EXPECT_TRUE(p.value.is_null());
    p = JsonInput::parseOrderedStreaming(QByteArray(R"({"messages": [1e999]})"), "messages", count);
    EXPECT_EQ(p.error, Error::NumberOutOfRange);
    p = JsonInput::parseOrderedStreaming("{\"messages\": [" + nested(300000, '[', ']') + "]}",
                                         "messages", count);
    EXPECT_EQ(p.error, Error::TooDeep);
}

TEST(JsonInputTest, DepthIsCountedWithoutRecursion)
{
    EXPECT_EQ(JsonInput::depth(Json(1)), 0);
    EXPECT_EQ(JsonInput::depth(Json::array()), 1);
    EXPECT_EQ(JsonInput::depth(JsonInput::parse(QByteArray(R"({"a":[{"b":[]}],"c":1})")).value), 4);
}

TEST(JsonInputTest, MembersAreReadOnlyWhenTheyHaveTheRightType)
{
    const Json j = JsonInput::parse(QByteArray(
                                        R"({"s":"text","n":null,"i":42,"f":2.5,"w":3.0,"b":true,
                                            "big":1e300,"neg":-7,"u":18446744073709551615})"))
                       .value;
    EXPECT_EQ(JsonInput::string(j, "s"), QStringLiteral("text"));
    EXPECT_EQ(JsonInput::string(j, "n"), std::nullopt);
    EXPECT_EQ(JsonInput::string(j, "i"), std::nullopt);
    EXPECT_EQ(JsonInput::string(j, "missing"), std::nullopt);
    EXPECT_EQ(JsonInput::string(Json::array({1}), "s"), std::nullopt); // not an object

    constexpr qint64 kInt = std::numeric_limits<int>::max();
    EXPECT_EQ(JsonInput::integer(j, "i", 0, kInt), 42);
    EXPECT_EQ(JsonInput::integer(j, "w", 0, kInt), 3); // a whole double
    EXPECT_EQ(JsonInput::integer(j, "f", 0, kInt), std::nullopt);
    EXPECT_EQ(JsonInput::integer(j, "n", 0, kInt), std::nullopt);
    EXPECT_EQ(JsonInput::integer(j, "s", 0, kInt), std::nullopt);
    EXPECT_EQ(JsonInput::integer(j, "big", 0, kInt), std::nullopt);
    EXPECT_EQ(JsonInput::integer(j, "neg", 0, kInt), std::nullopt);
    EXPECT_EQ(JsonInput::integer(j, "neg", -10, kInt), -7);
    EXPECT_EQ(JsonInput::integer(j, "u", 0, std::numeric_limits<qint64>::max()), std::nullopt);
    EXPECT_EQ(JsonInput::integer(Json(5), 0, 10), 5);
    // 2^63 as a double: one past qint64, never cast.
    constexpr qint64 kMax64 = std::numeric_limits<qint64>::max();
    EXPECT_EQ(JsonInput::integer(Json(9223372036854775808.0), 0, kMax64), std::nullopt);
    EXPECT_EQ(JsonInput::integer(Json(-9223372036854775808.0), -kMax64 - 1, 0), -kMax64 - 1);

    EXPECT_EQ(JsonInput::number(j, "f"), 2.5);
    EXPECT_EQ(JsonInput::number(j, "i"), 42.0);
    EXPECT_EQ(JsonInput::number(j, "s"), std::nullopt);
    EXPECT_EQ(JsonInput::boolean(j, "b"), true);
    EXPECT_EQ(JsonInput::boolean(j, "i"), std::nullopt);
    EXPECT_EQ(JsonInput::member(j, "missing"), nullptr);
    EXPECT_EQ(JsonInput::member(Json(1), "s"), nullptr);
}

} // namespace
} // namespace st
