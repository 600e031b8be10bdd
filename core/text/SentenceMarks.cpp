#include "core/text/SentenceMarks.h"

#include "core/text/CharClass.h"

#include <QStringList>
#include <algorithm>

namespace st::sentence_marks {

char32_t codePointAt(const QString& s, qsizetype i, int* length)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        if (length)
            *length = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    if (length)
        *length = 1;
    return c.unicode();
}

char32_t codePointBefore(const QString& s, qsizetype i, int* length)
{
    if (i >= 2 && s.at(i - 1).isLowSurrogate() && s.at(i - 2).isHighSurrogate()) {
        if (length)
            *length = 2;
        return QChar::surrogateToUcs4(s.at(i - 2), s.at(i - 1));
    }
    if (length)
        *length = 1;
    return s.at(i - 1).unicode();
}

bool isOneOf(char32_t c, QStringView set)
{
    return c <= 0xFFFF && set.contains(QChar(char16_t(c)));
}

bool isLatinTerminator(char32_t c)
{
    return isOneOf(c, u".!?…‼⁇⁈⁉‽");
}

bool isCjkTerminator(char32_t c)
{
    return isOneOf(c, u"。！？．｡");
}

bool isCloser(char32_t c)
{
    return isOneOf(c, u"\"'”’»›)]}」』）】〉》〕］｝〗〙＂＇");
}

/// Markdown emphasis and code marks, which may close a sentence: "**Gone.** Then".
bool isMarkdownMark(char32_t c)
{
    return c == u'*' || c == u'_' || c == u'`' || c == u'~';
}

/// Characters that may come before a sentence's first letter.
bool isOpener(char32_t c)
{
    return isOneOf(c, u"¿¡\"'“‘«‹([「『（【—–-*_`~");
}

/// Emoji and pictographs, and what joins or modifies them.
bool isEmojiPart(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x200D ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F) ||
           c == 0x2B50 || c == 0x2B55;
}

bool isWideLetter(char32_t c)
{
    using Block = CharClass::Block;
    switch (CharClass::block(c)) {
    case Block::Hiragana:
    case Block::Katakana:
    case Block::HalfwidthKatakana:
    case Block::CjkExtensionA:
    case Block::CjkUnifiedIdeographs:
    case Block::CjkCompatibilityIdeographs:
    case Block::SupplementaryIdeographicPlane:
        return true;
    default:
        return isHangul(c);
    }
}

bool isHangul(char32_t c)
{
    using Block = CharClass::Block;
    const Block block = CharClass::block(c);
    return block == Block::HangulSyllables || block == Block::HangulJamo ||
           block == Block::HangulCompatibilityJamo;
}

/// After a closing quote, what continues the same sentence in Japanese (「はい。」と言った).
bool continuesQuote(char32_t c)
{
    return c == u'と' || c == u'っ' || c == u'、' || c == u'，' || c == u',';
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == 0x2028 || c == 0x2029 || c == u'\v' || c == u'\f';
}

/// What "word." means when \a word (letters, digits and inner dots) comes before a period.
Abbreviation abbreviation(const QString& word)
{
    // Never the end of a sentence: titles, and Latin abbreviations followed by more.
    static const QString titles = QStringLiteral(
        " mr mrs ms mx dr dra st sr sra srta ud uds mt capt gen lt prof sgt gov rev pres lic ing"
        " av avda sto sta mme mlle vs e.g i.e cf u.s u.k ee approx dña excmo"
        // Spanish history: "s. XIX" (siglo), "a. C." and "d. C." (antes / después de Cristo).
        " s a d a.c d.c ");
    // The end unless the next word starts in lower case ("etc. and", "5 p.m. The").
    static const QString beforeLowercase =
        QStringLiteral(" etc jr a.m p.m uu inc ltd co corp bros ");
    // Not the end before a number ("No. 5", "pág. 12").
    static const QString beforeNumber = QStringLiteral(" no nos nr núm pág págs pp vol fig art ");
    const QString key = u' ' + word.toLower() + u' ';
    if (titles.contains(key))
        return Abbreviation::Title;
    if (beforeLowercase.contains(key))
        return Abbreviation::BeforeLowercase;
    if (beforeNumber.contains(key))
        return Abbreviation::BeforeNumber;
    // Initials: "J." "J.R.R." (not "I.", which is mostly the pronoun).
    const QStringList parts = word.split(u'.');
    const bool initials = std::all_of(parts.begin(), parts.end(), [](const QString& p) {
        return p.size() == 1 && p.at(0).isUpper();
    });
    if (initials && word != QStringLiteral("I"))
        return Abbreviation::Title;
    return Abbreviation::None;
}

/// A high surrogate whose low half has not arrived yet.
bool isCutPair(const QString& s, qsizetype i)
{
    return i + 1 == s.size() && s.at(i).isHighSurrogate();
}

/// Korean words that continue a sentence after a closing quote: “가자” 하고 말했다.
bool continuesKoreanQuote(QStringView rest)
{
    static const QStringList words =
        QStringLiteral("하고 하며 하면서 라고 라며 하는 라는 하자 이라고").split(u' ');
    return std::any_of(words.begin(), words.end(),
                       [rest](const QString& w) { return rest.startsWith(w); });
}

} // namespace st::sentence_marks
