#pragma once

#include "core/llm/ChatRequest.h"

#include <QString>

namespace st {

/// A quick, model-independent token estimate, for budgets and benchmarks: each Han, kana
/// or Hangul character is one token (BPE vocabularies split them about that finely); any
/// other run of letters and digits is one token per four characters, rounded up;
/// punctuation and spaces are free. Each chat message adds 4 for its framing.
class TokenEstimator
{
public:
    static int estimate(const QString& text);
    static int estimate(const ChatRequest& request);
    static constexpr int kPerMessage = 4;
};

} // namespace st
