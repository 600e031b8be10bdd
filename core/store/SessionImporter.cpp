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
    return insert(readFile(path), QFileInfo(path).fileName());
}

SessionJson::ReadResult SessionImporter::readFile(const QString& path)
{
    SessionJson::ReadResult read;
    SessionImportError& error = read.error;
    error.file = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = SessionImportError::tr("it is a folder");
        return read;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = file.errorString();
        return read;
    }
    if (file.size() > SessionJson::maxBytes) {
        error.kind = SessionImportError::Kind::TooLarge;
        error.detail = QString::number(file.size());
        return read;
    }
    const QByteArray bytes = file.read(SessionJson::maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        error.kind = SessionImportError::Kind::CannotRead;
        error.detail = file.errorString();
        return read;
    }
    read = SessionJson::read(bytes);
    read.error.file = QFileInfo(path).fileName();
    return read;
}

SessionImporter::Result SessionImporter::importJson(const QByteArray& json, const QString& fileName)
{
    return insert(SessionJson::read(json), fileName);
}

SessionImporter::Result SessionImporter::insert(const SessionJson::ReadResult& read,
                                                const QString& fileName)
{
    Result result;
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
