#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// One event an SseParser dispatched, as an EventSource would see it.
struct SseEvent
{
    QString type = QStringLiteral("message"); // the `event:` field, "message" without one
    QString data;                             // the `data:` lines joined by "\n"
    QString id;                               // the last event ID at dispatch

    bool operator==(const SseEvent& other) const
    {
        return type == other.type && data == other.data && id == other.id;
    }
    bool operator!=(const SseEvent& other) const { return !(*this == other); }
};

} // namespace st

Q_DECLARE_METATYPE(st::SseEvent)
