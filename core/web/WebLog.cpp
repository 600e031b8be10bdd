#include "core/web/WebLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcWeb, "storyteller.web", QtWarningMsg)
} // namespace st
