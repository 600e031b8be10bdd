#pragma once

#include <QString>

class QCommandLineParser;

namespace st {

/// Where Storyteller keeps its database and settings: --data-dir, else
/// STORYTELLER_DATA_DIR, else the platform's app data folder.
class DataLocation
{
public:
    static QString resolve(const QString& commandLineDir);
    static QString databasePath(const QString& dataDir);
    static QString settingsPath(const QString& dataDir);
};

} // namespace st
