#pragma once

#include "core/llm/LlmError.h"

#include <functional>

namespace st {

/// When to try a failed request again and after how long: at most maxRetries more tries,
/// only for retryable errors (429 except insufficient_quota, 5xx, 408, 409, or as
/// x-should-retry says), waiting as retry-after-ms / Retry-After say, otherwise
/// 0.5 s · 2^n capped at 8 s, less up to 25 % jitter.
class RetryPolicy
{
public:
    /// \a random01 returns a number in [0, 1) for the jitter; injectable for tests.
    explicit RetryPolicy(int maxRetries = 2, std::function<double()> random01 = {});

    bool shouldRetry(const LlmError& error, int retriesSoFar) const;
    int delayMs(const LlmError& error, int retriesSoFar) const;
    int maxRetries() const { return m_maxRetries; }

    static constexpr int kInitialDelayMs = 500;
    static constexpr int kMaxDelayMs = 8000;
    static constexpr int kMaxHeaderDelayMs = 60000;

private:
    int m_maxRetries;
    std::function<double()> m_random01;
};

} // namespace st
