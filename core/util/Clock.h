#pragma once

#include <QDateTime>
#include <functional>

namespace st {

/// The injectable clock: milliseconds since the epoch. Tests pass their own.
using Clock = std::function<qint64()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace st
