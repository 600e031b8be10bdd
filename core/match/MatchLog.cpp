#include "core/match/MatchLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcMatch, "storyteller.match", QtWarningMsg)
} // namespace st
