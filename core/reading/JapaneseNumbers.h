#pragma once

#include <QString>

namespace st {

/// Japanese numbers written in digits, read out in katakana before the text goes to MeCab
/// (which reads 1872 digit by digit) and the voice: the number with the counter or unit
/// that follows it, as one word, with the counter's sound changes (1872年 →
/// センハッピャクナナジュウニネン, 12月4日 → ジュウニガツヨッカ, 10人 → ジュウニン,
/// 3本 → サンボン, 8時20分 → ハチジニジュップン). Thousands separators, decimals
/// (3.5 → サンテンゴ), 万/億/兆 after digits (1億2000万 → イチオクニセンマン), times
/// (10:30 → ジュウジサンジュップン) and % are read too. Everything else is left as it is.
class JapaneseNumbers
{
public:
    static QString read(const QString& text);
    /// The reading of \a n (0 ≤ n < 10^16): 1872 → センハッピャクナナジュウニ.
    static QString number(qint64 n);
};

} // namespace st
