#include "core/tts/TtsJob.h"

#include "core/tts/TtsLog.h"

#include <QTimer>

namespace st {

TtsJob::TtsJob(TtsRequest request, QString providerId, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_providerId(std::move(providerId))
{
    static const bool registered = [] {
        qRegisterMetaType<st::TtsAudio>();
        qRegisterMetaType<st::TtsError>();
        return true;
    }();
    Q_UNUSED(registered);
}

void TtsJob::cancel()
{
    if (m_done)
        return;
    abort();
    qCDebug(lcTts) << m_providerId << "job cancelled";
    failLater(TtsError::make(TtsError::Kind::Cancelled, m_providerId));
}

bool TtsJob::endEarly(int maxInputChars, const QString& format)
{
    if (m_request.text.size() > maxInputChars) {
        failLater(TtsError::make(TtsError::Kind::InputTooLong, m_providerId,
                                 QStringLiteral("%1 characters, at most %2")
                                     .arg(m_request.text.size())
                                     .arg(maxInputChars)));
        return true;
    }
    if (m_request.text.trimmed().isEmpty()) {
        TtsAudio silence;
        silence.format = format;
        silence.durationMs = 0;
        finishLater(silence);
        return true;
    }
    return false;
}

void TtsJob::finish(const TtsAudio& audio)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(audio);
}

void TtsJob::fail(TtsError error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.providerId.isEmpty())
        error.providerId = m_providerId;
    qCInfo(lcTts) << m_providerId << "failed:" << TtsError::kindName(error.kind) << error.httpStatus
                  << error.code;
    Q_EMIT failed(error);
}

void TtsJob::failLater(TtsError error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.providerId.isEmpty())
        error.providerId = m_providerId;
    QTimer::singleShot(0, this, [this, error] {
        qCInfo(lcTts) << m_providerId << "failed:" << TtsError::kindName(error.kind);
        Q_EMIT failed(error);
    });
}

void TtsJob::finishLater(const TtsAudio& audio)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, audio] { Q_EMIT finished(audio); });
}

} // namespace st
