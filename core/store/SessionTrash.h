#pragma once

#include <QObject>
#include <QTimer>

namespace st {

class SessionListModel;
class SessionStore;

/// Deleting a session with a moment to change one's mind: trash() takes it out of the list
/// at once and deletes it (messages and spoken audio with it) when the undo time is over;
/// undo() brings it back untouched. One at a time: trashing another deletes the pending one
/// first. Whatever is pending is deleted by flush() and when the trash is destroyed (the
/// app closing); a crash in between deletes nothing.
class SessionTrash : public QObject
{
    Q_OBJECT
public:
    SessionTrash(SessionStore& store, SessionListModel& model, int undoMs = kUndoMs,
                 QObject* parent = nullptr);
    ~SessionTrash() override;

    bool trash(qint64 sessionId);
    bool undo();
    /// Deletes the pending session now; false when that failed (failed() says why).
    bool flush();
    qint64 pending() const { return m_pending; }

    static constexpr int kUndoMs = 6000;

Q_SIGNALS:
    /// \a name left the list; Undo is possible until deleted() or restored().
    void trashed(qint64 sessionId, const QString& name);
    void restored(qint64 sessionId);
    void deleted(qint64 sessionId);
    void failed(const QString& message);

private:
    SessionStore& m_store;
    SessionListModel& m_model;
    QTimer m_timer;
    qint64 m_pending = 0;
};

} // namespace st
