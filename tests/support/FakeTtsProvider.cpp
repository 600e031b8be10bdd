#include "support/FakeTtsProvider.h"

#include "core/tts/WavFile.h"

#include <QTimer>
#include <QtEndian>
#include <cmath>

namespace st {
namespace {

class FakeJob : public TtsJob
{
public:
    FakeJob(TtsRequest request, QString providerId, FakeTtsProvider* owner)
        : TtsJob(std::move(request), std::move(providerId), owner), m_owner(owner)
    {}

    void end(TtsError::Kind kind, int status)
    {
        if (kind == TtsError::Kind::None) {
            finish(m_owner->makeAudio(request().text));
        } else {
            TtsError error = TtsError::make(kind, providerId(), QStringLiteral("fake failure"));
            error.httpStatus = status;
            fail(error);
        }
    }

protected:
    void abort() override { ++m_owner->cancelled; }

private:
    FakeTtsProvider* m_owner;
};

} // namespace

FakeTtsProvider::FakeTtsProvider(QString id, QObject* parent)
    : TtsProvider(parent), m_id(std::move(id))
{}

QString FakeTtsProvider::defaultVoice(const QString& language) const
{
    return QStringLiteral("fake-") + language;
}

TtsAudio FakeTtsProvider::audioFor(const QString& text)
{
    TtsAudio audio;
    audio.format = QStringLiteral("wav");
    audio.bytes = "FAKE:" + text.toUtf8();
    audio.durationMs = 100;
    return audio;
}

TtsAudio FakeTtsProvider::makeAudio(const QString& text) const
{
    if (wavMs <= 0)
        return audioFor(text);
    wav_file::Pcm pcm;
    pcm.sampleRate = wavRate;
    const qint64 frames = qint64(wavRate) * wavMs / 1000;
    pcm.samples.resize(frames * 2);
    auto* out = reinterpret_cast<qint16*>(pcm.samples.data());
    for (qint64 i = 0; i < frames; ++i)
        out[i] = qToLittleEndian(qint16(3000 * std::sin(2 * M_PI * 440.0 * double(i) / wavRate)));
    TtsAudio audio;
    audio.format = QStringLiteral("wav");
    audio.bytes = wav_file::encode(pcm);
    audio.durationMs = pcm.durationMs();
    return audio;
}

TtsJob* FakeTtsProvider::synthesize(const TtsRequest& request)
{
    requests.append(request);
    auto* job = new FakeJob(request, m_id, this);
    if (job->endEarly(maxChars, QStringLiteral("wav")))
        return job;
    TtsError::Kind kind = failAll;
    for (auto it = failFor.cbegin(); it != failFor.cend(); ++it) {
        if (request.text.contains(it.key()))
            kind = it.value();
    }
    m_open.append(job);
    int inFlight = 0;
    for (const auto& open : m_open)
        inFlight += open && !open->isDone() ? 1 : 0;
    maxInFlight = std::max(maxInFlight, inFlight);
    if (!manual) {
        const int status = failStatus;
        QTimer::singleShot(delayMs, job, [job, kind, status] {
            if (!job->isDone())
                static_cast<FakeJob*>(job)->end(kind, status);
        });
    }
    return job;
}

QVector<TtsJob*> FakeTtsProvider::openJobs() const
{
    QVector<TtsJob*> jobs;
    for (const auto& job : m_open) {
        if (job && !job->isDone())
            jobs.append(job.data());
    }
    return jobs;
}

void FakeTtsProvider::finishJob(int n)
{
    const QVector<TtsJob*> jobs = openJobs();
    if (n < jobs.size())
        static_cast<FakeJob*>(jobs[n])->end(TtsError::Kind::None, 0);
}

} // namespace st
