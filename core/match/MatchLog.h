#pragma once

#include <QLoggingCategory>

namespace st {
Q_DECLARE_LOGGING_CATEGORY(lcMatch)
} // namespace st
