#include "core/narration/NarrationLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcNarration, "storyteller.narration", QtWarningMsg)
} // namespace st
