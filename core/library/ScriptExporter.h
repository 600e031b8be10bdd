#pragma once

#include "core/script/Script.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace st {

/// Scripts in the project's JSON form, for sharing and backups. One script is written as
/// the script object itself (ScriptJson: "format": "storyteller-script"); any other number
/// as a library object:
/// \code
/// {"format": "storyteller-library", "formatVersion": 1, "scripts": [ {script}, … ]}
/// \endcode
/// ImportFile reads both back (the library object like a bundled library file).
class ScriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(st::ScriptExporter)

public:
    /// The JSON of \a scripts (UTF-8, ending with a newline).
    static QByteArray toJson(const QVector<Script>& scripts, bool indented = true);
    /// Writes toJson(\a scripts) to \a path atomically (QSaveFile: the old file stays whole
    /// until the new one is complete). On failure returns false and sets \a error.
    static bool writeFile(const QString& path, const QVector<Script>& scripts,
                          QString* error = nullptr);
};

} // namespace st
