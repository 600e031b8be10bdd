#include "core/tts/EspeakTts.h"

#include "core/reading/SpeechReading.h"
#include "core/tts/EspeakJob.h"
#include "core/tts/EspeakMarkup.h"
#include "core/tts/TtsLog.h"

#include <QStandardPaths>
#include <QStringList>
#include <cmath>

namespace st {

EspeakTts::EspeakTts(const QString& program, QObject* parent)
    : TtsProvider(parent),
      m_program(program.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("espeak-ng"))
                                  : program),
      m_reading(std::make_unique<SpeechReading>())
{}

EspeakTts::~EspeakTts() = default;

QString EspeakTts::cacheTag() const
{
    return id() + u'/' + m_reading->tag();
}

void EspeakTts::setDictionary(const QString& dir)
{
    m_reading = std::make_unique<SpeechReading>(dir);
}

QString EspeakTts::readingError() const
{
    return m_reading->japaneseError();
}

QString EspeakTts::engineText(const TtsRequest& request)
{
    const QString reading = m_reading->read(request.text, request.language);
    return request.language == QLatin1String("ja") ? EspeakMarkup::forJapanese(reading) : reading;
}

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

QStringList EspeakTts::arguments(const TtsRequest& request, bool markup) const
{
    const QString voice = request.voice.isEmpty() ? defaultVoice(request.language) : request.voice;
    QStringList args;
    if (markup)
        args << QStringLiteral("-m");
    return args +
           QStringList{QStringLiteral("-v"),      voice,
                       QStringLiteral("-s"),      QString::number(wordsPerMinute(request.speed)),
                       QStringLiteral("-b"),      QStringLiteral("1"),
                       QStringLiteral("--stdin"), QStringLiteral("--stdout")};
}

TtsJob* EspeakTts::synthesize(const TtsRequest& request)
{
    // Too long a text fails as it is; the reading of a text within the limit may be
    // longer (katakana for kanji), so its limit is looser.
    if (request.text.size() > kMaxInputChars) {
        auto* job = new EspeakJob(request, this);
        job->start(m_program, arguments(request), m_timeoutMs, kMaxInputChars);
        return job;
    }
    TtsRequest read = request;
    read.text = engineText(request);
    auto* job = new EspeakJob(read, this);
    job->start(m_program, arguments(read, EspeakMarkup::isMarkup(read.text)), m_timeoutMs,
               kMaxInputChars * kReadingGrowth);
    return job;
}

} // namespace st
