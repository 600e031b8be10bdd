#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace st {

class Database;

/// Takes SQLite's write-ahead-log checkpoints off the thread that writes (the UI thread): a
/// checkpoint copies the logged pages into the database file and syncs it to disk, which
/// takes tens of milliseconds on a slow disk and would otherwise land on whichever write
/// filled the log — a stall in the middle of a streaming reply. While this object lives,
/// the connection of \a database does no automatic checkpoints and a worker thread with its
/// own connection runs a passive checkpoint (it never waits for, nor blocks, readers or the
/// writer) every \a intervalMs. Destroy it before the Database.
class WalCheckpointer : public QObject
{
public:
    static constexpr int kIntervalMs = 1500;

    explicit WalCheckpointer(Database& database, int intervalMs = kIntervalMs,
                             QObject* parent = nullptr);
    ~WalCheckpointer() override;

    /// Checkpoints done by the worker so far.
    int checkpoints() const { return m_done.load(); }
    /// Asks the worker for a checkpoint now.
    void checkpointSoon();

private:
    QSqlDatabase m_main;
    QThread m_thread;
    QObject* m_worker;
    QTimer m_timer;
    std::atomic<int> m_done{0};
};

} // namespace st
