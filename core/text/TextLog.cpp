#include "core/text/TextLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcText, "storyteller.text", QtWarningMsg)
} // namespace st
