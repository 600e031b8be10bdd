#include "core/llm/PacedReplyStream.h"

#include <QRegularExpression>

namespace st {
namespace {

// Japanese and Chinese are written without spaces; Korean has them.
bool hasUnspacedScript(const QString& text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

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
        // Long runs without spaces (Japanese, Chinese) go out a few characters at a time;
        // a long word of a spaced language stays whole.
        while (piece.size() > 6 && hasUnspacedScript(piece)) {
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
