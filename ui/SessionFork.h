#pragma once

#include <QtGlobal>

class QWidget;

namespace st {

class AppController;

/// "Continue from here in a new session": forks session \a sessionId at message
/// \a messageId (a copy of the history up to it, same story), opens the fork and goes on
/// telling it there. The original is untouched. False (with a message box) on failure.
bool forkAndContinue(AppController& controller, qint64 sessionId, qint64 messageId,
                     QWidget* parent);

} // namespace st
