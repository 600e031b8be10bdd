#pragma once

#include "core/llm/ReplyStream.h"

#include <QTimer>

namespace st {

/// Streams a known text word by word at a set pace (0 ms: as fast as the event loop
/// allows, still asynchronously). CJK text, which has no spaces, goes a few characters at
/// a time.
class PacedReplyStream : public ReplyStream
{
    Q_OBJECT
public:
    PacedReplyStream(QString text, int msPerWord, QObject* parent = nullptr);

    void start() override;
    void cancel() override;

    /// The pieces \a text is streamed in (each keeps its trailing whitespace).
    static QStringList pieces(const QString& text);

private:
    void tick();

    QStringList m_pieces;
    int m_next = 0;
    QTimer m_timer;
};

} // namespace st
