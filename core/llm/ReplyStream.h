#pragma once

#include <QObject>
#include <QString>

namespace st {

/// A reply that arrives piece by piece: the offline narrator's and, later, a model's.
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

Q_SIGNALS:
    void delta(const QString& piece);
    void finished();
    void cancelled();
    void failed(const QString& message);

protected:
    void appendDelta(const QString& piece)
    {
        m_text.append(piece);
        Q_EMIT delta(piece);
    }
    void setRunning(bool running) { m_running = running; }

private:
    QString m_text;
    bool m_running = false;
};

} // namespace st
