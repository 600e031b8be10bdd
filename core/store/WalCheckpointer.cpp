#include "core/store/WalCheckpointer.h"

#include "core/store/Database.h"
#include "core/store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace st {
namespace {

const auto kAutoCheckpointOff = QStringLiteral("PRAGMA wal_autocheckpoint = 0");
const auto kAutoCheckpointOn =
    QStringLiteral("PRAGMA wal_autocheckpoint = 1000"); // SQLite's default
const auto kCheckpoint = QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");

} // namespace

WalCheckpointer::WalCheckpointer(Database& database, int intervalMs, QObject* parent)
    : QObject(parent), m_main(database.connection()), m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    const QString path = database.path();
    const QString name =
        QStringLiteral("checkpointer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The worker's connection is opened, used and closed in the worker's thread.
    connect(&m_thread, &QThread::finished, m_worker, [name] {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpointSoon);
    m_worker->setProperty("path", path);
    m_worker->setProperty("connection", name);
    m_thread.setObjectName(QStringLiteral("wal-checkpoint"));
    m_thread.start(QThread::LowPriority);
    QSqlQuery off(m_main);
    if (!off.exec(kAutoCheckpointOff))
        qCWarning(lcStore) << "could not turn automatic checkpoints off:" << off.lastError().text();
    m_timer.start(intervalMs);
}

WalCheckpointer::~WalCheckpointer()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait();
    QSqlQuery on(m_main);
    on.exec(kAutoCheckpointOn);
}

void WalCheckpointer::checkpointSoon()
{
    QObject* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker] {
            const QString name = worker->property("connection").toString();
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isValid()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(worker->property("path").toString());
            }
            if (!db.isOpen() && !db.open()) {
                qCWarning(lcStore) << "checkpoint connection failed:" << db.lastError().text();
                return;
            }
            QSqlQuery q(db);
            if (!q.exec(kCheckpoint))
                qCDebug(lcStore) << "checkpoint skipped:" << q.lastError().text();
            else
                ++m_done;
        },
        Qt::QueuedConnection);
}

} // namespace st
