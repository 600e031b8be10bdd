#include "core/store/DatabaseError.h"

#include <QCoreApplication>

namespace st {

QString DatabaseError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::CannotCreate:
        return QCoreApplication::translate("st::DatabaseError",
                                           "Storyteller could not create its data folder for "
                                           "%1. Choose a folder you can write to with "
                                           "--data-dir, then start Storyteller again.")
            .arg(path);
    case Kind::Unwritable:
        return QCoreApplication::translate("st::DatabaseError",
                                           "The story database %1 cannot be written to. "
                                           "Check the file's permissions, or start "
                                           "Storyteller with --data-dir pointing to a "
                                           "writable folder. The file was not changed.")
            .arg(path);
    case Kind::Corrupt:
        return QCoreApplication::translate("st::DatabaseError",
                                           "The story database %1 is damaged or is not a "
                                           "Storyteller database. It was left untouched: "
                                           "move it somewhere safe (or restore a backup) "
                                           "and start Storyteller again.")
            .arg(path);
    case Kind::NewerThanApp:
        return QCoreApplication::translate("st::DatabaseError",
                                           "The story database %1 was written by a newer "
                                           "version of Storyteller. Install the newer "
                                           "version to open it; this version will not "
                                           "change it.")
            .arg(path);
    case Kind::MigrationFailed:
        return QCoreApplication::translate("st::DatabaseError",
                                           "The story database %1 could not be upgraded, so "
                                           "it was left as it was. Make sure the disk is "
                                           "not full and try again.")
            .arg(path);
    }
    return {};
}

} // namespace st
