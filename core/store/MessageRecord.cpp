#include "core/store/MessageRecord.h"

namespace st {

QString MessageRecord::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return {};
}

MessageRecord::Role MessageRecord::roleFromName(const QString& name)
{
    if (name == QLatin1String("system"))
        return Role::System;
    if (name == QLatin1String("assistant"))
        return Role::Assistant;
    return Role::User;
}

QString MessageRecord::statusName(Status status)
{
    switch (status) {
    case Status::Streaming:
        return QStringLiteral("streaming");
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Interrupted:
        return QStringLiteral("interrupted");
    case Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

MessageRecord::Status MessageRecord::statusFromName(const QString& name)
{
    if (name == QLatin1String("streaming"))
        return Status::Streaming;
    if (name == QLatin1String("interrupted"))
        return Status::Interrupted;
    if (name == QLatin1String("error"))
        return Status::Error;
    return Status::Complete;
}

} // namespace st
