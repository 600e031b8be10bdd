#include "app/cli/CliSessionLookup.h"

#include "core/store/Database.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>

namespace st {

std::optional<SessionRecord> CliSessionLookup::find(Database& database, const QString& idOrName,
                                                    QTextStream& err)
{
    SessionStore sessions(database.connection());
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        if (auto session = sessions.get(id))
            return session;
    }
    QVector<SessionRecord> named;
    for (const SessionRecord& s : sessions.list()) { // most recently used first
        if (s.name == idOrName)
            named.append(s);
    }
    if (named.size() > 1)
        err << QCoreApplication::translate("cli", "storyteller-cli: %1 sessions are named “%2”; "
                                                  "exporting the most recent one (id %3).")
                   .arg(named.size())
                   .arg(idOrName)
                   .arg(named.first().id)
            << '\n';
    if (named.isEmpty()) {
        err << QCoreApplication::translate("cli", "storyteller-cli: no session with the id or name "
                                                  "“%1”; see 'storyteller-cli sessions list'.")
                   .arg(idOrName)
            << '\n';
        return std::nullopt;
    }
    return sessions.get(named.first().id); // with its script and summary, which lists leave out
}

} // namespace st
