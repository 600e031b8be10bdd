#pragma once

#include <QString>

namespace st {

/// Where API keys live: the system keychain (QtKeychain: Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store) when one answers, otherwise a file in the data
/// folder readable only by the user (0600 in a 0700 folder). Never QSettings, the
/// database or a log.
class SecretStore
{
public:
    enum class Backend
    {
        Automatic,
        KeychainOnly,
        FileOnly
    };

    explicit SecretStore(QString dataDir, Backend backend = Backend::Automatic);

    QString read(const QString& name) const;
    bool write(const QString& name, const QString& secret);
    bool remove(const QString& name);
    /// "keychain" or "file": where the last write went.
    QString lastBackend() const { return m_lastBackend; }

private:
    QString filePath(const QString& name) const;
    bool writeFile(const QString& name, const QString& secret);
    QString readFile(const QString& name) const;

    QString m_dir;
    Backend m_backend;
    mutable QString m_lastBackend;
};

} // namespace st
