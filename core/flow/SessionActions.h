#pragma once

#include "core/store/SessionRecord.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace st {

class AppController;
class Database;
class SessionListModel;
class SessionStore;
class SessionTrash;

/// What a listener does to a saved session from the sidebar, the menus and the message
/// view: rename, clear, delete with undo, export, import, and continue from a message in a
/// new session. Each decision about sessions and pages is made here (which page to leave,
/// which session to open); the widgets ask first (dialogs) and show the outcome's message.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    /// What happened, in words for the listener; \a ok says whether it worked.
    struct Outcome
    {
        bool ok = false;
        QString message;
    };

    SessionActions(AppController& controller, SessionStore& sessions, SessionListModel& model,
                   Database& database, QObject* parent = nullptr);
    ~SessionActions() override;

    /// The session as saved (for a dialog's name), nullopt when it is gone.
    std::optional<SessionRecord> session(qint64 sessionId) const;
    /// False for the session whose story is being told: it is cleared or deleted only after
    /// the story ends.
    bool canChange(qint64 sessionId) const;

    Outcome rename(qint64 sessionId, const QString& name);
    Outcome clearHistory(qint64 sessionId);
    /// Takes the session out of the list, with a few seconds to undo (trashed()); leaves the
    /// Session page first when it shows this session.
    bool remove(qint64 sessionId);
    bool undoRemove();
    /// Deletes the session waiting for undo now (as when its time is over or the app closes).
    bool finishRemoval();
    /// The session waiting to be deleted (0: none): hidden from search meanwhile.
    qint64 pendingRemoval() const;

    /// "Continue from here in a new session": forks \a sessionId at \a messageId (the history
    /// up to it, the same story), opens the fork and goes on telling it there. The original
    /// is untouched.
    Outcome forkAndContinue(qint64 sessionId, qint64 messageId);

    /// The file name offered for exporting \a sessionId into \a folder, without extension.
    QString exportBase(qint64 sessionId, const QString& folder) const;
    /// Saves \a sessionId to \a path: a Markdown transcript when it ends in ".md", the complete
    /// session as JSON otherwise.
    Outcome exportTo(qint64 sessionId, const QString& path);

    struct ImportOutcome
    {
        int imported = 0; // sessions added
        QString message;  // every file's outcome, one a line
    };
    /// Imports every file of \a paths, each read and checked on a worker thread (the event
    /// loop runs meanwhile, user input excluded). The sessions list is reloaded and, when
    /// exactly one file came in and no story is being told, its session is opened.
    ImportOutcome importFiles(const QStringList& paths);

Q_SIGNALS:
    /// \a name left the list; undoRemove() is possible until removed() or restored().
    void trashed(qint64 sessionId, const QString& name);
    void restored(qint64 sessionId);
    void removed(qint64 sessionId);
    void removeFailed(const QString& message);

private:
    AppController& m_controller;
    SessionStore& m_sessions;
    SessionListModel& m_model;
    Database& m_database;
    SessionTrash* m_trash;
};

} // namespace st
