#pragma once

#include <QtGlobal>

namespace st {

/// The one place that says whether a character is Hangul, kana or Han, in two views.
///
/// By block (code point ranges, fast, what a tokenizer or a splitter wants): block() names
/// the Unicode block a character sits in, and isHangul(), isKana(), isHan() and isCjk()
/// group the blocks. A caller that needs only some blocks (modern Hangul only, no
/// supplementary ideographs, …) tests block().
///
/// By script (the Unicode Script property, through QChar::script): the letters of a script
/// wherever they are encoded (enclosed, halfwidth, radicals, the ideographic planes), never
/// the punctuation all three share (script Common: 。「」・ー).
class CharClass
{
public:
    enum class Block
    {
        None,
        HangulJamo,                 ///< U+1100–U+11FF, conjoining jamo
        HanMarks,                   ///< U+3005–U+3007 々〆〇, in CJK Symbols and Punctuation
        Hiragana,                   ///< U+3040–U+309F
        Katakana,                   ///< U+30A0–U+30FF
        HangulCompatibilityJamo,    ///< U+3130–U+318F
        KatakanaPhoneticExtensions, ///< U+31F0–U+31FF (small ㇰ for Ainu)
        CjkExtensionA,              ///< U+3400–U+4DBF
        CjkUnifiedIdeographs,       ///< U+4E00–U+9FFF
        HangulJamoExtendedA,        ///< U+A960–U+A97F, Old Korean
        HangulSyllables,            ///< U+AC00–U+D7AF (가–힣 are U+AC00–U+D7A3)
        HangulJamoExtendedB,        ///< U+D7B0–U+D7FF, Old Korean
        CjkCompatibilityIdeographs, ///< U+F900–U+FAFF
        HalfwidthKatakana,          ///< U+FF66–U+FF9F, the letters of that part of
                                    ///< Halfwidth and Fullwidth Forms (not ･ U+FF65)
        SupplementaryIdeographicPlane, ///< U+20000–U+2FFFF, Extensions B to F
        TertiaryIdeographicPlane,      ///< U+30000–U+3134F, Extension G
    };

    /// The block of \a c among those above; None for any other character.
    static Block block(char32_t c);

    /// Hangul Jamo, Compatibility Jamo, Jamo Extended-A and -B, Syllables.
    static bool isHangul(char32_t c);
    /// Hiragana, Katakana, Katakana Phonetic Extensions, halfwidth katakana.
    static bool isKana(char32_t c);
    /// The CJK ideograph blocks and planes, with 々〆〇.
    static bool isHan(char32_t c);
    /// isHangul(), isKana() or isHan(): any block above.
    static bool isCjk(char32_t c);
    /// The kana syllables, small ones included, that no fold changes: Hiragana U+3041–U+3096
    /// and Katakana U+30A1–U+30FA (not the sound marks, ・ー, iteration marks or digraphs).
    static bool isKanaLetter(char32_t c);

    /// Script Hangul.
    static bool isHangulScript(char32_t c);
    /// Script Hiragana or Katakana.
    static bool isKanaScript(char32_t c);
    /// Script Han.
    static bool isHanScript(char32_t c);
    /// Any of the three scripts.
    static bool isCjkScript(char32_t c);

    /// ー U+30FC, the katakana-hiragana prolonged sound mark: script Common, yet part of
    /// a Japanese word (コーヒー).
    static constexpr char32_t kProlongedSoundMark = 0x30FC;
};

} // namespace st
