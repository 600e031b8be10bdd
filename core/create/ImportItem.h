#pragma once

#include "core/script/Script.h"
#include "core/script/SourceDocument.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace st {

/// One entry of an import file (ImportFile): a ready script in the project's JSON form, or
/// a document ({"title", "content"}) that a script is still to be written from.
struct ImportItem
{
    enum class Kind
    {
        Script,
        Document,
    };

    Kind kind = Kind::Document;
    /// Where it is in its file: 0-based position in the list (0 for a file of one object).
    int index = 0;
    /// What lists show: the script's or the document's title, or "Document 3" / "Item 3"
    /// when it has none.
    QString title;
    Script script;           ///< Kind::Script: the script as ScriptJson read it
    SourceDocument document; ///< Kind::Document: what the pipeline writes from (kind "import")
    /// What was not quite right but did not stop the item (ScriptJson's problems, an
    /// unknown language replaced by the batch's).
    QStringList notes;
    /// Why the item cannot be imported; empty when it can.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace st

Q_DECLARE_METATYPE(st::ImportItem)
