#include "core/llm/LlmLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcLlm, "storyteller.llm", QtWarningMsg)
} // namespace st
