#include "ui/LanguageNames.h"

namespace st {

QStringList LanguageNames::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"), QStringLiteral("es")};
}

QString LanguageNames::nativeName(const QString& code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

} // namespace st
