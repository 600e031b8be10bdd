#pragma once

#include <QCoreApplication>
#include <QString>

namespace st {

/// Why a session file was not imported; message() is written for the user. Nothing is
/// ever half-imported: any error leaves the database as it was.
struct SessionImportError
{
    Q_DECLARE_TR_FUNCTIONS(st::SessionImportError)

public:
    enum class Kind
    {
        None,
        CannotRead,     // detail: the system's words
        TooLarge,       // detail: the file's size in bytes
        NotJson,        // detail: where the parser stopped
        NotSessionFile, // detail: the "format" it has, if any
        NewerVersion,   // detail: the file's version
        MissingField,   // field: which one, e.g. messages[3].role
        InvalidField,   // field, and detail: what was expected
        Database        // detail: the driver's words
    };

    Kind kind = Kind::None;
    QString file;  // the file's name, or empty when the bytes came from elsewhere
    QString field; // a path into the document: session.name, messages[2].status, …
    QString detail;

    bool ok() const { return kind == Kind::None; }
    QString message() const;

    static SessionImportError missing(const QString& field);
    static SessionImportError invalid(const QString& field, const QString& expected);
};

} // namespace st
