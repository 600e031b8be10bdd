#pragma once

#include <QString>

namespace st {

/// espeak-ng's Japanese voice spells Latin words letter by letter in English ("Mary" →
/// "M, A, R, Y"). A Japanese reading with Latin words in it goes to espeak-ng as SSML
/// (its -m option), each run of Latin words inside <voice name="en-us">, so names such as
/// "Mary Celeste" are said as words; the rest is escaped text.
class EspeakMarkup
{
public:
    /// \a reading as SSML when it has Latin words, else \a reading itself.
    static QString forJapanese(const QString& reading);
    /// True when \a engineText is SSML made by forJapanese() (espeak-ng then needs -m).
    static bool isMarkup(const QString& engineText);
};

} // namespace st
