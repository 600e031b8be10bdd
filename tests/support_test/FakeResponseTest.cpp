// The bytes of FakeResponse's builders, against shared/protocols.md, and its modifiers.
#include "support/FakeResponse.h"

#include "support/FakeJson.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

const QByteArray kChunkHead = QByteArrayLiteral(
    R"(data: {"id":"chatcmpl-fake0001","object":"chat.completion.chunk","created":1721631035,)"
    R"("model":"test-model","system_fingerprint":"fp_fake",)");
const QByteArray kRoleChunk =
    kChunkHead +
    R"("choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,)"
    R"("finish_reason":null}],"usage":null})"
    "\n\n";
const QByteArray kOllamaHead =
    QByteArrayLiteral(R"({"model":"test-model","created_at":"2024-07-22T06:50:35.123456789Z",)");

QByteArray deltaChunk(const QByteArray& escapedContent)
{
    return kChunkHead + R"("choices":[{"index":0,"delta":{"content":)" + escapedContent +
           R"(},"logprobs":null,"finish_reason":null}],"usage":null})" + "\n\n";
}

TEST(FakeResponseTest, OpenAiStreamIsTheCapturedShape)
{
    const FakeResponse response = FakeResponse::openAiStream(
        {QStringLiteral("Hello"), QStringLiteral(" \"there\"\n")}, 14, 3);
    const QByteArray finish =
        kChunkHead + R"("choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],)"
                     R"("usage":null})"
                     "\n\n";
    const QByteArray usage =
        kChunkHead +
        R"("choices":[],"usage":{"prompt_tokens":14,"completion_tokens":3,"total_tokens":17}})"
        "\n\n";
    EXPECT_EQ(response.body(), kRoleChunk + deltaChunk(R"("Hello")") +
                                   deltaChunk(R"(" \"there\"\n")") + finish + usage +
                                   "data: [DONE]\n\n");
    EXPECT_EQ(response.status(), 200);
    EXPECT_EQ(response.reasonPhrase(), QByteArray("OK"));
    EXPECT_TRUE(response.isChunked());
    EXPECT_EQ(response.header("content-type"), QByteArray("text/event-stream"));
    ASSERT_EQ(response.pieces().size(), 6); // one piece per event
    EXPECT_EQ(response.pieces().at(1).bytes, deltaChunk(R"("Hello")"));

    const FakeResponse bare =
        FakeResponse::openAiStream({QStringLiteral("Hi")}, 1, 1, false, false);
    EXPECT_EQ(bare.pieces().size(), 3);
    EXPECT_FALSE(bare.body().contains("[DONE]"));
    EXPECT_FALSE(bare.body().contains("total_tokens"));
}

TEST(FakeResponseTest, LongStreamHasOneWordPerDelta)
{
    const FakeResponse response = FakeResponse::longOpenAiStream(100);
    EXPECT_EQ(response.pieces().size(), 100 + 4);
    EXPECT_EQ(response.pieces().at(1).bytes, deltaChunk(R"("word")"));
    EXPECT_EQ(response.pieces().at(2).bytes, deltaChunk(R"(" word")"));
    EXPECT_TRUE(response.body().contains(R"("completion_tokens":100,)"));
    EXPECT_EQ(FakeResponse::longOllamaStream(7).pieces().size(), 8);
}

TEST(FakeResponseTest, MidStreamErrorsInBothForms)
{
    const FakeResponse data = FakeResponse::openAiMidStreamError(
        {QStringLiteral("Once")}, QStringLiteral("The server had an error"), QString());
    EXPECT_EQ(data.status(), 200);
    EXPECT_EQ(data.body(),
              kRoleChunk + deltaChunk(R"("Once")") +
                  R"(data: {"error":{"message":"The server had an error","type":"server_error",)"
                  R"("param":null,"code":null}})"
                  "\n\n");

    const FakeResponse coded =
        FakeResponse::openAiMidStreamError({}, QStringLiteral("boom"), QStringLiteral("oops"));
    EXPECT_TRUE(coded.body().endsWith(R"("param":null,"code":"oops"}})"
                                      "\n\n"));

    const FakeResponse llama =
        FakeResponse::openAiMidStreamError({QStringLiteral("Once")}, QStringLiteral("slot died"),
                                           QString(), FakeResponse::ErrorForm::LlamaCppErrorField);
    EXPECT_EQ(llama.body(), kRoleChunk + deltaChunk(R"("Once")") +
                                R"(error: {"code":500,"message":"slot died","type":"server_error"})"
                                "\n\ndata: [DONE]\n\n");
}

TEST(FakeResponseTest, OpenAiErrorBodies)
{
    const FakeResponse key = FakeResponse::invalidApiKey();
    EXPECT_EQ(key.status(), 401);
    EXPECT_EQ(key.reasonPhrase(), QByteArray("Unauthorized"));
    EXPECT_FALSE(key.isChunked());
    EXPECT_EQ(key.header("Content-Type"), QByteArray("application/json"));
    EXPECT_EQ(
        key.body(),
        QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-fake. You can find )"
                   R"(your API key at https://platform.openai.com/account/api-keys.",)"
                   R"("type":"invalid_request_error","param":null,"code":"invalid_api_key"}})"));

    EXPECT_EQ(FakeResponse::modelNotFound(QStringLiteral("gpt-9")).body(),
              QByteArray(R"({"error":{"message":"The model `gpt-9` does not exist or you do not )"
                         R"(have access to it.","type":"invalid_request_error","param":null,)"
                         R"("code":"model_not_found"}})"));
    EXPECT_EQ(FakeResponse::modelNotFound(QStringLiteral("gpt-9")).status(), 404);

    const FakeResponse context = FakeResponse::contextTooLong();
    EXPECT_EQ(context.status(), 400);
    EXPECT_EQ(context.body(),
              QByteArray(R"({"error":{"message":"This model's maximum context length is 4097 )"
                         R"(tokens. However, your messages resulted in 4294 tokens. Please reduce )"
                         R"(the length of the messages.","type":"invalid_request_error",)"
                         R"("param":"messages","code":"context_length_exceeded"}})"));

    const FakeResponse quota = FakeResponse::insufficientQuota();
    EXPECT_EQ(quota.status(), 429);
    EXPECT_TRUE(quota.body().endsWith(
        R"("type":"insufficient_quota","param":null,"code":"insufficient_quota"}})"));

    EXPECT_EQ(FakeResponse::serverError().body(),
              QByteArray(R"({"error":{"message":"The server had an error while processing your )"
                         R"(request. Sorry about that!","type":"server_error","param":null,)"
                         R"("code":null}})"));
    EXPECT_EQ(FakeResponse::serverError(503).status(), 503);
    EXPECT_TRUE(FakeResponse::serverError(503).body().startsWith(
        R"({"error":{"message":"That model is currently overloaded)"));

    EXPECT_EQ(
        FakeResponse::openAiError(418, QStringLiteral("t"), QString(), QStringLiteral("m")).body(),
        QByteArray(R"({"error":{"message":"m","type":"t","param":null,"code":null}})"));
}

TEST(FakeResponseTest, RateLimitedCarriesItsHeaders)
{
    const FakeResponse plain = FakeResponse::rateLimited();
    EXPECT_EQ(plain.status(), 429);
    EXPECT_EQ(plain.reasonPhrase(), QByteArray("Too Many Requests"));
    EXPECT_TRUE(plain.header("retry-after").isEmpty());
    EXPECT_TRUE(plain.header("retry-after-ms").isEmpty());
    EXPECT_TRUE(plain.body().endsWith(R"(","type":"tokens","param":null,)"
                                      R"("code":"rate_limit_exceeded"}})"));
    EXPECT_EQ(plain.header("x-ratelimit-reset-requests"), QByteArray("1s"));

    const FakeResponse both = FakeResponse::rateLimited(2, 1500);
    EXPECT_EQ(both.header("Retry-After"), QByteArray("2"));
    EXPECT_EQ(both.header("retry-after-ms"), QByteArray("1500"));
}

TEST(FakeResponseTest, LlamaCppContextErrorHasAnIntegerCode)
{
    const FakeResponse response = FakeResponse::llamaCppContextError();
    EXPECT_EQ(response.status(), 400);
    EXPECT_EQ(response.body(),
              QByteArray(R"({"error":{"code":400,"message":"request (13392 tokens) exceeds the )"
                         R"(available context size (8192 tokens), try increasing it",)"
                         R"("type":"exceed_context_size_error","n_prompt_tokens":13392,)"
                         R"("n_ctx":8192}})"));
}

TEST(FakeResponseTest, OllamaStreamIsNdjson)
{
    const FakeResponse response =
        FakeResponse::ollamaStream({QStringLiteral("The"), QStringLiteral(" <end> & 끝")}, 26, 2);
    EXPECT_EQ(response.header("content-type"), QByteArray("application/x-ndjson"));
    EXPECT_TRUE(response.isChunked());
    const QByteArray expected =
        kOllamaHead + R"("message":{"role":"assistant","content":"The","images":null},)" +
        R"("done":false})" + "\n" + kOllamaHead +
        R"("message":{"role":"assistant","content":" \u003cend\u003e \u0026 )" +
        QStringLiteral("끝").toUtf8() + R"(","images":null},"done":false})" + "\n" + kOllamaHead +
        R"("message":{"role":"assistant","content":"","images":null},"done_reason":"stop",)" +
        R"("done":true,"total_duration":68019500,"load_duration":1019500,)" +
        R"("prompt_eval_count":26,"prompt_eval_duration":26000000,"eval_count":2,)" +
        R"("eval_duration":40000000})" + "\n";
    EXPECT_EQ(response.body(), expected);
    EXPECT_EQ(response.pieces().size(), 3);
}

TEST(FakeResponseTest, OllamaErrors)
{
    const FakeResponse mid =
        FakeResponse::ollamaMidStreamError({QStringLiteral("The")}, QStringLiteral("model died"));
    EXPECT_EQ(mid.status(), 200);
    EXPECT_TRUE(mid.body().endsWith("\n{\"error\":\"model died\"}\n"));
    const FakeResponse plain = FakeResponse::ollamaError(404, QStringLiteral("model not found"));
    EXPECT_EQ(plain.status(), 404);
    EXPECT_EQ(plain.body(), QByteArray(R"({"error":"model not found"})"));
    EXPECT_FALSE(plain.isChunked());
}

TEST(FakeResponseTest, ListsAndEmbeddings)
{
    EXPECT_EQ(FakeResponse::openAiModels({QStringLiteral("a"), QStringLiteral("b")}).body(),
              QByteArray(R"({"object":"list","data":[)"
                         R"({"id":"a","object":"model","created":1686935002,)"
                         R"("owned_by":"organization-owner"},)"
                         R"({"id":"b","object":"model","created":1686935002,)"
                         R"("owned_by":"organization-owner"}]})"));
    EXPECT_EQ(FakeResponse::openAiEmbeddings({{0.1f, -2.5f, 1.0f}}, 8).body(),
              QByteArray(R"({"object":"list","data":[{"object":"embedding",)"
                         R"("embedding":[0.1,-2.5,1],"index":0}],"model":"test-embed",)"
                         R"("usage":{"prompt_tokens":8,"total_tokens":8}})"));
    EXPECT_EQ(FakeResponse::ollamaEmbed({{0.5f}, {0.25f, 3e-5f}}, 8).body(),
              QByteArray(R"({"model":"test-embed","embeddings":[[0.5],[0.25,3e-05]],)"
                         R"("total_duration":14143917,"load_duration":1019500,)"
                         R"("prompt_eval_count":8})"));
    const QByteArray tags = FakeResponse::ollamaTags({QStringLiteral("llama3.2:latest")}).body();
    EXPECT_TRUE(tags.startsWith(R"({"models":[{"name":"llama3.2:latest",)"
                                R"("model":"llama3.2:latest","modified_at":")"));
    EXPECT_TRUE(tags.endsWith(R"("parameter_size":"3.2B","quantization_level":"Q4_K_M"}}]})"));
}

TEST(FakeResponseTest, JsonStringsEscapeOnlyWhatTheyMust)
{
    EXPECT_EQ(FakeJson::string(QStringLiteral("a\"b\\c\nd\te\x01")),
              QByteArray(R"("a\"b\\c\nd\te\u0001")"));
    EXPECT_EQ(FakeJson::string(QStringLiteral("메리 <b>")),
              QByteArray("\"") + QStringLiteral("메리 <b>").toUtf8() + "\"");
    EXPECT_EQ(FakeJson::string(QStringLiteral("<&>"), FakeJson::Style::Go),
              QByteArray(R"("\u003c\u0026\u003e")"));
    EXPECT_EQ(FakeJson::number(0.3f), QByteArray("0.3"));
    EXPECT_EQ(FakeJson::number(-1.0f), QByteArray("-1"));
}

TEST(FakeResponseTest, SplitEveryRecutsTheBody)
{
    FakeResponse response;
    response.addPiece(QByteArray("abc")).addPiece(QByteArray("defg"), 30).splitEvery(2);
    const QVector<FakeBodyPiece> pieces = response.piecesToSend();
    ASSERT_EQ(pieces.size(), 4);
    EXPECT_EQ(pieces.at(0), (FakeBodyPiece{QByteArray("ab"), 0}));
    EXPECT_EQ(pieces.at(1), (FakeBodyPiece{QByteArray("cd"), 0}));
    EXPECT_EQ(pieces.at(2), (FakeBodyPiece{QByteArray("ef"), 0}));
    EXPECT_EQ(pieces.at(3), (FakeBodyPiece{QByteArray("g"), 0}));

    response.splitEvery(3);
    EXPECT_EQ(response.piecesToSend().at(1), (FakeBodyPiece{QByteArray("def"), 30}));

    response.slow(15);
    for (qsizetype i = 1; i < response.piecesToSend().size(); ++i)
        EXPECT_EQ(response.piecesToSend().at(i).delayMs, 15);
    EXPECT_EQ(response.piecesToSend().at(0).delayMs, 0);
    EXPECT_EQ(response.body(), QByteArray("abcdefg"));
}

TEST(FakeResponseTest, ModifiersChainOnABuilder)
{
    const FakeResponse response = FakeResponse::json(200, "{}")
                                      .dropAfterBytes(1)
                                      .delayHeaders(50)
                                      .setHeader("X-A", "1")
                                      .setHeader("x-a", "2")
                                      .closeAfterResponse();
    EXPECT_EQ(response.dropAfter(), 1);
    EXPECT_EQ(response.stallAfter(), -1);
    EXPECT_EQ(response.headerDelayMs(), 50);
    EXPECT_EQ(response.header("X-A"), QByteArray("2"));
    EXPECT_EQ(response.headers().size(), 2); // Content-Type and X-A
    EXPECT_TRUE(response.closesConnection());
}

} // namespace
} // namespace st
