#pragma once

#include <QString>
#include <QStringList>

namespace st {

class ScriptLibrary;

/// The stories that ship with the app (resources/library/*.json, one file per story with a
/// script per language). Loaded into the library on first run; a script is replaced when
/// the app ships a newer version of it. Scripts the user added are never touched.
class BundledLibrary
{
public:
    struct Report
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QStringList problems;
    };

    explicit BundledLibrary(QString directory = QStringLiteral(":/library"));

    Report install(ScriptLibrary& library) const;

private:
    QString m_directory;
};

} // namespace st
