#pragma once

#include <QString>
#include <QTemporaryDir>

namespace st {

/// A fresh data folder for one test, removed with it: where the database and the settings
/// INI of the code under test live.
class TempDataDir
{
public:
    TempDataDir();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    /// \a name inside the folder.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    /// path() + "/storyteller.db"
    QString databasePath() const;
    /// path() + "/storyteller.ini"
    QString settingsPath() const;

    /// Writes \a bytes to \a name (created or replaced); false on failure.
    bool writeFile(const QString& name, const QByteArray& bytes) const;
    /// The bytes of \a name, or an empty array when it cannot be read.
    QByteArray readFile(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

} // namespace st
