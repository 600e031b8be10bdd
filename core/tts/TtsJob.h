#pragma once

#include "core/tts/TtsAudio.h"
#include "core/tts/TtsError.h"
#include "core/tts/TtsRequest.h"

#include <QObject>

namespace st {

/// The speech for one TtsRequest (one sentence), under way. A TtsProvider returns it
/// started; it ends with exactly one of finished() or failed(), always emitted from the
/// event loop (never inside synthesize() or cancel()), so connecting after synthesize()
/// returns is safe.
///
/// Ownership: the job is a child of its provider; whoever asked for it deletes it
/// (deleteLater() from a slot) when done with it. Deleting a job stops its work silently.
class TtsJob : public QObject
{
    Q_OBJECT
public:
    explicit TtsJob(TtsRequest request, QString providerId, QObject* parent = nullptr);

    const TtsRequest& request() const { return m_request; }
    const QString& providerId() const { return m_providerId; }
    /// finished() or failed() was emitted or is on its way.
    bool isDone() const { return m_done; }

    /// Stops the work (kills the process, aborts the request); failed() with
    /// TtsError::Kind::Cancelled follows from the event loop. Nothing when already done.
    void cancel();

    /// For providers, before any work: ends the job from the event loop when the text is
    /// longer than \a maxInputChars (failed(), InputTooLong) or blank (finished() with
    /// empty audio of \a format); true when it did.
    bool endEarly(int maxInputChars, const QString& format);

Q_SIGNALS:
    void finished(const st::TtsAudio& audio);
    void failed(const st::TtsError& error);

protected:
    /// Stops the work without emitting anything.
    virtual void abort() = 0;
    /// Emits finished() now; call it from an event-loop callback only.
    void finish(const TtsAudio& audio);
    /// Emits failed() now; call it from an event-loop callback only.
    void fail(TtsError error);
    /// Emits failed() from the event loop, e.g. for an error found before any work.
    void failLater(TtsError error);
    /// Emits finished() from the event loop.
    void finishLater(const TtsAudio& audio);

private:
    TtsRequest m_request;
    QString m_providerId;
    bool m_done = false;
};

} // namespace st
