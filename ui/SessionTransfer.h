#pragma once

#include <QObject>

class QWidget;

namespace st {

class AppController;

/// The file dialogs and message boxes around exporting and importing sessions (Story ▸
/// Import session…, Export session…, and the sidebar's Export…); the work and its messages
/// are SessionActions'.
class SessionTransfer : public QObject
{
    Q_OBJECT
public:
    SessionTransfer(AppController& controller, QWidget* parent);

    /// Asks where to save session \a sessionId and in which form, then saves it.
    void exportSession(qint64 sessionId);
    /// Asks for session files (JSON) and imports them.
    void importSessions();

private:
    AppController& m_controller;
    QWidget* m_parent;
};

} // namespace st
