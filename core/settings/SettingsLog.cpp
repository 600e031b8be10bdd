#include "core/settings/SettingsLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcSettings, "storyteller.settings", QtWarningMsg)
} // namespace st
