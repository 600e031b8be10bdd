#include "core/settings/SecretStore.h"

#include "core/settings/FinishedWithin.h"
#include "core/settings/SettingsLog.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace st {
namespace {

const QString kService = QStringLiteral("Storyteller");
constexpr int kKeychainTimeoutMs = 3000;

/// Runs a keychain job to its end (it answers quickly, or fails quickly without a service).
bool runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    // Unfinished at the deadline (the keyring still asking for its password) is a failure:
    // the key is then kept in the file, which must not be deleted as if stored elsewhere.
    const bool finished = FinishedWithin::run(
        &job, &QKeychain::Job::finished, [&job] { job.start(); }, kKeychainTimeoutMs);
    if (!finished)
        qCInfo(lcSettings) << "the keychain did not answer within" << kKeychainTimeoutMs << "ms";
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

SecretStore::SecretStore(QString dataDir, Backend backend)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("secrets"))), m_backend(backend)
{}

QString SecretStore::filePath(const QString& name) const
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(m_dir).filePath(safe);
}

QString SecretStore::readFile(const QString& name) const
{
    QFile file(filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool SecretStore::writeFile(const QString& name, const QString& secret)
{
    if (!QDir().mkpath(m_dir))
        return false;
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Restrict before the secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8());
    if (!file.commit())
        return false;
    QFile::setPermissions(filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastBackend = QStringLiteral("file");
    return true;
}

QString SecretStore::read(const QString& name) const
{
    if (m_backend != Backend::FileOnly) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(name);
        if (runJob(job)) {
            m_lastBackend = QStringLiteral("keychain");
            return job.textData();
        }
        if (m_backend == Backend::KeychainOnly)
            return {};
    }
    m_lastBackend = QStringLiteral("file");
    return readFile(name);
}

bool SecretStore::write(const QString& name, const QString& secret)
{
    if (secret.isEmpty())
        return remove(name);
    if (m_backend != Backend::FileOnly) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(name);
        job.setTextData(secret);
        if (runJob(job)) {
            QFile::remove(filePath(name)); // no stale copy in a file
            m_lastBackend = QStringLiteral("keychain");
            return true;
        }
        qCInfo(lcSettings) << "no keychain available; keeping the key in a private file";
        if (m_backend == Backend::KeychainOnly)
            return false;
    }
    return writeFile(name, secret);
}

bool SecretStore::remove(const QString& name)
{
    bool removed = false;
    if (m_backend != Backend::FileOnly) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(name);
        removed = runJob(job);
    }
    if (QFile::exists(filePath(name)))
        removed = QFile::remove(filePath(name)) || removed;
    return removed;
}

} // namespace st
