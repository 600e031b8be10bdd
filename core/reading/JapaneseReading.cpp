#include "core/reading/JapaneseReading.h"

#include "core/reading/JapaneseNumbers.h"
#include "core/reading/MecabTagger.h"
#include "core/reading/ReadingLog.h"

namespace st {
namespace {

bool hasIdeograph(const QString& s)
{
    for (QChar c : s) {
        if (JapaneseReading::isIdeograph(c))
            return true;
    }
    return false;
}

/// A word the dictionary does not know, kanji by kanji.
QString readUnknown(const QString& surface, MecabTagger& tagger)
{
    QString out;
    for (QChar c : surface) {
        if (!JapaneseReading::isIdeograph(c)) {
            out += c;
            continue;
        }
        const QVector<MecabWord> alone = tagger.words(QString(c));
        if (alone.size() == 1 && !alone.first().pronunciation.isEmpty())
            out += alone.first().pronunciation;
        else
            qCDebug(lcReading) << "no reading for" << c;
    }
    return out;
}

} // namespace

bool JapaneseReading::isIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

QString JapaneseReading::read(const QString& text, MecabTagger& tagger)
{
    const QString numbersRead = JapaneseNumbers::read(text);
    QString out;
    out.reserve(numbersRead.size() * 2);
    for (const MecabWord& word : tagger.words(numbersRead)) {
        if (word.spaceBefore && !out.isEmpty())
            out += u' ';
        if (!word.pronunciation.isEmpty() && !hasIdeograph(word.pronunciation))
            out += word.pronunciation;
        else if (hasIdeograph(word.surface))
            out += readUnknown(word.surface, tagger);
        else
            out += word.surface;
    }
    return out;
}

} // namespace st
