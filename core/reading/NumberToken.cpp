#include "core/reading/NumberToken.h"

namespace st {
namespace {

constexpr qint64 kLimit = 1'000'000'000'000'000LL; // 10^15

bool isSeparator(QChar c, QChar group)
{
    if (c == group)
        return true;
    return (group == u',' && c == u'，') || (group == u'.' && c == u'．');
}

bool isPoint(QChar c, QChar point)
{
    return c == point || (point == u'.' && c == u'．') || (point == u',' && c == u'，');
}

qint64 myriad(QChar c)
{
    switch (c.unicode()) {
    case u'万':
    case u'만':
        return 10'000LL;
    case u'億':
    case u'억':
        return 100'000'000LL;
    case u'兆':
    case u'조':
        return 1'000'000'000'000LL;
    default:
        return 0;
    }
}

/// The digits from \a i (with separators between groups of three); \a i moves past them.
/// -1 when they are too many to be read as a number.
qint64 wholeDigits(QStringView text, qsizetype& i, QChar group)
{
    qint64 value = 0;
    bool tooBig = false;
    qsizetype run = 0; // digits since the start or the last separator
    bool grouped = false;
    while (i < text.size()) {
        const int d = NumberToken::digit(text.at(i));
        if (d >= 0) {
            if (value > kLimit / 10)
                tooBig = true;
            else
                value = value * 10 + d;
            ++run;
            ++i;
            continue;
        }
        // A separator belongs to the number only before exactly three digits, and only
        // after a first group of one to three digits (or a group of three).
        if (isSeparator(text.at(i), group) && run >= 1 && (grouped ? run == 3 : run <= 3) &&
            i + 3 < text.size() + 0 && NumberToken::digit(text.at(i + 1)) >= 0 &&
            NumberToken::digit(text.at(i + 2)) >= 0 && NumberToken::digit(text.at(i + 3)) >= 0 &&
            (i + 4 >= text.size() || NumberToken::digit(text.at(i + 4)) < 0)) {
            grouped = true;
            run = 0;
            ++i;
            continue;
        }
        break;
    }
    return tooBig || value >= kLimit ? -1 : value;
}

} // namespace

int NumberToken::digit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

NumberToken NumberToken::scan(QStringView text, qsizetype from, QChar group, QChar point,
                              bool myriads)
{
    NumberToken token;
    token.start = from;
    qsizetype i = from;
    qint64 segment = wholeDigits(text, i, group);
    if (segment >= 0 && i + 1 < text.size() && isPoint(text.at(i), point) &&
        digit(text.at(i + 1)) >= 0) {
        ++i;
        while (i < text.size() && digit(text.at(i)) >= 0)
            token.decimals += QChar(u'0' + digit(text.at(i++)));
    }
    qint64 total = 0;
    while (myriads && segment >= 0 && !token.hasDecimals() && i < text.size()) {
        const qint64 m = myriad(text.at(i));
        if (m == 0 || segment == 0 || segment >= 10'000 || total % (m * 10'000) != 0)
            break;
        if (total + segment * m >= kLimit) {
            segment = -1;
            break;
        }
        total += segment * m;
        segment = 0;
        ++i;
        if (i < text.size() && digit(text.at(i)) >= 0)
            segment = wholeDigits(text, i, group);
    }
    token.whole = segment < 0 ? -1 : total + segment;
    token.length = i - from;
    return token;
}

bool NumberToken::scanTime(QStringView text, qsizetype from, int& hour, int& minutes,
                           qsizetype& end)
{
    qsizetype j = from;
    int h = 0;
    while (j < text.size() && digit(text.at(j)) >= 0) {
        h = h * 10 + digit(text.at(j++));
        if (j - from > 2)
            return false;
    }
    if (j == from || j + 2 >= text.size() || (text.at(j) != u':' && text.at(j) != u'：'))
        return false;
    const int m1 = digit(text.at(j + 1));
    const int m2 = digit(text.at(j + 2));
    if (m1 < 0 || m2 < 0 || (j + 3 < text.size() && digit(text.at(j + 3)) >= 0))
        return false;
    if (h > 24 || m1 * 10 + m2 > 59)
        return false;
    hour = h;
    minutes = m1 * 10 + m2;
    end = j + 3;
    return true;
}

} // namespace st
