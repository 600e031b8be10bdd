#pragma once

namespace st {

/// Tokens a reply cost, as the server reported them (-1: not reported).
struct TokenUsage
{
    int promptTokens = -1;
    int completionTokens = -1;

    bool isKnown() const { return promptTokens >= 0 || completionTokens >= 0; }
};

} // namespace st
