#pragma once

#include <QString>
#include <QStringList>

namespace st {

/// The languages Storyteller tells stories and speaks its UI in, and their names: the one
/// table the narrator's prompts, the transcript and the UI's menus read.
class Languages
{
public:
    /// en, ko, ja, es: the order of the UI's language menus.
    static QStringList codes();
    static bool isSupported(const QString& code);
    /// The name a speaker of the language uses ("한국어"); an unknown code as it is.
    static QString nativeName(const QString& code);
    /// The name written into a model's prompt: English with the native name beside it
    /// ("Korean (한국어)"); anything unknown is English.
    static QString promptName(const QString& code);
};

} // namespace st
