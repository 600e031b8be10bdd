#include "core/llm/PacedReplyStream.h"

#include <QRegularExpression>

namespace st {

PacedReplyStream::PacedReplyStream(QString text, int msPerWord, QObject* parent)
    : ReplyStream(parent), m_pieces(pieces(text))
{
    m_timer.setInterval(std::max(0, msPerWord));
    connect(&m_timer, &QTimer::timeout, this, &PacedReplyStream::tick);
}

QStringList PacedReplyStream::pieces(const QString& text)
{
    QStringList result;
    static const QRegularExpression word(QStringLiteral("\\s*\\S+\\s*"));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        QString piece = it.next().captured();
        // Long runs without spaces (Japanese) go out a few characters at a time.
        while (piece.size() > 6) {
            result.append(piece.left(3));
            piece = piece.mid(3);
        }
        result.append(piece);
    }
    return result;
}

void PacedReplyStream::start()
{
    if (isRunning())
        return;
    setRunning(true);
    m_timer.start();
}

void PacedReplyStream::cancel()
{
    if (!isRunning())
        return;
    m_timer.stop();
    setRunning(false);
    Q_EMIT cancelled();
}

void PacedReplyStream::tick()
{
    if (m_next >= m_pieces.size()) {
        m_timer.stop();
        setRunning(false);
        Q_EMIT finished();
        return;
    }
    // At full speed (0 ms) several pieces go out per tick, still through the event loop.
    const int batch = m_timer.interval() == 0 ? 32 : 1;
    for (int i = 0; i < batch && m_next < m_pieces.size(); ++i)
        appendDelta(m_pieces.at(m_next++));
}

} // namespace st
