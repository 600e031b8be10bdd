#pragma once

#include "core/llm/LlmError.h"
#include "core/llm/TokenUsage.h"

#include <QObject>
#include <QString>

namespace st {

/// A reply that arrives piece by piece: a scripted narrator's known text paced word by word
/// (PacedReplyStream) or a model's over HTTP (NetworkReplyStream, from ModelClient::chat).
/// The UI and the store see only this interface, so they cannot tell the two apart.
class ReplyStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    /// Stops at once; the text received so far stays valid. Emits cancelled().
    virtual void cancel() = 0;

    QString text() const { return m_text; }
    bool isRunning() const { return m_running; }
    /// Why the stream failed or stopped (Kind::None after a normal end).
    LlmError error() const { return m_error; }
    TokenUsage usage() const { return m_usage; }

Q_SIGNALS:
    void delta(const QString& piece);
    void finished();
    void cancelled();
    void failed(const QString& message);
    /// A request failed in a way worth retrying; the next try starts in \a delayMs.
    void retrying(int attempt, int delayMs);

protected:
    void appendDelta(const QString& piece)
    {
        m_text.append(piece);
        Q_EMIT delta(piece);
    }
    void setRunning(bool running) { m_running = running; }
    void setError(const LlmError& error) { m_error = error; }
    void setUsage(const TokenUsage& usage) { m_usage = usage; }

private:
    QString m_text;
    bool m_running = false;
    LlmError m_error;
    TokenUsage m_usage;
};

} // namespace st
