#pragma once

#include "core/store/SessionRecord.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace st {

class Database;

/// SESSION on the command line: a session id, or its exact name. Several sessions with that
/// name: the most recently used one, said on \a err. No such session: said on \a err.
class CliSessionLookup
{
public:
    static std::optional<SessionRecord> find(Database& database, const QString& idOrName,
                                             QTextStream& err);
};

} // namespace st
