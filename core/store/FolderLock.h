#pragma once

#include <QLockFile>
#include <QString>

namespace st {

/// The data folder's lock (`storyteller.lock`, a QLockFile): held by the process that owns
/// the folder — the app, or a `storyteller-cli` run when no app has it. Only its holder
/// recovers replies a crash left streaming: a reply still streaming in another live
/// process is that process's, and marking it interrupted would give it two writers. A lock
/// left by a process that died (same host, its PID gone) is stale and taken over.
class FolderLock
{
public:
    explicit FolderLock(const QString& dataDir);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    /// Takes the lock if no live process holds it; does not wait.
    bool tryAcquire();
    bool isHeld() const { return m_held; }
    /// The process holding it when tryAcquire() failed (0 when unknown).
    qint64 holderPid() const { return m_holderPid; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
    bool m_held = false;
    qint64 m_holderPid = 0;
};

} // namespace st
