#include "core/tts/AudioMetadata.h"

#include <QFile>

namespace st {

QByteArray AudioMetadata::appCover()
{
    QFile file(QStringLiteral(":/cover/storyteller.png"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString AudioMetadata::iso639_2(const QString& language)
{
    const QString code = language.trimmed().toLower().left(2);
    if (code == QLatin1String("en"))
        return QStringLiteral("eng");
    if (code == QLatin1String("ko"))
        return QStringLiteral("kor");
    if (code == QLatin1String("ja"))
        return QStringLiteral("jpn");
    if (code == QLatin1String("es"))
        return QStringLiteral("spa");
    return QStringLiteral("und");
}

} // namespace st
