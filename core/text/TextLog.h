#pragma once

#include <QLoggingCategory>

namespace st {
Q_DECLARE_LOGGING_CATEGORY(lcText)
} // namespace st
