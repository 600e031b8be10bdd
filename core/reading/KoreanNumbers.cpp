#include "core/reading/KoreanNumbers.h"

#include "core/reading/NumberToken.h"

#include <QStringList>
#include <array>

namespace st {
namespace {

const std::array<QStringView, 10> kSino = {u"영", u"일", u"이", u"삼", u"사",
                                           u"오", u"육", u"칠", u"팔", u"구"};

QString sinoBelowMyriad(int n)
{
    static const std::array<QStringView, 4> units = {u"천", u"백", u"십", u""};
    QString out;
    int divisor = 1000;
    for (size_t i = 0; i < units.size(); ++i, divisor /= 10) {
        const int d = n / divisor % 10;
        if (d == 0)
            continue;
        if (d > 1 || i == 3)
            out += kSino[size_t(d)];
        out += units[i];
    }
    return out;
}

/// Counters said with native numbers (below 100). Longest first where one begins another.
const QList<QStringView>& nativeCounters()
{
    static const QList<QStringView> list = {
        u"번째", u"사람", u"시간", u"군데", u"켤레", u"가지", u"마리", u"명", u"개", u"살",
        u"척",   u"권",   u"채",   u"잔",   u"벌",   u"번",   u"달",   u"곳", u"시"};
    return list;
}

/// Sino-Korean counters and units whose reading matters here (months change their sound).
const QList<QStringView>& sinoCounters()
{
    static const QList<QStringView> list = {u"개월", u"달러", u"번지", u"월",
                                            u"분",   u"초",   u"년",   u"일"};
    return list;
}

QStringView counterAt(QStringView rest, const QList<QStringView>& list)
{
    // Words that begin like a native counter but take Sino-Korean numbers.
    static const QList<QStringView> sinoWords = {u"개월", u"달러", u"번지", u"시기"};
    for (QStringView w : sinoWords) {
        if (rest.startsWith(w))
            return list.contains(w) ? w : QStringView();
    }
    for (QStringView c : list) {
        if (rest.startsWith(c))
            return c;
    }
    return {};
}

/// "3:20" at \a i: 세 시 이십 분 (native hours up to 12) into \a out.
bool readTime(QStringView text, qsizetype& i, QString& out)
{
    int hour = 0;
    int minutes = 0;
    if (!NumberToken::scanTime(text, i, hour, minutes, i))
        return false;
    out += (hour >= 1 && hour <= 12 ? KoreanNumbers::native(hour) : KoreanNumbers::sino(hour)) +
           QStringLiteral(" 시");
    if (minutes > 0)
        out += u' ' + KoreanNumbers::sino(minutes) + QStringLiteral(" 분");
    return true;
}

} // namespace

QString KoreanNumbers::sino(qint64 n)
{
    if (n <= 0)
        return kSino[0].toString();
    static const std::array<QStringView, 4> myriads = {u"", u"만", u"억", u"조"};
    QStringList groups;
    for (size_t unit = 0; n > 0 && unit < myriads.size(); ++unit, n /= 10'000) {
        const int group = int(n % 10'000);
        if (group == 0)
            continue;
        // 10000 is 만, not 일만; 억 and 조 keep their 일.
        const QString g = (unit == 1 && group == 1) ? QString() : sinoBelowMyriad(group);
        groups.prepend(g + myriads[unit]);
    }
    return groups.join(QString());
}

QString KoreanNumbers::native(int n)
{
    static const std::array<QStringView, 10> tens = {u"",   u"열",   u"스물", u"서른", u"마흔",
                                                     u"쉰", u"예순", u"일흔", u"여든", u"아흔"};
    static const std::array<QStringView, 10> units = {u"",     u"한",   u"두",   u"세",   u"네",
                                                      u"다섯", u"여섯", u"일곱", u"여덟", u"아홉"};
    if (n <= 0 || n >= 100)
        return sino(n);
    if (n == 20)
        return QStringLiteral("스무");
    return tens[size_t(n / 10)].toString() + units[size_t(n % 10)];
}

QString KoreanNumbers::read(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    const QStringView view(text);
    qsizetype i = 0;
    while (i < view.size()) {
        if (NumberToken::digit(view.at(i)) < 0) {
            if (view.at(i) == u'%' || view.at(i) == u'％')
                out += QStringLiteral("퍼센트");
            else
                out += view.at(i);
            ++i;
            continue;
        }
        if (readTime(view, i, out))
            continue;
        const NumberToken token = NumberToken::scan(view, i, u',', u'.', true);
        i += token.length;
        if (token.whole < 0) {
            for (QChar c : view.mid(token.start, token.length)) {
                const int d = NumberToken::digit(c);
                out += d >= 0 ? kSino[size_t(d)].toString() : QString(c);
            }
            continue;
        }
        if (token.hasDecimals()) {
            out += sino(token.whole) + QStringLiteral(" 점 ");
            for (QChar c : token.decimals)
                out += kSino[size_t(NumberToken::digit(c))];
            continue;
        }
        // The counter may follow after one space ("10 명").
        const qsizetype gap = (i < view.size() && view.at(i) == u' ') ? 1 : 0;
        const QStringView rest = view.mid(i + gap);
        const QStringView native = counterAt(rest, nativeCounters());
        const qint64 n = token.whole;
        if (!native.isEmpty() && n >= 1 && n < 100 && !(native == u"시" && n > 12)) {
            out += (native == u"번째" && n == 1) ? QStringLiteral("첫")
                                                 : KoreanNumbers::native(int(n));
            if (gap == 0)
                out += u' ';
            continue;
        }
        const QStringView sinoCounter = counterAt(rest, sinoCounters());
        if (sinoCounter == u"월" && n == 6)
            out += QStringLiteral("유");
        else if (sinoCounter == u"월" && n == 10)
            out += QStringLiteral("시");
        else
            out += sino(n);
    }
    return out;
}

} // namespace st
