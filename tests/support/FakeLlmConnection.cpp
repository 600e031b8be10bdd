#include "support/FakeLlmConnection.h"

#include <QTcpSocket>

namespace st {
FakeLlmConnection::FakeLlmConnection(QTcpSocket* socket, Responder responder, QObject* parent)
    : QObject(parent), m_socket(socket), m_responder(std::move(responder))
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FakeLlmConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeLlmConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        m_state = State::Closing;
        Q_EMIT closed();
    });
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &FakeLlmConnection::onReadyRead);
}

void FakeLlmConnection::abort()
{
    m_timer.stop();
    m_state = State::Closing;
    m_socket->abort();
}

void FakeLlmConnection::onReadyRead()
{
    m_parser.feed(m_socket->readAll());
    if (m_state == State::Idle)
        startNext();
}

void FakeLlmConnection::onTimeout()
{
    if (m_state != State::Responding)
        return;
    if (!m_headWritten) {
        writeHead();
    } else {
        m_waited = true;
        continueBody();
    }
}

void FakeLlmConnection::startNext()
{
    if (!m_parser.hasRequest()) {
        if (m_parser.hasError()) {
            m_state = State::Closing;
            write(QByteArrayLiteral(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            m_socket->disconnectFromHost();
        }
        return;
    }
    FakeRequest request = m_parser.takeRequest();
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = request.httpVersion == "HTTP/1.0" ? connection.contains("keep-alive")
                                                    : !connection.contains("close");
    m_response = m_responder(request);
    if (m_response.closesConnection())
        m_keepAlive = false;
    m_pieces = m_response.piecesToSend();
    m_next = 0;
    m_sent = 0;
    m_headWritten = false;
    m_waited = false;
    m_state = State::Responding;
    if (m_response.headerDelayMs() > 0)
        m_timer.start(m_response.headerDelayMs());
    else
        writeHead();
}

void FakeLlmConnection::writeHead()
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status()) + ' ' +
                      m_response.reasonPhrase() + "\r\n";
    for (const auto& [name, value] : m_response.headers())
        head += name + ": " + value + "\r\n";
    if (m_response.header("content-length").isEmpty() &&
        m_response.header("transfer-encoding").isEmpty()) {
        if (m_response.isChunked()) {
            head += "Transfer-Encoding: chunked\r\n";
        } else {
            qint64 length = 0;
            for (const FakeBodyPiece& piece : m_pieces)
                length += piece.bytes.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
    }
    if (m_response.header("connection").isEmpty())
        head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    write(head);
    m_headWritten = true;
    continueBody();
}

void FakeLlmConnection::continueBody()
{
    while (m_state == State::Responding) {
        if (m_next >= m_pieces.size()) {
            endBody();
            return;
        }
        const int delay = m_pieces.at(m_next).delayMs;
        if (delay > 0 && !m_waited) {
            m_timer.start(delay);
            return;
        }
        m_waited = false;
        if (!writePiece(m_pieces.at(m_next++).bytes))
            return;
    }
}

bool FakeLlmConnection::writePiece(const QByteArray& bytes)
{
    QByteArray piece = bytes;
    const qint64 max = limit();
    const bool reached = max >= 0 && m_sent + piece.size() >= max;
    if (reached)
        piece.truncate(max - m_sent);
    if (!piece.isEmpty()) {
        if (m_response.isChunked())
            write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            write(piece);
        m_sent += piece.size();
    }
    if (reached)
        halt();
    return !reached;
}

void FakeLlmConnection::endBody()
{
    if (limit() >= 0) {
        halt();
        return;
    }
    if (m_response.isChunked())
        write(QByteArrayLiteral("0\r\n\r\n"));
    m_state = State::Idle;
    if (!m_keepAlive) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    startNext();
}

void FakeLlmConnection::halt()
{
    const qint64 drop = m_response.dropAfter();
    const qint64 stall = m_response.stallAfter();
    if (drop >= 0 && (stall < 0 || drop <= stall)) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // once the bytes written so far are out
    } else {
        m_state = State::Stalled;
    }
}

void FakeLlmConnection::write(const QByteArray& bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

qint64 FakeLlmConnection::limit() const
{
    const qint64 drop = m_response.dropAfter();
    const qint64 stall = m_response.stallAfter();
    if (drop < 0)
        return stall;
    if (stall < 0)
        return drop;
    return qMin(drop, stall);
}

} // namespace st
