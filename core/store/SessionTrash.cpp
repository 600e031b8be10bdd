#include "core/store/SessionTrash.h"

#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"

#include <QCoreApplication>

namespace st {

SessionTrash::SessionTrash(SessionStore& store, SessionListModel& model, int undoMs,
                           QObject* parent)
    : QObject(parent), m_store(store), m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(undoMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionTrash::flush);
}

SessionTrash::~SessionTrash()
{
    flush();
}

bool SessionTrash::trash(qint64 sessionId)
{
    const auto session = m_store.get(sessionId);
    if (!session)
        return false;
    if (m_pending && m_pending != sessionId)
        flush();
    m_pending = sessionId;
    m_model.setHidden(sessionId, true);
    m_timer.start();
    Q_EMIT trashed(sessionId, session->name);
    return true;
}

bool SessionTrash::undo()
{
    if (!m_pending)
        return false;
    m_timer.stop();
    const qint64 id = std::exchange(m_pending, 0);
    m_model.setHidden(id, false);
    Q_EMIT restored(id);
    return true;
}

bool SessionTrash::flush()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    const qint64 id = std::exchange(m_pending, 0);
    if (!m_store.remove(id)) {
        m_model.setHidden(id, false); // still there: show it again
        Q_EMIT failed(QCoreApplication::translate("st::SessionTrash",
                                                  "The session could not be deleted (%1). It is "
                                                  "back in the list; try again.")
                          .arg(m_store.lastError()));
        return false;
    }
    m_model.setHidden(id, false); // gone from the store; nothing left to hide
    Q_EMIT deleted(id);
    return true;
}

} // namespace st
