// HttpErrorClassifier over the real error bodies of shared/protocols.md (OpenAI, Ollama,
// llama.cpp, FastAPI), the retry headers, and key redaction.
#include "core/llm/HttpErrorClassifier.h"

#include "core/llm/RetryPolicy.h"
#include "support/QtPrinters.h"
#include "unit/llm/LlmTestPrinters.h"

#include <QDateTime>
#include <gtest/gtest.h>
#include <limits>

namespace st {
namespace {

using Kind = LlmError::Kind;
using Headers = HttpErrorClassifier::Headers;

LlmError classify(int status, const QByteArray& body, const Headers& headers = {})
{
    return HttpErrorClassifier::fromHttp(status, body, headers);
}

Headers headers(std::initializer_list<QPair<QByteArray, QByteArray>> list)
{
    return Headers(list);
}

/// 2015-10-21 07:28:00 UTC, the moment of the RFC 7231 example date.
qint64 exampleNowMs()
{
    return QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC).toMSecsSinceEpoch();
}

TEST(HttpErrorClassifierTest, OpenAiInvalidApiKey)
{
    const LlmError e = classify(
        401, R"({"error":{"message":"Incorrect API key provided: kk. You can find your API key at )"
             R"(https://platform.openai.com/account/api-keys.","type":"invalid_request_error",)"
             R"("param":null,"code":"invalid_api_key"}})");
    EXPECT_EQ(e.kind, Kind::Auth);
    EXPECT_EQ(e.httpStatus, 401);
    EXPECT_EQ(e.code, QStringLiteral("invalid_api_key"));
    EXPECT_TRUE(e.serverMessage.startsWith(QStringLiteral("Incorrect API key provided")));
    EXPECT_FALSE(e.isRetryable());
    EXPECT_TRUE(e.message().contains(QStringLiteral("401")));
}

TEST(HttpErrorClassifierTest, OpenAiContextLengthExceeded)
{
    const LlmError e = classify(
        400, R"({"error":{"message":"This model's maximum context length is 4097 tokens. )"
             R"(However, your messages resulted in 4294 tokens. Please reduce the length of the )"
             R"(messages.","type":"invalid_request_error","param":"messages",)"
             R"("code":"context_length_exceeded"}})");
    EXPECT_EQ(e.kind, Kind::ContextTooLong);
    EXPECT_EQ(e.httpStatus, 400);
    EXPECT_EQ(e.code, QStringLiteral("context_length_exceeded"));
    EXPECT_TRUE(e.serverMessage.contains(QStringLiteral("4097")));
    EXPECT_FALSE(e.isRetryable());
}

TEST(HttpErrorClassifierTest, OpenAiRateLimitIsRetryable)
{
    const LlmError e = classify(
        429, R"({"error":{"message":"Rate limit reached for gpt-4.1 in organization org-x on )"
             R"(tokens per min (TPM): Limit 30000, Used 28039, Requested 3906. Please try again )"
             R"(in 3.89s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}})");
    EXPECT_EQ(e.kind, Kind::RateLimit);
    EXPECT_EQ(e.httpStatus, 429);
    EXPECT_EQ(e.code, QStringLiteral("rate_limit_exceeded"));
    EXPECT_EQ(e.retryAfterMs, -1);
    EXPECT_TRUE(e.isRetryable());
}

TEST(HttpErrorClassifierTest, InsufficientQuotaNewAndOldFormsAreNeverRetried)
{
    const QByteArray message =
        R"("message":"You exceeded your current quota, please check your plan and billing )"
        R"(details. For more information on this error, read the docs: )"
        R"(https://platform.openai.com/docs/guides/error-codes/api-errors.")";
    const QByteArray newForm =
        "{\"error\":{" + message +
        R"(,"type":"insufficient_quota","param":null,"code":"insufficient_quota"}})";
    const QByteArray oldForm =
        "{\"error\":{" + message + R"(,"type":"insufficient_quota","param":null,"code":null}})";
    for (const QByteArray& body : {newForm, oldForm}) {
        SCOPED_TRACE(body.toStdString());
        const LlmError e = classify(429, body);
        EXPECT_EQ(e.kind, Kind::QuotaExceeded);
        EXPECT_EQ(e.httpStatus, 429);
        EXPECT_EQ(e.code, QStringLiteral("insufficient_quota"));
        EXPECT_FALSE(e.isRetryable());
        // Not even when the server says it may be retried.
        const LlmError withHeaders =
            classify(429, body, headers({{"x-should-retry", "true"}, {"retry-after-ms", "100"}}));
        EXPECT_EQ(withHeaders.kind, Kind::QuotaExceeded);
        EXPECT_FALSE(withHeaders.isRetryable());
    }
}

TEST(HttpErrorClassifierTest, ServerErrorsAreRetryable)
{
    const LlmError overloaded = classify(
        503, R"({"error":{"message":"That model is currently overloaded with other requests. )"
             R"(You can retry your request, or contact us.","type":"server_error","param":null,)"
             R"("code":null}})");
    EXPECT_EQ(overloaded.kind, Kind::Server);
    EXPECT_EQ(overloaded.httpStatus, 503);
    EXPECT_EQ(overloaded.code, QStringLiteral("server_error")); // the type, as code is null
    EXPECT_TRUE(overloaded.isRetryable());

    const LlmError internal = classify(
        500, R"({"error":{"message":"The server had an error while processing your request. )"
             R"(Sorry about that!","type":"server_error","param":null,"code":null}})");
    EXPECT_EQ(internal.kind, Kind::Server);
    EXPECT_EQ(internal.httpStatus, 500);
    EXPECT_TRUE(internal.serverMessage.contains(QStringLiteral("Sorry about that")));
    EXPECT_TRUE(internal.isRetryable());

    EXPECT_EQ(classify(408, "timeout").kind, Kind::Server);
    EXPECT_EQ(classify(409, "conflict").kind, Kind::Server);
    EXPECT_EQ(classify(502, "").kind, Kind::Server);
}

TEST(HttpErrorClassifierTest, LlamaCppIntegerCodeContextError)
{
    const LlmError e = classify(
        400, R"({"error":{"code":400,"message":"request (13392 tokens) exceeds the available )"
             R"(context size (8192 tokens), try increasing it","type":"exceed_context_size_error",)"
             R"("n_prompt_tokens":13392,"n_ctx":8192}})");
    EXPECT_EQ(e.kind, Kind::ContextTooLong);
    EXPECT_EQ(e.httpStatus, 400);
    EXPECT_EQ(e.code, QStringLiteral("400")); // llama.cpp's code is the integer status
    EXPECT_TRUE(e.serverMessage.contains(QStringLiteral("13392")));
}

TEST(HttpErrorClassifierTest, LlamaCppLoadingModelIsAServerError)
{
    const LlmError e = classify(
        503, R"({"error":{"code":503,"message":"Loading model","type":"unavailable_error"}})");
    EXPECT_EQ(e.kind, Kind::Server);
    EXPECT_EQ(e.serverMessage, QStringLiteral("Loading model"));
}

TEST(HttpErrorClassifierTest, OllamaModelNotFound)
{
    const LlmError e = classify(404, R"({"error":"model 'x' not found, try pulling it first"})");
    EXPECT_EQ(e.kind, Kind::ModelNotFound);
    EXPECT_EQ(e.httpStatus, 404);
    EXPECT_EQ(e.serverMessage, QStringLiteral("model 'x' not found, try pulling it first"));
    EXPECT_TRUE(e.code.isEmpty());
    EXPECT_TRUE(e.message().contains(QStringLiteral("try pulling it first")));
}

TEST(HttpErrorClassifierTest, OpenAiModelNotFound)
{
    const LlmError e = classify(
        404, R"({"error":{"message":"The model `gpt-9` does not exist or you do not have access )"
             R"(to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})");
    EXPECT_EQ(e.kind, Kind::ModelNotFound);
    EXPECT_EQ(e.code, QStringLiteral("model_not_found"));
}

TEST(HttpErrorClassifierTest, NotFoundWithoutAModelIsAWrongEndpoint)
{
    EXPECT_EQ(classify(404, "404 page not found").kind, Kind::EndpointNotFound);
    EXPECT_EQ(classify(404, R"({"detail":"Not Found"})").kind, Kind::EndpointNotFound);
    // An unknown URL whose path happens to name "models" is still a wrong base URL.
    const LlmError unknownUrl = classify(
        404,
        R"({"error":{"message":"Unknown request URL: GET /wrong/models. Please check the )"
        R"(URL for typos.","type":"invalid_request_error","param":null,"code":"unknown_url"}})");
    EXPECT_EQ(unknownUrl.kind, Kind::EndpointNotFound);
    EXPECT_EQ(unknownUrl.code, QStringLiteral("unknown_url"));
}

TEST(HttpErrorClassifierTest, OllamaServerError)
{
    const LlmError e = classify(500, R"({"error":"the model failed to generate a response"})");
    EXPECT_EQ(e.kind, Kind::Server);
    EXPECT_EQ(e.serverMessage, QStringLiteral("the model failed to generate a response"));
    EXPECT_TRUE(e.isRetryable());
}

TEST(HttpErrorClassifierTest, PlainTextAndHtmlBodies)
{
    const LlmError text = classify(502, "Bad Gateway\n  upstream   went away");
    EXPECT_EQ(text.kind, Kind::Server);
    EXPECT_EQ(text.serverMessage, QStringLiteral("Bad Gateway upstream went away"));

    const LlmError html =
        classify(403, "<html><head><title>403 Forbidden</title></head><body>nginx</body></html>");
    EXPECT_EQ(html.kind, Kind::Auth);
    EXPECT_EQ(html.httpStatus, 403);
    EXPECT_LE(html.serverMessage.size(), 300);

    EXPECT_EQ(classify(400, "<html>bad</html>").kind, Kind::BadRequest);
    EXPECT_EQ(classify(422, "nope").kind, Kind::BadRequest);
}

TEST(HttpErrorClassifierTest, FastApiDetailForms)
{
    const LlmError string = classify(400, R"({"detail":"Invalid temperature"})");
    EXPECT_EQ(string.kind, Kind::BadRequest);
    EXPECT_EQ(string.serverMessage, QStringLiteral("Invalid temperature"));

    const LlmError object =
        classify(401, R"({"detail":{"status":"invalid_api_key","message":"Invalid API key"}})");
    EXPECT_EQ(object.kind, Kind::Auth);
    EXPECT_EQ(object.code, QStringLiteral("invalid_api_key"));
    EXPECT_EQ(object.serverMessage, QStringLiteral("Invalid API key"));

    const LlmError quota = classify(
        401,
        R"({"detail":{"status":"quota_exceeded","message":"This request exceeds your quota."}})");
    EXPECT_EQ(quota.kind, Kind::QuotaExceeded);
    EXPECT_FALSE(quota.isRetryable());

    const LlmError validation = classify(
        422, R"({"detail":[{"loc":["body","model"],"msg":"field required","type":"missing"}]})");
    EXPECT_EQ(validation.kind, Kind::BadRequest);
    EXPECT_EQ(validation.httpStatus, 422);
}

TEST(HttpErrorClassifierTest, RetryAfterSeconds)
{
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "2"}}), 0), 2000);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"retry-after", " 1.5 "}}), 0), 1500);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "0"}}), 0), 0);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "soon"}}), 0), -1);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "-3"}}), 0), -1);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs({}, 0), -1);
}

// A huge wait (2,200,000 s, 1e300 ms, a date decades away) must not wrap to a negative
// number (a retry at once) before RetryPolicy caps it: it saturates.
TEST(HttpErrorClassifierTest, RetryAfterTooLargeSaturates)
{
    constexpr int kMax = std::numeric_limits<int>::max();
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "2200000"}}), 0), kMax);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "1e300"}}), 0), kMax);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"retry-after-ms", "1e300"}}), 0), kMax);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"retry-after-ms", "3000000000"}}), 0),
              kMax);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "inf"}}), 0), -1);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"Retry-After", "nan"}}), 0), -1);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(
                  headers({{"Retry-After", "Fri, 21 Oct 2095 07:28:30 GMT"}}), exampleNowMs()),
              kMax);
    const LlmError e = HttpErrorClassifier::fromHttp(429, "slow down",
                                                     headers({{"Retry-After", "2200000"}}), {}, 0);
    EXPECT_EQ(RetryPolicy().delayMs(e, 0), RetryPolicy::kMaxHeaderDelayMs);
}

TEST(HttpErrorClassifierTest, RetryAfterHttpDate)
{
    const qint64 now = exampleNowMs();
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(
                  headers({{"Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT"}}), now),
              30000);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(
                  headers({{"Retry-After", "Wed, 21 Oct 2015 07:30:00 GMT"}}), now),
              120000);
    // A date in the past means at once.
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(
                  headers({{"Retry-After", "Wed, 21 Oct 2015 07:00:00 GMT"}}), now),
              0);

    const LlmError e = HttpErrorClassifier::fromHttp(503, "busy",
                                                     headers({{"Retry-After", "Wed, 21 Oct 2015 "
                                                                              "07:28:05 GMT"}}),
                                                     QString(), now);
    EXPECT_EQ(e.retryAfterMs, 5000);
}

TEST(HttpErrorClassifierTest, RetryAfterMsTakesPrecedence)
{
    const Headers both = headers({{"Retry-After", "7"}, {"retry-after-ms", "250"}});
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(both, 0), 250);
    EXPECT_EQ(classify(429, "{}", both).retryAfterMs, 250);
    // An unreadable retry-after-ms falls back to Retry-After.
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(
                  headers({{"retry-after-ms", "x"}, {"Retry-After", "3"}}), 0),
              3000);
    EXPECT_EQ(HttpErrorClassifier::retryAfterMs(headers({{"RETRY-AFTER-MS", "12.6"}}), 0), 13);
}

TEST(HttpErrorClassifierTest, ShouldRetryHeaderOverridesTheStatus)
{
    const LlmError no = classify(500, "oops", headers({{"x-should-retry", "false"}}));
    EXPECT_EQ(no.kind, Kind::Server);
    EXPECT_TRUE(no.hasShouldRetryHeader);
    EXPECT_FALSE(no.isRetryable());

    const LlmError yes = classify(400, "oops", headers({{"X-Should-Retry", "true"}}));
    EXPECT_EQ(yes.kind, Kind::BadRequest);
    EXPECT_TRUE(yes.isRetryable());

    const LlmError none = classify(400, "oops");
    EXPECT_FALSE(none.hasShouldRetryHeader);
    EXPECT_FALSE(none.isRetryable());
}

/// Every 6-character piece of \a secret that occurs in \a text.
QStringList fragmentsIn(const QString& text, const QString& secret)
{
    QStringList found;
    for (int i = 0; i + 6 <= secret.size(); ++i) {
        if (text.contains(secret.mid(i, 6)))
            found.append(secret.mid(i, 6));
    }
    return found;
}

TEST(HttpErrorClassifierTest, EchoedKeyIsRedacted)
{
    const QString key = QStringLiteral("sk-abc123def456ghi789jkl");
    const QByteArray body =
        R"({"error":{"message":"Incorrect API key provided: sk-abc123def456ghi789jkl. Or )"
        R"(masked: sk-abc1****************9jkl. You can find your API key at )"
        R"(https://platform.openai.com/account/api-keys.","type":"invalid_request_error",)"
        R"("param":null,"code":"invalid_api_key"}})";
    for (int status : {401, 400, 500}) {
        SCOPED_TRACE(status);
        const LlmError e = HttpErrorClassifier::fromHttp(status, body, {}, key);
        EXPECT_FALSE(e.serverMessage.contains(key));
        EXPECT_EQ(fragmentsIn(e.serverMessage, key), QStringList());
        EXPECT_EQ(fragmentsIn(e.message(), key), QStringList());
        EXPECT_TRUE(e.serverMessage.contains(QStringLiteral("Incorrect API key provided")));
    }

    const LlmError plain = HttpErrorClassifier::fromHttp(
        502, "proxy error for Bearer sk-abc123def456ghi789jkl", {}, key);
    EXPECT_EQ(fragmentsIn(plain.message(), key), QStringList());

    const LlmError inStream = HttpErrorClassifier::fromStreamError(
        R"({"error":{"message":"bad key sk-abc123def456ghi789jkl","type":"x","code":null}})", key);
    EXPECT_EQ(inStream.kind, Kind::StreamError);
    EXPECT_EQ(fragmentsIn(inStream.message(), key), QStringList());
}

TEST(HttpErrorClassifierTest, StreamErrorForms)
{
    const LlmError openAi = HttpErrorClassifier::fromStreamError(
        R"({"error":{"message":"The server had an error","type":"server_error","param":null,)"
        R"("code":null}})");
    EXPECT_EQ(openAi.kind, Kind::StreamError);
    EXPECT_EQ(openAi.serverMessage, QStringLiteral("The server had an error"));
    EXPECT_EQ(openAi.code, QStringLiteral("server_error"));

    const LlmError llamaField = HttpErrorClassifier::fromStreamError(
        R"({"code":500,"message":"slot crashed","type":"server_error"})");
    EXPECT_EQ(llamaField.kind, Kind::StreamError);
    EXPECT_EQ(llamaField.serverMessage, QStringLiteral("slot crashed"));

    const LlmError ollama = HttpErrorClassifier::fromStreamError(
        R"({"error":"an error was encountered while running the model"})");
    EXPECT_EQ(ollama.kind, Kind::StreamError);
    EXPECT_EQ(ollama.serverMessage,
              QStringLiteral("an error was encountered while running the model"));

    const LlmError empty = HttpErrorClassifier::fromStreamError(R"({"error":{"type":"x"}})");
    EXPECT_EQ(empty.serverMessage, QStringLiteral("An error occurred during streaming"));

    const LlmError context = HttpErrorClassifier::fromStreamError(
        R"({"error":{"code":400,"message":"request exceeds the available context size",)"
        R"("type":"exceed_context_size_error"}})");
    EXPECT_EQ(context.kind, Kind::ContextTooLong);
}

} // namespace
} // namespace st
