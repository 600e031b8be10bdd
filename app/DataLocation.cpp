#include "app/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace st {

QString DataLocation::resolve(const QString& commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return QDir(commandLineDir).absolutePath();
    const QString env = qEnvironmentVariable("STORYTELLER_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataLocation::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("storyteller.db"));
}

QString DataLocation::settingsPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

} // namespace st
