#pragma once

#include <QStringList>
#include <QStringView>

namespace st {

/// How much of one short text (a heading) is made of the words of another (the title).
class TextSimilarity
{
public:
    /// Lower-cased words: runs of letters, digits and marks; every Han ideograph and kana
    /// is a word of its own, as Chinese and Japanese put no spaces between words.
    static QStringList tokens(QStringView text);
    /// 1 − (the joined length of b's words that are not words of a) / (joined length of
    /// b's words): 1 when every word of b is in a, 0 when none is or either has no words.
    static double similarity(QStringView a, QStringView b);
    static bool isCjkCharacter(char32_t c);
};

} // namespace st
