#pragma once

#include <QString>

namespace st {

/// Korean numbers written in digits, read out in Hangul before the text goes to the voice.
/// espeak-ng reads every number as Sino-Korean and leaves % in English; a Korean reader
/// says native numbers before the counters of people, things, ages, hours and times
/// (10명 → 열 명, 3시 → 세 시, 14척 → 열네 척, 20살 → 스무 살, 첫 번째), Sino-Korean before
/// years, months, days, minutes and units (1872년 → 천팔백칠십이년, with 6월 → 유월 and
/// 10월 → 시월), decimals with 점 (3.5 → 삼 점 오), % as 퍼센트 and times (3:20 → 세 시
/// 이십 분). Native numbers are used below 100 (above that the counter takes Sino-Korean).
class KoreanNumbers
{
public:
    static QString read(const QString& text);
    /// Sino-Korean reading of \a n (0 ≤ n < 10^16): 1872 → 천팔백칠십이.
    static QString sino(qint64 n);
    /// Native reading of \a n (1–99) as it is said before a counter: 1 → 한, 20 → 스무,
    /// 24 → 스물네.
    static QString native(int n);
};

} // namespace st
