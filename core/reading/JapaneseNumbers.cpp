#include "core/reading/JapaneseNumbers.h"

#include "core/reading/NumberToken.h"

#include <QStringList>
#include <array>

namespace st {
namespace {

const std::array<QStringView, 10> kDigits = {u"ゼロ", u"イチ", u"ニ",   u"サン", u"ヨン",
                                             u"ゴ",   u"ロク", u"ナナ", u"ハチ", u"キュウ"};

/// 1–9999.
QString belowMyriad(int n)
{
    static const std::array<QStringView, 10> thousands = {
        u"",       u"セン",     u"ニセン",   u"サンゼン", u"ヨンセン",
        u"ゴセン", u"ロクセン", u"ナナセン", u"ハッセン", u"キュウセン"};
    static const std::array<QStringView, 10> hundreds = {
        u"",         u"ヒャク",     u"ニヒャク",   u"サンビャク", u"ヨンヒャク",
        u"ゴヒャク", u"ロッピャク", u"ナナヒャク", u"ハッピャク", u"キュウヒャク"};
    QString out;
    out += thousands[size_t(n / 1000)];
    out += hundreds[size_t(n / 100 % 10)];
    const int tens = n / 10 % 10;
    if (tens > 1)
        out += kDigits[size_t(tens)];
    if (tens > 0)
        out += u"ジュウ";
    if (n % 10 > 0)
        out += kDigits[size_t(n % 10)];
    return out;
}

/// How a counter changes the end of the number before it.
struct Counter
{
    QStringView word;    // as written after the number
    QStringView reading; // its usual reading, after any number
    /// Readings of the last part of the number with the counter, "N:reading" separated
    /// by spaces: N 1–9 for a last digit, 10 for a number that ends in a ten (10, 20,
    /// 110…). What is not there takes the usual reading.
    QStringView last = {};
    /// Whole numbers with a reading of their own (1日 → ツイタチ, 2人 → フタリ), the same way.
    QStringView whole = {};
};

/// The reading given for \a n in a "N:reading N:reading" list; empty when none.
QStringView lookup(QStringView list, qint64 n)
{
    for (QStringView entry : list.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = entry.indexOf(u':');
        if (colon > 0 && entry.left(colon).toLongLong() == n)
            return entry.mid(colon + 1);
    }
    return {};
}

// Longest first where one counter begins another (年間 before 年).
const QList<Counter>& counters()
{
    static const QList<Counter> table = {
        {u"年間", u"ネンカン", u"4:ヨネンカン 9:キュウネンカン"},
        {u"年代", u"ネンダイ"},
        {u"年前", u"ネンマエ", u"4:ヨネンマエ 9:キュウネンマエ"},
        {u"年後", u"ネンゴ", u"4:ヨネンゴ 9:キュウネンゴ"},
        {u"年", u"ネン", u"4:ヨネン 9:キュウネン"},
        {u"か月", u"カゲツ", u"1:イッカゲツ 6:ロッカゲツ 8:ハッカゲツ 10:ジュッカゲツ"},
        {u"カ月", u"カゲツ", u"1:イッカゲツ 6:ロッカゲツ 8:ハッカゲツ 10:ジュッカゲツ"},
        {u"ヶ月", u"カゲツ", u"1:イッカゲツ 6:ロッカゲツ 8:ハッカゲツ 10:ジュッカゲツ"},
        {u"ケ月", u"カゲツ", u"1:イッカゲツ 6:ロッカゲツ 8:ハッカゲツ 10:ジュッカゲツ"},
        {u"月", u"ガツ", {}, u"4:シガツ 7:シチガツ 9:クガツ"},
        {u"日間",
         u"ニチカン",
         {},
         u"2:フツカカン 3:ミッカカン 4:ヨッカカン 5:イツカカン 6:ムイカカン 7:ナノカカン "
         u"8:ヨウカカン 9:ココノカカン 10:トオカカン 14:ジュウヨッカカン 20:ハツカカン"},
        {u"日", u"ニチ", u"4:ヨッカ 7:シチニチ 9:クニチ",
         u"2:フツカ 3:ミッカ 4:ヨッカ 5:イツカ 6:ムイカ 7:ナノカ 8:ヨウカ 9:ココノカ "
         u"10:トオカ 20:ハツカ"},
        {u"人", u"ニン", u"4:ヨニン 7:ナナニン", u"1:ヒトリ 2:フタリ"},
        {u"時間", u"ジカン", u"4:ヨジカン 7:シチジカン 9:クジカン"},
        {u"時", u"ジ", u"4:ヨジ 7:シチジ 9:クジ"},
        {u"分の", u"ブンノ"}, // 3分の1: a fraction, not minutes
        {u"分間", u"フンカン",
         u"1:イップンカン 3:サンプンカン 4:ヨンプンカン 6:ロップンカン 8:ハップンカン "
         u"10:ジュップンカン"},
        {u"分", u"フン", u"1:イップン 3:サンプン 4:ヨンプン 6:ロップン 8:ハップン 10:ジュップン"},
        {u"秒", u"ビョウ"},
        {u"週間", u"シュウカン", u"1:イッシュウカン 8:ハッシュウカン 10:ジュッシュウカン"},
        {u"世紀", u"セイキ", u"1:イッセイキ 8:ハッセイキ 10:ジュッセイキ"},
        {u"歳", u"サイ", u"1:イッサイ 8:ハッサイ 10:ジュッサイ", u"20:ハタチ"},
        {u"才", u"サイ", u"1:イッサイ 8:ハッサイ 10:ジュッサイ", u"20:ハタチ"},
        {u"回目", u"カイメ", u"1:イッカイメ 6:ロッカイメ 8:ハッカイメ 10:ジュッカイメ"},
        {u"回", u"カイ", u"1:イッカイ 6:ロッカイ 8:ハッカイ 10:ジュッカイ"},
        {u"階", u"カイ", u"1:イッカイ 3:サンガイ 6:ロッカイ 8:ハッカイ 10:ジュッカイ"},
        {u"個", u"コ", u"1:イッコ 6:ロッコ 8:ハッコ 10:ジュッコ"},
        {u"隻", u"セキ", u"1:イッセキ 8:ハッセキ 10:ジュッセキ"},
        {u"冊", u"サツ", u"1:イッサツ 8:ハッサツ 10:ジュッサツ"},
        {u"本", u"ホン", u"1:イッポン 3:サンボン 6:ロッポン 8:ハッポン 10:ジュッポン"},
        {u"匹", u"ヒキ", u"1:イッピキ 3:サンビキ 6:ロッピキ 8:ハッピキ 10:ジュッピキ"},
        {u"杯", u"ハイ", u"1:イッパイ 3:サンバイ 6:ロッパイ 8:ハッパイ 10:ジュッパイ"},
        {u"発", u"ハツ", u"1:イッパツ 3:サンパツ 6:ロッパツ 8:ハッパツ 10:ジュッパツ"},
        {u"軒", u"ケン", u"1:イッケン 3:サンゲン 6:ロッケン 8:ハッケン 10:ジュッケン"},
        {u"件", u"ケン", u"1:イッケン 6:ロッケン 8:ハッケン 10:ジュッケン"},
        {u"通", u"ツウ", u"1:イッツウ 8:ハッツウ 10:ジュッツウ"},
        {u"機", u"キ", u"1:イッキ 6:ロッキ 8:ハッキ 10:ジュッキ"},
        {u"頭", u"トウ", u"1:イットウ 8:ハットウ 10:ジュットウ"},
        {u"点", u"テン", u"1:イッテン 8:ハッテン 10:ジュッテン"},
        {u"つ",
         u"ツ",
         {},
         u"1:ヒトツ 2:フタツ 3:ミッツ 4:ヨッツ 5:イツツ 6:ムッツ 7:ナナツ 8:ヤッツ 9:ココノツ "
         u"10:トオ"},
        {u"番目", u"バンメ"},
        {u"番", u"バン"},
        {u"号", u"ゴウ"},
        {u"度", u"ド"},
        {u"名", u"メイ"},
        {u"枚", u"マイ"},
        {u"台", u"ダイ"},
        {u"倍", u"バイ"},
        {u"位", u"イ"},
        {u"円", u"エン", u"4:ヨエン"},
        {u"%", u"パーセント", u"10:ジュッパーセント"},
        {u"％", u"パーセント", u"10:ジュッパーセント"},
        {u"℃", u"ド"},
    };
    return table;
}

/// \a n read with \a counter after it.
QString withCounter(qint64 n, const Counter& counter)
{
    const QStringView whole = lookup(counter.whole, n);
    if (!whole.isEmpty())
        return whole.toString();
    const int lastDigit = int(n % 10);
    const QStringView last = lookup(counter.last, lastDigit == 0 ? 10 : lastDigit);
    if (lastDigit != 0 && !last.isEmpty())
        return (n >= 10 ? JapaneseNumbers::number(n - lastDigit) : QString()) + last;
    if (lastDigit == 0 && n % 100 != 0 && !last.isEmpty()) {
        const int tens = int(n / 10 % 10);
        QString head = n >= 100 ? JapaneseNumbers::number(n - n % 100) : QString();
        if (tens > 1)
            head += kDigits[size_t(tens)];
        return head + last;
    }
    return JapaneseNumbers::number(n) + counter.reading;
}

const Counter* counterAt(QStringView text)
{
    for (const Counter& c : counters()) {
        if (text.startsWith(c.word))
            return &c;
    }
    return nullptr;
}

QString digitsOneByOne(QStringView digits)
{
    QString out;
    for (QChar c : digits) {
        const int d = NumberToken::digit(c);
        if (d >= 0)
            out += kDigits[size_t(d)];
    }
    return out;
}

/// "10:30" at \a i: the hour and minutes (true), read with their counters into \a out.
bool readTime(QStringView text, qsizetype& i, QString& out)
{
    int hour = 0;
    int minutes = 0;
    if (!NumberToken::scanTime(text, i, hour, minutes, i))
        return false;
    out += withCounter(hour, *counterAt(u"時"));
    if (minutes > 0)
        out += withCounter(minutes, *counterAt(u"分"));
    return true;
}

} // namespace

QString JapaneseNumbers::number(qint64 n)
{
    if (n <= 0)
        return kDigits[0].toString();
    static const std::array<QStringView, 4> myriads = {u"", u"マン", u"オク", u"チョウ"};
    QStringList groups;
    for (size_t unit = 0; n > 0 && unit < myriads.size(); ++unit, n /= 10'000) {
        const int group = int(n % 10'000);
        if (group == 0)
            continue;
        QString g = belowMyriad(group);
        // 1000万 is イッセンマン, 1000億 イッセンオク.
        if (unit > 0 && group >= 1000 && group < 2000)
            g.replace(0, 2, QStringLiteral("イッセン"));
        groups.prepend(g + myriads[unit]);
    }
    return groups.join(QString());
}

QString JapaneseNumbers::read(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    const QStringView view(text);
    qsizetype i = 0;
    while (i < view.size()) {
        if (NumberToken::digit(view.at(i)) < 0) {
            out += view.at(i++);
            continue;
        }
        if (readTime(view, i, out))
            continue;
        const NumberToken token = NumberToken::scan(view, i, u',', u'.', true);
        i += token.length;
        if (token.whole < 0) {
            out += digitsOneByOne(view.mid(token.start, token.length));
            continue;
        }
        QString reading;
        if (token.hasDecimals())
            reading = number(token.whole) + u"テン" + digitsOneByOne(token.decimals);
        const Counter* counter = counterAt(view.mid(i));
        if (counter && !token.hasDecimals()) {
            // 1日 after a month is the first of the month; alone it is one day.
            if (counter->word == QStringView(u"日") && token.whole == 1)
                reading =
                    out.endsWith(u"ガツ") ? QStringLiteral("ツイタチ") : QStringLiteral("イチニチ");
            else
                reading = withCounter(token.whole, *counter);
            i += counter->word.size();
        } else if (counter) {
            reading += counter->reading;
            i += counter->word.size();
        } else if (!token.hasDecimals()) {
            reading = number(token.whole);
        }
        out += reading;
    }
    return out;
}

} // namespace st
