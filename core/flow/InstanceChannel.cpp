#include "core/flow/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace st {
namespace {

constexpr qint64 kMaxMessageBytes = 64 * 1024; // a command line, not a file
const QByteArray kAck = QByteArrayLiteral("ok\n");

} // namespace

InstanceChannel::InstanceChannel(const QString& dataDir, QObject* parent)
    : QObject(parent), m_name(serverName(dataDir)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onConnection);
}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString& dataDir)
{
    const QFileInfo info(dataDir);
    const QString path =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    return QStringLiteral("storyteller-") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24));
}

bool InstanceChannel::listen()
{
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

void InstanceChannel::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream in(socket);
            in.startTransaction();
            QStringList arguments;
            in >> arguments;
            if (!in.commitTransaction())
                return; // not all there yet
            socket->write(kAck);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(arguments);
        });
    }
}

bool InstanceChannel::handOff(const QString& dataDir, const QStringList& arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (answer.size() < kAck.size() && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer.startsWith(kAck);
}

} // namespace st
