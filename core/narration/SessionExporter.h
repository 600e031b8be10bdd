#pragma once

#include "core/store/SessionDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace st {

/// Writes a session to a file: as JSON, complete (SessionJson: every message with its role,
/// status, chapter, token usage and times, the summary, the script), which SessionImporter
/// restores exactly; or as Markdown, a readable transcript (SessionTranscript: title, story,
/// language, dates, every message). Through QSaveFile: a failure leaves no file behind and
/// an existing file as it was.
class SessionExporter
{
    Q_DECLARE_TR_FUNCTIONS(st::SessionExporter)

public:
    enum class Format
    {
        Json,
        Markdown
    };

    struct Result
    {
        QString path;  // the file written (absolute)
        QString error; // for the user; empty on success

        bool ok() const { return error.isEmpty(); }
    };

    explicit SessionExporter(QSqlDatabase db);

    /// Writes session \a sessionId in \a format to \a outputPath: a file (".json" or ".md"
    /// added when it has no suffix), or a folder — empty: the current folder — where the
    /// file is named after the session (ExportPath::file()). An existing file is replaced.
    Result exportSession(qint64 sessionId, Format format, const QString& outputPath = {}) const;

    /// The bytes exportSession() writes; nullopt when the session cannot be read (\a error
    /// says why).
    std::optional<QByteArray> render(qint64 sessionId, Format format,
                                     QString* error = nullptr) const;

    /// "json" or "md".
    static QString extension(Format format);
    /// "json"; "md" or "markdown" (any case); nullopt for anything else.
    static std::optional<Format> formatFromName(const QString& name);

private:
    std::optional<SessionDocument> load(qint64 sessionId, QString* error) const;
    static QByteArray bytes(const SessionDocument& document, Format format);

    QSqlDatabase m_db;
};

} // namespace st
