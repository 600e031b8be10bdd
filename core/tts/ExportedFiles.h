#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QVector>
#include <memory>

namespace st {

/// The files of one export, put in place together: each is written to its QSaveFile (the
/// file at its path untouched until then), and commit() puts them all in place in the
/// order they were added; when one cannot be, those already in place are removed again, so
/// an export leaves all of its files or none. Dropping the object unconfirmed writes
/// nothing.
class ExportedFiles
{
    Q_DECLARE_TR_FUNCTIONS(st::ExportedFiles)

public:
    ExportedFiles() = default;
    ~ExportedFiles();
    ExportedFiles(const ExportedFiles&) = delete;
    ExportedFiles& operator=(const ExportedFiles&) = delete;

    /// \a text as UTF-8 at \a path.
    bool addText(const QString& path, const QString& text);
    /// \a head, then the file at \a source from byte \a skip on, at \a path (read in pieces:
    /// an hour of audio is never held whole).
    bool addCopy(const QString& path, const QByteArray& head, const QString& source,
                 qint64 skip = 0);
    /// Puts every file in place; false (and none left in place) when one cannot be.
    bool commit();
    /// What went wrong last, for the user: "Cannot write PATH: REASON."
    QString errorString() const { return m_error; }

private:
    QSaveFile* open(const QString& path);
    bool failed(const QString& path, const QString& reason);

    std::vector<std::unique_ptr<QSaveFile>> m_files;
    QString m_error;
};

} // namespace st
