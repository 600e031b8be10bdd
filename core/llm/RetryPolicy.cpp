#include "core/llm/RetryPolicy.h"

#include <QRandomGenerator>
#include <cmath>

namespace st {

RetryPolicy::RetryPolicy(int maxRetries, std::function<double()> random01)
    : m_maxRetries(maxRetries), m_random01(std::move(random01))
{
    if (!m_random01)
        m_random01 = [] { return QRandomGenerator::global()->generateDouble(); };
}

bool RetryPolicy::shouldRetry(const LlmError& error, int retriesSoFar) const
{
    return retriesSoFar < m_maxRetries && error.isRetryable();
}

int RetryPolicy::delayMs(const LlmError& error, int retriesSoFar) const
{
    if (error.retryAfterMs >= 0)
        return std::min(error.retryAfterMs, kMaxHeaderDelayMs);
    const double base =
        std::min<double>(kInitialDelayMs * std::pow(2.0, retriesSoFar), kMaxDelayMs);
    const double jitter = 1.0 - 0.25 * std::clamp(m_random01(), 0.0, 1.0);
    return static_cast<int>(std::lround(base * jitter));
}

} // namespace st
