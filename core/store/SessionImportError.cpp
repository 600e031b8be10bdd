#include "core/store/SessionImportError.h"

#include "core/store/SessionJson.h"

namespace st {

SessionImportError SessionImportError::missing(const QString& field)
{
    SessionImportError e;
    e.kind = Kind::MissingField;
    e.field = field;
    return e;
}

SessionImportError SessionImportError::invalid(const QString& field, const QString& expected)
{
    SessionImportError e;
    e.kind = Kind::InvalidField;
    e.field = field;
    e.detail = expected;
    return e;
}

QString SessionImportError::message() const
{
    const QString name = file.isEmpty() ? tr("This file") : file;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotRead:
        return tr("%1 could not be read (%2).").arg(name, detail);
    case Kind::TooLarge:
        return tr("%1 is too large to be a session file (%2 MB; at most %3 MB).")
            .arg(name)
            .arg((detail.toLongLong() + 1024 * 1024 - 1) / (1024 * 1024))
            .arg(SessionJson::maxBytes / (1024 * 1024));
    case Kind::NotJson:
        return tr("%1 is not a JSON file (%2). Choose a session file exported by Storyteller.")
            .arg(name, detail);
    case Kind::NotSessionFile:
        if (detail == QLatin1String("storyteller-script") ||
            detail == QLatin1String("storyteller-library"))
            return tr("%1 holds stories for the library, not a session. Import it into the "
                      "library instead.")
                .arg(name);
        return tr("%1 is not a Storyteller session file. Choose a file made by exporting a "
                  "session as JSON.")
            .arg(name);
    case Kind::NewerVersion:
        return tr("%1 was written by a newer version of Storyteller (session format %2; this "
                  "version reads format %3). Update Storyteller to import it.")
            .arg(name, detail)
            .arg(SessionJson::version);
    case Kind::MissingField:
        return tr("%1 is not a complete session file: “%2” is missing. Nothing was imported.")
            .arg(name, field);
    case Kind::InvalidField:
        return tr("%1 is not a valid session file: “%2” should be %3. Nothing was imported.")
            .arg(name, field, detail);
    case Kind::Database:
        return tr("The session in %1 could not be saved in the database (%2). Nothing was "
                  "imported.")
            .arg(name, detail);
    }
    return {};
}

} // namespace st
