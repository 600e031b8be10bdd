#pragma once

#include <QString>
#include <QStringList>

namespace st {

/// The four story and UI languages, with their names as their speakers write them.
class LanguageNames
{
public:
    static QStringList codes(); // en, ko, ja, es
    static QString nativeName(const QString& code);
};

} // namespace st
