#include "core/reading/ReadingLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcReading, "storyteller.reading", QtWarningMsg)
} // namespace st
