#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// A source a script is written from: a fetched page, pasted text or an imported document.
struct SourceDocument
{
    QString title;                         // the document's title (may be empty for pasted text)
    QString text;                          // its text, paragraphs on their own lines
    QString url;                           // where it came from, for a page
    QString kind = QStringLiteral("text"); // url, text, file, import
    QString language;                      // the language the script is written in (en, ko, ja, es)
    QString request;                       // what the listener asked for, when known
};

} // namespace st

Q_DECLARE_METATYPE(st::SourceDocument)
