#pragma once

#include "core/store/SessionJson.h"

#include <QCoreApplication>

namespace st {

/// SessionJson::read's checks, field by field. Every failure names the field (a path such
/// as messages[3].status) and what it should be, in words for the user.
class SessionJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(st::SessionJsonReader)

public:
    SessionJson::ReadResult read(const QByteArray& json) const;
};

} // namespace st
