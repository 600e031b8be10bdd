#pragma once

#include <QString>
#include <QStringView>

/// The character classes and word rules SentenceSplitter decides by: sentence marks in
/// Latin and CJK text, closing quotes, openers, emoji, line breaks, abbreviations.
namespace st::sentence_marks {

enum class Abbreviation
{
    None,
    Title,
    BeforeLowercase,
    BeforeNumber
};

char32_t codePointAt(const QString& s, qsizetype i, int* length = nullptr);

char32_t codePointBefore(const QString& s, qsizetype i, int* length = nullptr);

bool isOneOf(char32_t c, QStringView set);

bool isLatinTerminator(char32_t c);

bool isCjkTerminator(char32_t c);

bool isCloser(char32_t c);

/// Markdown emphasis and code marks, which may close a sentence: "**Gone.** Then".
bool isMarkdownMark(char32_t c);

/// Characters that may come before a sentence's first letter.
bool isOpener(char32_t c);

/// Emoji and pictographs, and what joins or modifies them.
bool isEmojiPart(char32_t c);

bool isWideLetter(char32_t c);

bool isHangul(char32_t c);

/// After a closing quote, what continues the same sentence in Japanese (「はい。」と言った).
bool continuesQuote(char32_t c);

bool isLineBreak(char32_t c);

/// What "word." means when \a word (letters, digits and inner dots) comes before a period.
Abbreviation abbreviation(const QString& word);

/// A high surrogate whose low half has not arrived yet.
bool isCutPair(const QString& s, qsizetype i);

/// Korean words that continue a sentence after a closing quote: “가자” 하고 말했다.
bool continuesKoreanQuote(QStringView rest);

} // namespace st::sentence_marks
