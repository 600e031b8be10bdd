#pragma once

#include "core/store/SessionDocument.h"
#include "core/store/SessionImportError.h"

#include <QByteArray>
#include <optional>

namespace st {

/// A session as one JSON document, the complete export that import restores exactly:
///
///     {"format": "storyteller-session", "version": 1,
///      "session": {"uuid", "name", "language", "provider", "model", "created_at",
///                  "last_used_at", "forked_from", "summary", "summary_upto_seq",
///                  "metadata": {…}, "script": null | {"title", "body": {the script}}},
///      "messages": [{"seq", "role", "content", "status", "chapter", "prompt_tokens",
///                    "completion_tokens", "created_at", "updated_at", "original",
///                    "original_language",
///                    "alternatives": [{"content", "status", "chapter", "prompt_tokens",
///                                      "completion_tokens", "written_at"}, …]}, …]}
///
/// Times are ISO-8601 in UTC with milliseconds ("2024-05-01T19:02:03.120Z"), which is
/// exactly what the database keeps (ms since the epoch); reading also takes a number of ms.
/// Unknown values are null (model, forked_from, summary, chapter, tokens, original…).
/// The script's body is the script's JSON as an object ("storyteller-script"), not a string.
/// A reply still being written is exported as "interrupted", what it becomes on restart.
/// "alternatives" are the earlier versions of a regenerated reply (ReplyVersions), oldest
/// first; the message itself holds the chosen one.
class SessionJson
{
public:
    static constexpr const char* formatName = "storyteller-session";
    static constexpr int version = 1;
    /// Reading refuses larger files before parsing them.
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;
    static constexpr int maxMessages = 100000;

    /// The document, indented, UTF-8, ending with a newline. The same document always gives
    /// the same bytes, so an export of an imported session equals the original export.
    static QByteArray write(const SessionDocument& document);

    struct ReadResult
    {
        std::optional<SessionDocument> document;
        SessionImportError error; // kind None when document is set (file left empty)
    };
    /// Parses and checks everything: the format and version, every required field, types,
    /// roles and statuses from their sets, sane sizes, seqs in increasing order.
    static ReadResult read(const QByteArray& json);
};

} // namespace st
