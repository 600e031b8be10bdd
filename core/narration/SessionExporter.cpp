#include "core/narration/SessionExporter.h"

#include "core/narration/NarrationLog.h"
#include "core/narration/SessionTranscript.h"
#include "core/store/SessionDocumentStore.h"
#include "core/store/SessionJson.h"
#include "core/util/ExportPath.h"

#include <QSaveFile>

namespace st {

SessionExporter::SessionExporter(QSqlDatabase db) : m_db(std::move(db)) {}

QString SessionExporter::extension(Format format)
{
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("md");
}

std::optional<SessionExporter::Format> SessionExporter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

std::optional<SessionDocument> SessionExporter::load(qint64 sessionId, QString* error) const
{
    SessionDocumentStore store(m_db);
    auto document = store.load(sessionId);
    if (!document && error)
        *error = store.lastError().isEmpty()
                     ? tr("There is no session with the id %1.").arg(sessionId)
                     : tr("The session could not be read from the database (%1).")
                           .arg(store.lastError());
    return document;
}

QByteArray SessionExporter::bytes(const SessionDocument& document, Format format)
{
    if (format == Format::Json)
        return SessionJson::write(document);
    return SessionTranscript::markdown(document.session, document.messages).toUtf8();
}

std::optional<QByteArray> SessionExporter::render(qint64 sessionId, Format format,
                                                  QString* error) const
{
    const auto document = load(sessionId, error);
    if (!document)
        return std::nullopt;
    return bytes(*document, format);
}

SessionExporter::Result SessionExporter::exportSession(qint64 sessionId, Format format,
                                                       const QString& outputPath) const
{
    Result result;
    const auto document = load(sessionId, &result.error);
    if (!document)
        return result;
    const QByteArray data = bytes(*document, format);
    result.path = ExportPath::file(document->session.name, outputPath, extension(format));
    QSaveFile file(result.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        result.error = tr("%1 could not be written (%2). Nothing was saved.")
                           .arg(result.path, file.errorString());
        qCWarning(lcNarration) << "session export failed:" << result.error;
        return result;
    }
    qCInfo(lcNarration) << "exported session" << sessionId << "to" << result.path;
    return result;
}

} // namespace st
