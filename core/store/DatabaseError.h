#pragma once

#include <QString>

namespace st {

/// Why the database could not be opened; message() is written for the user.
struct DatabaseError
{
    enum class Kind
    {
        None,
        CannotCreate,
        Unwritable,
        Corrupt,
        NewerThanApp,
        MigrationFailed
    };

    Kind kind = Kind::None;
    QString path;
    QString detail; // the driver's words, for the log and the "details" part of a dialog

    bool ok() const { return kind == Kind::None; }
    QString message() const;
};

} // namespace st
