#pragma once

#include "support/FakeRequestParser.h"
#include "support/FakeResponse.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace st {

/// One client connection of FakeLlmServer: reads its requests (keep-alive, pipelined ones
/// answered in turn), asks the responder for each answer and writes it piece by piece,
/// with the delays and failures the FakeResponse asks for.
class FakeLlmConnection : public QObject
{
    Q_OBJECT

public:
    /// Called once per complete request; may fill in the request (it is recorded by the
    /// caller) and returns the answer.
    using Responder = std::function<FakeResponse(FakeRequest&)>;

    /// Takes ownership of \a socket.
    FakeLlmConnection(QTcpSocket* socket, Responder responder, QObject* parent = nullptr);

    /// Closes the connection at once.
    void abort();

Q_SIGNALS:
    /// The connection is closed (by either side); the connection may be deleted.
    void closed();

private:
    enum class State
    {
        Idle,
        Responding,
        Stalled,
        Closing
    };

    void onReadyRead();
    void onTimeout();
    void startNext();
    void writeHead();
    /// Writes pieces until one has a delay, the body ends or a limit stops it.
    void continueBody();
    /// Writes the piece, cut at the drop/stall limit; false when the limit is reached.
    bool writePiece(const QByteArray& bytes);
    void endBody();
    /// The drop or stall limit is reached.
    void halt();
    void write(const QByteArray& bytes);
    qint64 limit() const;

    QTcpSocket* m_socket;
    Responder m_responder;
    FakeRequestParser m_parser;
    QTimer m_timer;
    State m_state = State::Idle;
    FakeResponse m_response;
    QVector<FakeBodyPiece> m_pieces;
    qsizetype m_next = 0;
    qint64 m_sent = 0;
    bool m_headWritten = false;
    bool m_waited = false;
    bool m_keepAlive = true;
};

} // namespace st
