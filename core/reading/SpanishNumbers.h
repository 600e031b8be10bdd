#pragma once

#include <QString>

namespace st {

/// What espeak-ng reads wrongly in Spanish, written out before the text goes to the voice:
/// - ordinals (1.º → primero, 2.ª → segunda, 1.er → primer, 21.º → vigésimo primero);
/// - a number that agrees with the noun after it (espeak-ng says "uno hora", "veintiuno
///   personas", "doscientos personas"): 1 hora → una hora, 21 barcos → veintiún barcos,
///   200 personas → doscientas personas. Numbers from 1000 to 2099 written without a
///   separator are years and stay as they are;
/// - regnal numbers, ordinals up to X (Enrique II → Enrique segundo, Carlos V → Carlos
///   quinto; espeak-ng says "dos", "uve");
/// - units after a number (1 km → un kilómetro, 3 km/h → tres kilómetros por hora, 40 °C
///   → 40 grados) and the abbreviations of history books (a. C. → antes de Cristo, d. C.
///   → después de Cristo, s. XIX → siglo XIX, n.º → número).
/// espeak-ng reads other cardinals, years, thousands (1.200), decimals (3,5), % and Roman
/// numerals after "siglo" well, so those are left as they are.
class SpanishNumbers
{
public:
    static QString read(const QString& text);
    /// The ordinal of \a n (1–199) in the masculine or feminine; empty beyond.
    static QString ordinal(int n, bool feminine);
    /// \a n (0 ≤ n < 10^9) in words, as said before a noun of that gender: 1 → un / una,
    /// 21 → veintiún / veintiuna, 200 → doscientos / doscientas, 1.000.000 → un millón.
    static QString cardinal(qint64 n, bool feminine);
    /// Whether the noun \a word (singular or plural) is feminine, by its ending and a few
    /// exceptions (día, problema, mano, noche…).
    static bool isFeminine(const QString& word);
};

} // namespace st
