#pragma once

#include <QString>

namespace st {

/// Guesses which of the four story languages a short message is written in: Hangul means
/// Korean, kana or kanji Japanese; Latin text is Spanish or English by its accents and
/// common words. Returns "" when it cannot tell (too short, numbers, other scripts).
class LanguageDetector
{
public:
    static QString detect(const QString& text);
};

} // namespace st
