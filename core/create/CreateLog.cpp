#include "core/create/CreateLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcCreate, "storyteller.create", QtWarningMsg)
} // namespace st
