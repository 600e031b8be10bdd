// FakeRequestParser (HTTP/1.1 requests in pieces) and FakeTokenizer (the token estimate).
#include "support/FakeRequestParser.h"

#include "support/FakeTokenizer.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

const QByteArray kPost =
    QByteArrayLiteral("POST /v1/chat/completions?api-version=2&x=%20 HTTP/1.1\r\n"
                      "Host: 127.0.0.1:1234\r\n"
                      "Authorization: Bearer sk-test\r\n"
                      "X-Twice: a\r\n"
                      "x-twice: b\r\n"
                      "Content-Type: application/json\r\n"
                      "Content-Length: 11\r\n"
                      "\r\n"
                      "{\"a\":\"b c\"}");

TEST(FakeRequestParserTest, ReadsARequestArrivingByteByByte)
{
    FakeRequestParser parser;
    for (qsizetype i = 0; i < kPost.size(); ++i) {
        EXPECT_FALSE(parser.hasRequest()) << i;
        parser.feed(kPost.mid(i, 1));
    }
    ASSERT_TRUE(parser.hasRequest());
    const FakeRequest request = parser.takeRequest();
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QStringLiteral("/v1/chat/completions"));
    EXPECT_EQ(request.query, QStringLiteral("api-version=2&x=%20"));
    EXPECT_EQ(request.httpVersion, QByteArray("HTTP/1.1"));
    EXPECT_EQ(request.header("AUTHORIZATION"), QByteArray("Bearer sk-test"));
    EXPECT_EQ(request.headers.value("authorization"), QByteArray("Bearer sk-test"));
    EXPECT_EQ(request.header("x-twice"), QByteArray("a, b"));
    EXPECT_EQ(request.body, QByteArray("{\"a\":\"b c\"}"));
    EXPECT_EQ(request.json().value(QStringLiteral("a")).toString(), QStringLiteral("b c"));
    EXPECT_FALSE(parser.hasError());
    EXPECT_EQ(parser.pendingBytes(), 0);
}

TEST(FakeRequestParserTest, ReadsPipelinedAndChunkedRequests)
{
    FakeRequestParser parser;
    parser.feed(QByteArrayLiteral("GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n") + kPost +
                "POST /api/chat HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                "4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\nTrailer: t\r\n\r\n");
    ASSERT_TRUE(parser.hasRequest());
    EXPECT_EQ(parser.takeRequest().path, QStringLiteral("/v1/models"));
    EXPECT_EQ(parser.takeRequest().body.size(), 11);
    ASSERT_TRUE(parser.hasRequest());
    EXPECT_EQ(parser.takeRequest().body, QByteArray("Wikipedia "));
    EXPECT_FALSE(parser.hasRequest());
}

TEST(FakeRequestParserTest, RejectsWhatIsNotHttp)
{
    FakeRequestParser parser;
    parser.feed("hello\r\n\r\n");
    EXPECT_TRUE(parser.hasError());
    EXPECT_FALSE(parser.hasRequest());
}

TEST(FakeTokenizerTest, CountsWordsByFourAndCjkByCharacter)
{
    EXPECT_EQ(FakeTokenizer::estimateTokens(QString()), 0);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("Hello, world")), 4);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("The quick brown fox.")), 6);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("a1 2024 ... !!")), 2);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("메리 셀레스트호")), 7);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("大西洋のまっただ中で")), 10);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("GPS위성")), 3);
    // é as e + combining acute stays one run: "cafe\u0301s" is 5 letters → 2.
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("cafe\u0301s")), 2);
    EXPECT_EQ(FakeTokenizer::estimateTokens(QStringLiteral("𝒜𝒜𝒜𝒜𝒜")), 2);
}

TEST(FakeTokenizerTest, PromptTokensOfRequestBodies)
{
    const QByteArray chat = QByteArrayLiteral(
        R"({"model":"m","messages":[{"role":"system","content":"Hello, world"},)"
        R"({"role":"user","content":[{"type":"text","text":"메리"},{"type":"image_url"}]}]})");
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/v1/chat/completions"), chat), 6);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/api/chat"), chat), 6);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/v1/models"), chat), 0);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/v1/embeddings"),
                                          R"({"input":["Hello","세계"]})"),
              4);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/api/embed"), R"({"input":"Hello"})"), 2);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/v1/embeddings"), R"({"input":[1,2,3]})"),
              3);
    EXPECT_EQ(FakeTokenizer::promptTokens(QStringLiteral("/v1/chat/completions"), "not json"), 0);
}

} // namespace
} // namespace st
