#include "core/store/FolderLock.h"

#include <QDir>
#include <QFileInfo>

namespace st {

FolderLock::FolderLock(const QString& dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("storyteller.lock"))), m_lock(m_path)
{
    // Stale only when its process is gone (QLockFile checks the PID on this host), never
    // because it is old: the app may run for weeks.
    m_lock.setStaleLockTime(0);
}

FolderLock::~FolderLock()
{
    if (m_held)
        m_lock.unlock();
}

bool FolderLock::tryAcquire()
{
    if (m_held)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_held = m_lock.tryLock(0);
    if (!m_held) {
        QString host;
        QString app;
        m_lock.getLockInfo(&m_holderPid, &host, &app);
    }
    return m_held;
}

} // namespace st
