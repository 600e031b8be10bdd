#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace st {

/// One app per data folder: the app that owns the folder (FolderLock) listens on a local
/// socket named after the folder; a second start on the same folder hands its arguments
/// over (handOff) and exits, and the first comes to the front (requested()).
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(const QString& dataDir, QObject* parent = nullptr);
    ~InstanceChannel() override;

    /// The socket's name for \a dataDir: the same for every spelling of the folder's path.
    static QString serverName(const QString& dataDir);
    /// Starts listening (a socket left by a crashed owner is replaced: call it only while
    /// holding the folder's lock).
    bool listen();
    /// Sends \a arguments to the app listening for \a dataDir; true when it acknowledged
    /// them within \a timeoutMs.
    static bool handOff(const QString& dataDir, const QStringList& arguments, int timeoutMs = 3000);

Q_SIGNALS:
    /// Another start on this folder, with its command-line arguments.
    void requested(const QStringList& arguments);

private:
    void onConnection();

    QString m_name;
    QLocalServer* m_server;
};

} // namespace st
