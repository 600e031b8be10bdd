#include "core/text/Languages.h"

namespace st {

QStringList Languages::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"), QStringLiteral("es")};
}

bool Languages::isSupported(const QString& code)
{
    return codes().contains(code);
}

QString Languages::nativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return code;
}

QString Languages::promptName(const QString& code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("Korean (한국어)");
    if (code == QLatin1String("ja"))
        return QStringLiteral("Japanese (日本語)");
    if (code == QLatin1String("es"))
        return QStringLiteral("Spanish (español)");
    return QStringLiteral("English");
}

} // namespace st
