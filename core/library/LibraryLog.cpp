#include "core/library/LibraryLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcLibrary, "storyteller.library", QtWarningMsg)
} // namespace st
