#include "core/store/SessionImporter.h"

#include "core/store/SessionDocumentStore.h"
#include "core/store/SessionJson.h"
#include "core/store/StoreLog.h"

#include <QFile>
#include <QFileInfo>

namespace st {

SessionImporter::SessionImporter(QSqlDatabase db) : m_db(std::move(db)) {}

SessionImporter::Result SessionImporter::importFile(const QString& path)
{
    Result result;
    SessionImportError& error = result.error;
    error.file = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = SessionImportError::tr("it is a folder");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = file.errorString();
        return result;
    }
    if (file.size() > SessionJson::maxBytes) {
        error.kind = SessionImportError::Kind::TooLarge;
        error.detail = QString::number(file.size());
        return result;
    }
    const QByteArray bytes = file.read(SessionJson::maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = file.errorString();
        return result;
    }
    return importJson(bytes, error.file);
}

SessionImporter::Result SessionImporter::importJson(const QByteArray& json, const QString& fileName)
{
    Result result;
    SessionJson::ReadResult read = SessionJson::read(json);
    if (!read.document) {
        result.error = read.error;
        result.error.file = fileName;
        qCInfo(lcStore) << "session import refused:" << result.error.message();
        return result;
    }
    SessionDocumentStore store(m_db);
    const SessionDocumentStore::Inserted inserted = store.insert(*read.document);
    if (inserted.id <= 0) {
        result.error.kind = SessionImportError::Kind::Database;
        result.error.file = fileName;
        result.error.detail = store.lastError();
        return result;
    }
    result.sessionId = inserted.id;
    result.uuid = inserted.uuid;
    result.name = inserted.name;
    result.renamed = inserted.renamed;
    result.messageCount = read.document->messages.size();
    return result;
}

} // namespace st
