#include "ui/SessionFork.h"

#include "core/flow/AppController.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace st {

bool forkAndContinue(AppController& controller, qint64 sessionId, qint64 messageId,
                     QWidget* parent)
{
    const auto original = controller.sessions().get(sessionId);
    const auto fork =
        original ? controller.sessions().fork(
                       sessionId, messageId,
                       QCoreApplication::translate("st::SessionFork", "%1 (branch)").arg(original->name))
                 : std::nullopt;
    if (!fork) {
        QMessageBox::warning(parent, QCoreApplication::translate("st::SessionFork", "New session"),
                             QCoreApplication::translate("st::SessionFork",
                                                         "A new session could not be made from "
                                                         "this message (%1). The story is "
                                                         "unchanged.")
                                 .arg(controller.sessions().lastError()));
        return false;
    }
    return controller.openSession(fork->id) && controller.continueSession();
}

} // namespace st
