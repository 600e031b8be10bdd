#include "core/tts/ExportedFiles.h"

#include <QFile>

namespace st {

ExportedFiles::~ExportedFiles()
{
    for (const auto& file : m_files) {
        if (file->isOpen())
            file->cancelWriting();
    }
}

bool ExportedFiles::failed(const QString& path, const QString& reason)
{
    m_error = tr("Cannot write %1: %2.").arg(path, reason);
    return false;
}

QSaveFile* ExportedFiles::open(const QString& path)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        failed(path, file->errorString());
        return nullptr;
    }
    m_files.push_back(std::move(file));
    return m_files.back().get();
}

bool ExportedFiles::addText(const QString& path, const QString& text)
{
    QSaveFile* file = open(path);
    if (!file)
        return false;
    const QByteArray bytes = text.toUtf8();
    if (file->write(bytes) != bytes.size())
        return failed(path, file->errorString());
    return true;
}

bool ExportedFiles::addCopy(const QString& path, const QByteArray& head, const QString& source,
                            qint64 skip)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(skip))
        return failed(source, in.errorString());
    QSaveFile* file = open(path);
    if (!file)
        return false;
    if (file->write(head) != head.size())
        return failed(path, file->errorString());
    while (!in.atEnd()) {
        const QByteArray piece = in.read(1 << 20);
        if (piece.isEmpty() && in.error() != QFile::NoError)
            return failed(source, in.errorString());
        if (file->write(piece) != piece.size())
            return failed(path, file->errorString());
    }
    return true;
}

bool ExportedFiles::commit()
{
    QStringList placed;
    for (const auto& file : m_files) {
        const QString path = file->fileName();
        if (!file->commit()) {
            failed(path, file->errorString());
            for (const QString& done : std::as_const(placed))
                QFile::remove(done); // all or none
            return false;
        }
        placed.append(path);
    }
    m_files.clear();
    return true;
}

} // namespace st
