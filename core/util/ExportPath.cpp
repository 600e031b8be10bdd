#include "core/util/ExportPath.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace st {

QString ExportPath::safeFileName(const QString& name)
{
    static const QRegularExpression reserved(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f\\x7f]"));
    QString safe = QString(name).replace(reserved, QStringLiteral("_")).simplified();
    if (safe.size() > 80) {
        safe.truncate(80);
        if (safe.back().isHighSurrogate())
            safe.chop(1);
    }
    while (!safe.isEmpty() && (safe.front() == u'.' || safe.front() == u' '))
        safe.remove(0, 1);
    while (!safe.isEmpty() && (safe.back() == u'.' || safe.back() == u' '))
        safe.chop(1);
    return safe.isEmpty() ? QStringLiteral("session") : safe;
}

QString ExportPath::base(const QString& sessionName, const QString& outputPath)
{
    const QString path = outputPath.isEmpty() ? QDir::currentPath() : outputPath;
    if (QFileInfo(path).isDir())
        return QDir(path).absoluteFilePath(safeFileName(sessionName));
    QString base = QFileInfo(path).absoluteFilePath();
    for (const QLatin1String ext :
         {QLatin1String(".wav"), QLatin1String(".mp3"), QLatin1String(".opus"),
          QLatin1String(".cue"), QLatin1String(".md")}) {
        if (base.endsWith(ext, Qt::CaseInsensitive)) {
            base.chop(ext.size());
            break;
        }
    }
    return base;
}

QString ExportPath::file(const QString& sessionName, const QString& outputPath,
                         const QString& extension)
{
    const QString path = outputPath.isEmpty() ? QDir::currentPath() : outputPath;
    const QFileInfo info(path);
    if (info.isDir())
        return QDir(path).absoluteFilePath(safeFileName(sessionName) + u'.' + extension);
    if (info.suffix().isEmpty())
        return info.absoluteFilePath() + u'.' + extension;
    return info.absoluteFilePath();
}

} // namespace st
