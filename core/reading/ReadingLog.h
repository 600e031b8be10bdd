#pragma once

#include <QLoggingCategory>

namespace st {
Q_DECLARE_LOGGING_CATEGORY(lcReading)
} // namespace st
