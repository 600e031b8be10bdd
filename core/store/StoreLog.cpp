#include "core/store/StoreLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcStore, "storyteller.store", QtWarningMsg)
} // namespace st
