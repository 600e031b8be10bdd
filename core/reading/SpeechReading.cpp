#include "core/reading/SpeechReading.h"

#include "core/reading/JapaneseNumbers.h"
#include "core/reading/JapaneseReading.h"
#include "core/reading/KoreanNumbers.h"
#include "core/reading/MecabTagger.h"
#include "core/reading/SpanishNumbers.h"

namespace st {

SpeechReading::SpeechReading(const QString& dictionaryDir) : m_dictionaryDir(dictionaryDir) {}

SpeechReading::~SpeechReading() = default;

MecabTagger* SpeechReading::tagger()
{
    if (!m_opened) {
        m_opened = true;
        m_tagger = MecabTagger::open(m_dictionaryDir, &m_error);
    }
    return m_tagger.get();
}

QString SpeechReading::read(const QString& speech, const QString& language)
{
    if (language == QLatin1String("ja")) {
        if (MecabTagger* t = tagger())
            return JapaneseReading::read(speech, *t);
        return JapaneseNumbers::read(speech);
    }
    if (language == QLatin1String("ko"))
        return KoreanNumbers::read(speech);
    if (language == QLatin1String("es"))
        return SpanishNumbers::read(speech);
    return speech;
}

QString SpeechReading::tag()
{
    return QStringLiteral("reading%1").arg(kVersion) +
           (tagger() ? QString() : QStringLiteral("-nodic"));
}

QString SpeechReading::japaneseError()
{
    tagger();
    return m_error;
}

} // namespace st
