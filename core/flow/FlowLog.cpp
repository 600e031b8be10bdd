#include "core/flow/FlowLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcFlow, "storyteller.flow", QtWarningMsg)
} // namespace st
