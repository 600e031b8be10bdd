#pragma once

#include "core/create/ImportItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace st {

/// Reads one import file into items. Accepted (UTF-8 JSON):
/// - a list of documents: [{"title": "…", "content": "…"}, …]; "text" or "body" may stand
///   for "content" (a string, or a list of paragraph strings), "url" or "source" give
///   where it came from, "language" (en, ko, ja, es) the language its script is written in;
/// - one such document object;
/// - one script in the project's JSON form ("format": "storyteller-script", or any object
///   with "sections"), or a list of them;
/// - an object with a "scripts" list: a bundled library file ({"id", "version",
///   "scripts"}) or what ScriptExporter writes ({"format": "storyteller-library", …});
/// - lists that mix documents and scripts.
/// A bad entry is an item with an error (the rest still import); a file that cannot be read,
/// is empty, too large, not JSON or of another shape is a file-level error.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(st::ImportFile)

public:
    /// Files larger than this are refused.
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;
    /// Deeper nesting than this is refused (no script or document needs more than 4).
    static constexpr int kMaxDepth = 64;

    struct Result
    {
        QVector<ImportItem> items;
        QString error; ///< file-level: nothing in the file can be imported

        bool ok() const { return error.isEmpty(); }
    };

    /// Reads the file at \a path. Documents without a language of their own, and scripts
    /// without one, get \a language (en when empty).
    static Result read(const QString& path, const QString& language, qint64 maxBytes = kMaxBytes);
    /// The same for bytes already read.
    static Result parse(const QByteArray& bytes, const QString& language);

    /// "Expected …": the shapes an import file may have, for messages.
    static QString expectedShape();
};

} // namespace st
