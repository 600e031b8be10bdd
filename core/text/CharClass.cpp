#include "core/text/CharClass.h"

#include <QChar>

namespace st {
namespace {

enum class Group
{
    None,
    Hangul,
    Kana,
    Han
};

struct BlockRange
{
    char32_t first;
    char32_t last;
    CharClass::Block block;
    Group group;
};

using B = CharClass::Block;

// In order; the ranges do not overlap.
constexpr BlockRange kBlocks[] = {
    {0x1100, 0x11FF, B::HangulJamo, Group::Hangul},
    {0x3005, 0x3007, B::HanMarks, Group::Han},
    {0x3040, 0x309F, B::Hiragana, Group::Kana},
    {0x30A0, 0x30FF, B::Katakana, Group::Kana},
    {0x3130, 0x318F, B::HangulCompatibilityJamo, Group::Hangul},
    {0x31F0, 0x31FF, B::KatakanaPhoneticExtensions, Group::Kana},
    {0x3400, 0x4DBF, B::CjkExtensionA, Group::Han},
    {0x4E00, 0x9FFF, B::CjkUnifiedIdeographs, Group::Han},
    {0xA960, 0xA97F, B::HangulJamoExtendedA, Group::Hangul},
    {0xAC00, 0xD7AF, B::HangulSyllables, Group::Hangul},
    {0xD7B0, 0xD7FF, B::HangulJamoExtendedB, Group::Hangul},
    {0xF900, 0xFAFF, B::CjkCompatibilityIdeographs, Group::Han},
    {0xFF66, 0xFF9F, B::HalfwidthKatakana, Group::Kana},
    {0x20000, 0x2FFFF, B::SupplementaryIdeographicPlane, Group::Han},
    {0x30000, 0x3134F, B::TertiaryIdeographicPlane, Group::Han},
};

/// The range \a c falls in, or null.
const BlockRange* rangeOf(char32_t c)
{
    if (c < kBlocks[0].first)
        return nullptr;
    for (const BlockRange& range : kBlocks) {
        if (c < range.first)
            return nullptr;
        if (c <= range.last)
            return &range;
    }
    return nullptr;
}

Group groupOf(char32_t c)
{
    const BlockRange* range = rangeOf(c);
    return range ? range->group : Group::None;
}

} // namespace

CharClass::Block CharClass::block(char32_t c)
{
    const BlockRange* range = rangeOf(c);
    return range ? range->block : Block::None;
}

bool CharClass::isHangul(char32_t c)
{
    return groupOf(c) == Group::Hangul;
}

bool CharClass::isKana(char32_t c)
{
    return groupOf(c) == Group::Kana;
}

bool CharClass::isHan(char32_t c)
{
    return groupOf(c) == Group::Han;
}

bool CharClass::isCjk(char32_t c)
{
    return rangeOf(c) != nullptr;
}

bool CharClass::isKanaLetter(char32_t c)
{
    return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA);
}

bool CharClass::isHangulScript(char32_t c)
{
    return QChar::script(c) == QChar::Script_Hangul;
}

bool CharClass::isKanaScript(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

bool CharClass::isHanScript(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool CharClass::isCjkScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

} // namespace st
