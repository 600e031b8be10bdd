#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace st {

class AppController;

/// Export a session to a file (JSON, complete and importable, or a Markdown transcript) and
/// import session files, with the file dialogs and the messages a user reads. exportTo()
/// and importFiles() do the work without dialogs (tests call them).
class SessionTransfer : public QObject
{
    Q_OBJECT
public:
    SessionTransfer(AppController& controller, QWidget* parent);

    /// Asks where to save session \a sessionId and in which form, then saves it.
    void exportSession(qint64 sessionId);
    /// Asks for session files (JSON) and imports them.
    void importSessions();

    /// Saves session \a sessionId to \a path: Markdown when it ends in ".md", JSON otherwise.
    /// Returns the message for the user; \a ok says whether it worked.
    QString exportTo(qint64 sessionId, const QString& path, bool* ok = nullptr);
    /// Imports every file of \a paths; the sessions list is reloaded and, when exactly one
    /// session came in, it is opened. Returns the message for the user (every file's
    /// outcome); \a imported counts the sessions added.
    QString importFiles(const QStringList& paths, int* imported = nullptr);

private:
    AppController& m_controller;
    QWidget* m_parent;
};

} // namespace st
