#pragma once

#include <QString>

namespace st {

class MecabTagger;

/// Japanese text as the local voice can say it: espeak-ng reads kana well but says every
/// kanji as "Chinese letter". Numbers are read first (JapaneseNumbers), then each word
/// becomes its pronunciation in katakana (MeCab with the NAIST dictionary: 船長のデイヴィッド
/// ・モアハウスは → センチョーノデイヴィッド・モアハウスワ). Kana, Latin words and names,
/// and punctuation the dictionary does not know stay as written; a kanji in a word the
/// dictionary does not know is read on its own, and left out when even that fails (the
/// voice would only say "Chinese letter").
class JapaneseReading
{
public:
    static QString read(const QString& text, MecabTagger& tagger);
    /// True for a CJK unified ideograph (a kanji), U+3400–U+9FFF, U+F900–U+FAFF.
    static bool isIdeograph(QChar c);
};

} // namespace st
