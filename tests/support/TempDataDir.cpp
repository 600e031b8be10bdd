#include "support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace st {

TempDataDir::TempDataDir() : m_dir(QDir::tempPath() + QStringLiteral("/storyteller-test-XXXXXX")) {}

QString TempDataDir::databasePath() const
{
    return filePath(QStringLiteral("storyteller.db"));
}

QString TempDataDir::settingsPath() const
{
    return filePath(QStringLiteral("storyteller.ini"));
}

bool TempDataDir::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString target = QFileInfo(name).isAbsolute() ? name : filePath(name);
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray TempDataDir::readFile(const QString& name) const
{
    QFile file(QFileInfo(name).isAbsolute() ? name : filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace st
