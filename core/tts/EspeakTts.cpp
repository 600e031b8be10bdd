#include "core/tts/EspeakTts.h"

#include "core/tts/EspeakJob.h"
#include "core/tts/TtsLog.h"

#include <QStandardPaths>
#include <cmath>

namespace st {

EspeakTts::EspeakTts(const QString& program, QObject* parent)
    : TtsProvider(parent),
      m_program(program.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("espeak-ng"))
                                  : program)
{}

QString EspeakTts::defaultVoice(const QString& language) const
{
    if (language == QLatin1String("ko") || language == QLatin1String("ja") ||
        language == QLatin1String("es"))
        return language;
    return QStringLiteral("en-us");
}

int EspeakTts::wordsPerMinute(double speed)
{
    TtsRequest r;
    r.speed = speed;
    const int wpm = int(std::lround(175.0 * r.clampedSpeed()));
    return qBound(80, wpm, 450);
}

QStringList EspeakTts::arguments(const TtsRequest& request) const
{
    const QString voice = request.voice.isEmpty() ? defaultVoice(request.language) : request.voice;
    return {QStringLiteral("-v"),      voice,
            QStringLiteral("-s"),      QString::number(wordsPerMinute(request.speed)),
            QStringLiteral("-b"),      QStringLiteral("1"),
            QStringLiteral("--stdin"), QStringLiteral("--stdout")};
}

TtsJob* EspeakTts::synthesize(const TtsRequest& request)
{
    auto* job = new EspeakJob(request, this);
    job->start(m_program, arguments(request), m_timeoutMs, kMaxInputChars);
    return job;
}

} // namespace st
