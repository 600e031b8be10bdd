// RetryPolicy: how many tries, for which errors, and how long to wait (with an injected
// random number for the jitter).
#include "core/llm/RetryPolicy.h"

#include "core/llm/HttpErrorClassifier.h"
#include "unit/llm/LlmTestPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Kind = LlmError::Kind;

LlmError error(Kind kind)
{
    LlmError e;
    e.kind = kind;
    return e;
}

RetryPolicy withRandom(double value)
{
    return RetryPolicy(2, [value] { return value; });
}

TEST(RetryPolicyTest, AtMostTwoRetriesByDefault)
{
    const RetryPolicy policy;
    EXPECT_EQ(policy.maxRetries(), 2);
    const LlmError server = error(Kind::Server);
    EXPECT_TRUE(policy.shouldRetry(server, 0));
    EXPECT_TRUE(policy.shouldRetry(server, 1));
    EXPECT_FALSE(policy.shouldRetry(server, 2));
    EXPECT_FALSE(policy.shouldRetry(server, 3));

    const RetryPolicy none(0);
    EXPECT_FALSE(none.shouldRetry(server, 0));
}

TEST(RetryPolicyTest, OnlyRateLimitsAndServerErrorsAreRetried)
{
    const RetryPolicy policy;
    EXPECT_TRUE(policy.shouldRetry(error(Kind::RateLimit), 0));
    EXPECT_TRUE(policy.shouldRetry(error(Kind::Server), 0));
    for (Kind kind : {Kind::Auth, Kind::ModelNotFound, Kind::EndpointNotFound, Kind::QuotaExceeded,
                      Kind::ContextTooLong, Kind::BadRequest, Kind::Network, Kind::ConnectTimeout,
                      Kind::IdleTimeout, Kind::Cancelled, Kind::MalformedStream, Kind::StreamError,
                      Kind::NotConfigured}) {
        SCOPED_TRACE(LlmError::kindName(kind).toStdString());
        EXPECT_FALSE(policy.shouldRetry(error(kind), 0));
    }
}

TEST(RetryPolicyTest, ClassifiedAnswersRetryAsTheirStatusSays)
{
    const RetryPolicy policy;
    const auto fromHttp = [](int status, const QByteArray& body,
                             const HttpErrorClassifier::Headers& headers = {}) {
        return HttpErrorClassifier::fromHttp(status, body, headers);
    };
    EXPECT_TRUE(policy.shouldRetry(fromHttp(429, "{}"), 0));
    EXPECT_TRUE(policy.shouldRetry(fromHttp(408, ""), 0));
    EXPECT_TRUE(policy.shouldRetry(fromHttp(409, ""), 0));
    EXPECT_TRUE(policy.shouldRetry(fromHttp(500, ""), 1));
    EXPECT_TRUE(policy.shouldRetry(fromHttp(503, ""), 0));
    EXPECT_FALSE(policy.shouldRetry(fromHttp(400, ""), 0));
    EXPECT_FALSE(policy.shouldRetry(fromHttp(401, ""), 0));
    EXPECT_FALSE(policy.shouldRetry(
        fromHttp(429, R"({"error":{"message":"quota","type":"insufficient_quota","code":null}})"),
        0));
    // x-should-retry decides over the status, still within the limit.
    EXPECT_FALSE(policy.shouldRetry(fromHttp(503, "", {{"x-should-retry", "false"}}), 0));
    EXPECT_TRUE(policy.shouldRetry(fromHttp(400, "", {{"x-should-retry", "true"}}), 0));
    EXPECT_FALSE(policy.shouldRetry(fromHttp(400, "", {{"x-should-retry", "true"}}), 2));
}

TEST(RetryPolicyTest, HeaderDelayIsUsedAsGiven)
{
    const RetryPolicy policy = withRandom(0.9);
    LlmError e = error(Kind::RateLimit);
    e.retryAfterMs = 200;
    EXPECT_EQ(policy.delayMs(e, 0), 200);
    EXPECT_EQ(policy.delayMs(e, 1), 200);
    e.retryAfterMs = 0;
    EXPECT_EQ(policy.delayMs(e, 0), 0);
    // An absurd header is capped.
    e.retryAfterMs = 3'600'000;
    EXPECT_EQ(policy.delayMs(e, 0), RetryPolicy::kMaxHeaderDelayMs);
}

TEST(RetryPolicyTest, BackoffDoublesFromHalfASecondUpToEight)
{
    const RetryPolicy noJitter = withRandom(0.0);
    const LlmError e = error(Kind::Server);
    EXPECT_EQ(noJitter.delayMs(e, 0), 500);
    EXPECT_EQ(noJitter.delayMs(e, 1), 1000);
    EXPECT_EQ(noJitter.delayMs(e, 2), 2000);
    EXPECT_EQ(noJitter.delayMs(e, 3), 4000);
    EXPECT_EQ(noJitter.delayMs(e, 4), 8000);
    EXPECT_EQ(noJitter.delayMs(e, 5), 8000);
    EXPECT_EQ(noJitter.delayMs(e, 10), 8000);
}

TEST(RetryPolicyTest, JitterTakesOffAtMostAQuarter)
{
    const LlmError e = error(Kind::Server);
    EXPECT_EQ(withRandom(0.5).delayMs(e, 0), 438); // 500 · 0.875, rounded
    EXPECT_EQ(withRandom(0.5).delayMs(e, 1), 875);
    EXPECT_EQ(withRandom(0.999999).delayMs(e, 0), 375);
    EXPECT_EQ(withRandom(0.999999).delayMs(e, 6), 6000);
    // Out-of-range random numbers are clamped, never beyond [75 %, 100 %].
    EXPECT_EQ(withRandom(-1.0).delayMs(e, 0), 500);
    EXPECT_EQ(withRandom(7.0).delayMs(e, 0), 375);

    // The real random source stays within the bounds.
    const RetryPolicy real;
    for (int n = 0; n < 6; ++n) {
        const int base = std::min(500 << n, 8000);
        for (int i = 0; i < 50; ++i) {
            const int delay = real.delayMs(e, n);
            EXPECT_GE(delay, base * 3 / 4);
            EXPECT_LE(delay, base);
        }
    }
}

} // namespace
} // namespace st
