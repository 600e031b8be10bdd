#include "core/llm/LlmLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcLlm, "storyteller.llm", QtInfoMsg)
} // namespace st
