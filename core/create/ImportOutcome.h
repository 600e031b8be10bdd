#pragma once

#include <QMetaType>
#include <QString>

namespace st {

/// How one entry of an import ended (BatchImporter).
struct ImportOutcome
{
    QString file;        ///< the file it came from, as given
    int index = -1;      ///< its 0-based position in the file; -1 for a file that was refused whole
    QString title;       ///< the script's or document's title (or "Document 3", or the file name)
    bool ok = false;     ///< the script is in the library
    qint64 scriptId = 0; ///< the library id when ok (an identical script already there: its id)
    /// Why it failed; when ok, notes worth showing (empty sections, a replaced language, …).
    QString message;
};

} // namespace st

Q_DECLARE_METATYPE(st::ImportOutcome)
