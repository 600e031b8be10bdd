#include "core/reading/SpanishNumbers.h"

#include <QRegularExpression>
#include <QStringList>
#include <array>

namespace st {
namespace {

QRegularExpression re(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

/// Words after a number that are not the noun it counts.
const QStringList& spanishNotNouns()
{
    static const QStringList words = {
        QStringLiteral("de"),    QStringLiteral("del"),   QStringLiteral("y"),
        QStringLiteral("e"),     QStringLiteral("o"),     QStringLiteral("u"),
        QStringLiteral("a"),     QStringLiteral("al"),    QStringLiteral("en"),
        QStringLiteral("por"),   QStringLiteral("para"),  QStringLiteral("con"),
        QStringLiteral("se"),    QStringLiteral("que"),   QStringLiteral("fue"),
        QStringLiteral("era"),   QStringLiteral("es"),    QStringLiteral("hasta"),
        QStringLiteral("como"),  QStringLiteral("los"),   QStringLiteral("las"),
        QStringLiteral("el"),    QStringLiteral("la"),    QStringLiteral("lo"),
        QStringLiteral("sin"),   QStringLiteral("más"),   QStringLiteral("menos"),
        QStringLiteral("entre"), QStringLiteral("sobre"), QStringLiteral("tras"),
        QStringLiteral("desde"), QStringLiteral("ni"),    QStringLiteral("no")};
    return words;
}

QString feminine(const QString& masculine)
{
    QStringList words = masculine.split(u' ');
    for (QString& w : words) {
        if (w.endsWith(u'o'))
            w[w.size() - 1] = u'a';
    }
    return words.join(u' ');
}

struct Unit
{
    QStringView abbreviation;
    QStringView singular;
    QStringView plural;
    bool feminine = false;
};

// Longest first where one begins another (km/h before km).
const std::array<Unit, 10> kUnits = {{
    {u"km/h", u"kilómetro por hora", u"kilómetros por hora"},
    {u"km²", u"kilómetro cuadrado", u"kilómetros cuadrados"},
    {u"km", u"kilómetro", u"kilómetros"},
    {u"m²", u"metro cuadrado", u"metros cuadrados"},
    {u"cm", u"centímetro", u"centímetros"},
    {u"mm", u"milímetro", u"milímetros"},
    {u"kg", u"kilogramo", u"kilogramos"},
    {u"°C", u"grado", u"grados"},
    {u"ºC", u"grado", u"grados"},
    {u"m", u"metro", u"metros"},
}};

/// 0–999 in words; \a feminine changes uno and the hundreds, \a beforeNoun shortens uno.
QString belowThousand(int n, bool feminine, bool beforeNoun)
{
    static const std::array<QStringView, 30> small = {
        u"cero",        u"uno",        u"dos",         u"tres",       u"cuatro",
        u"cinco",       u"seis",       u"siete",       u"ocho",       u"nueve",
        u"diez",        u"once",       u"doce",        u"trece",      u"catorce",
        u"quince",      u"dieciséis",  u"diecisiete",  u"dieciocho",  u"diecinueve",
        u"veinte",      u"veintiuno",  u"veintidós",   u"veintitrés", u"veinticuatro",
        u"veinticinco", u"veintiséis", u"veintisiete", u"veintiocho", u"veintinueve"};
    static const std::array<QStringView, 10> tens = {
        u"",          u"",        u"",        u"treinta", u"cuarenta",
        u"cincuenta", u"sesenta", u"setenta", u"ochenta", u"noventa"};
    static const std::array<QStringView, 10> hundreds = {
        u"",           u"ciento",      u"doscientos",  u"trescientos", u"cuatrocientos",
        u"quinientos", u"seiscientos", u"setecientos", u"ochocientos", u"novecientos"};
    QStringList words;
    if (n >= 100) {
        QString h = n == 100 ? QStringLiteral("cien") : hundreds[size_t(n / 100)].toString();
        if (feminine && n >= 200)
            h.replace(h.size() - 2, 2, QStringLiteral("as"));
        words << h;
    }
    const int rest = n % 100;
    QString last;
    if (rest > 0 && rest < 30)
        last = small[size_t(rest)].toString();
    else if (rest >= 30)
        last = tens[size_t(rest / 10)] +
               (rest % 10 ? QStringLiteral(" y ") + small[size_t(rest % 10)] : QString());
    if (!last.isEmpty()) {
        if (last.endsWith(QStringLiteral("uno")) && (feminine || beforeNoun)) {
            last.chop(1);
            if (feminine)
                last += u'a';
            else if (last == QStringLiteral("veintiun"))
                last = QStringLiteral("veintiún");
        }
        words << last;
    }
    if (words.isEmpty())
        words << small[0].toString();
    return words.join(u' ');
}

} // namespace

QString SpanishNumbers::ordinal(int n, bool female)
{
    static const std::array<QStringView, 10> units = {u"",       u"primero", u"segundo", u"tercero",
                                                      u"cuarto", u"quinto",  u"sexto",   u"séptimo",
                                                      u"octavo", u"noveno"};
    static const std::array<QStringView, 10> tens = {
        u"",           u"décimo",       u"vigésimo",
        u"trigésimo",  u"cuadragésimo", u"quincuagésimo",
        u"sexagésimo", u"septuagésimo", u"octogésimo",
        u"nonagésimo"};
    static const std::array<QStringView, 10> teens = {
        u"décimo",       u"undécimo",    u"duodécimo",     u"decimotercero", u"decimocuarto",
        u"decimoquinto", u"decimosexto", u"decimoséptimo", u"decimoctavo",   u"decimonoveno"};
    if (n < 1 || n > 199)
        return QString();
    QString out;
    if (n >= 100) {
        out = QStringLiteral("centésimo");
        n -= 100;
        if (n > 0)
            out += u' ';
    }
    if (n >= 10 && n < 20)
        out += teens[size_t(n - 10)];
    else if (n >= 20) {
        out += tens[size_t(n / 10)];
        if (n % 10)
            out += u' ' + units[size_t(n % 10)].toString();
    } else if (n > 0)
        out += units[size_t(n)];
    return female ? feminine(out) : out;
}

QString SpanishNumbers::cardinal(qint64 n, bool feminine)
{
    if (n < 0 || n >= 1'000'000'000)
        return QString::number(n);
    const int millions = int(n / 1'000'000);
    const int thousands = int(n / 1000 % 1000);
    const int units = int(n % 1000);
    QStringList words;
    if (millions == 1)
        words << QStringLiteral("un millón");
    else if (millions > 1)
        words << belowThousand(millions, false, true) + QStringLiteral(" millones");
    if (thousands == 1)
        words << QStringLiteral("mil");
    else if (thousands > 1)
        words << belowThousand(thousands, feminine, true) + QStringLiteral(" mil");
    if (units > 0 || words.isEmpty())
        words << belowThousand(units, feminine, true);
    return words.join(u' ');
}

bool SpanishNumbers::isFeminine(const QString& word)
{
    static const QStringList masculine = {
        QStringLiteral("día"),      QStringLiteral("días"),      QStringLiteral("mapa"),
        QStringLiteral("mapas"),    QStringLiteral("problema"),  QStringLiteral("problemas"),
        QStringLiteral("programa"), QStringLiteral("programas"), QStringLiteral("sistema"),
        QStringLiteral("sistemas"), QStringLiteral("tema"),      QStringLiteral("temas"),
        QStringLiteral("idioma"),   QStringLiteral("idiomas"),   QStringLiteral("planeta"),
        QStringLiteral("planetas"), QStringLiteral("cometa"),    QStringLiteral("cometas"),
        QStringLiteral("poema"),    QStringLiteral("poemas"),    QStringLiteral("clima"),
        QStringLiteral("climas")};
    static const QStringList feminine = {
        QStringLiteral("mano"),   QStringLiteral("manos"),   QStringLiteral("noche"),
        QStringLiteral("noches"), QStringLiteral("vez"),     QStringLiteral("veces"),
        QStringLiteral("nave"),   QStringLiteral("naves"),   QStringLiteral("tarde"),
        QStringLiteral("tardes"), QStringLiteral("mujer"),   QStringLiteral("mujeres"),
        QStringLiteral("muerte"), QStringLiteral("muertes"), QStringLiteral("parte"),
        QStringLiteral("partes"), QStringLiteral("calle"),   QStringLiteral("calles"),
        QStringLiteral("torre"),  QStringLiteral("torres"),  QStringLiteral("llave"),
        QStringLiteral("llaves"), QStringLiteral("imagen"),  QStringLiteral("imágenes"),
        QStringLiteral("foto"),   QStringLiteral("fotos"),   QStringLiteral("flor"),
        QStringLiteral("flores"), QStringLiteral("gente"),   QStringLiteral("clase"),
        QStringLiteral("clases"), QStringLiteral("fuente"),  QStringLiteral("fuentes"),
        QStringLiteral("suerte"), QStringLiteral("nieve")};
    const QString w = word.toLower();
    if (masculine.contains(w))
        return false;
    if (feminine.contains(w))
        return true;
    static const QRegularExpression endings =
        re(QStringLiteral("(?:a|as|ión|iones|dad|dades|tad|tades|tud|tudes|umbre|umbres)$"));
    return endings.match(w).hasMatch();
}

namespace {

/// Numbers before a noun said with its gender, where espeak-ng would not.
QString agree(const QString& s)
{
    static const QRegularExpression numberNoun = re(
        QStringLiteral("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3}){0,2})(?![\\d,.]\\d)(\\s+)(\\p{Ll}+)"));
    const QStringList& notNouns = spanishNotNouns();
    QString out;
    qsizetype last = 0;
    for (auto it = numberNoun.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString noun = m.captured(3);
        const qint64 n = QString(m.captured(1)).remove(u'.').toLongLong();
        // Past one the noun is plural: a word after the number without the plural's s is
        // not its noun ("el 727 tenía", "en 521 él").
        if (notNouns.contains(noun) || (n != 1 && !noun.endsWith(u's')))
            continue;
        const bool feminine = SpanishNumbers::isFeminine(noun);
        const bool endsInOne = n % 10 == 1 && n % 100 != 11;
        const bool hundreds = feminine && (n % 1000 >= 200 || n / 1000 % 1000 >= 200);
        if (!endsInOne && !hundreds)
            continue;
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += SpanishNumbers::cardinal(n, feminine) + m.captured(2) + noun;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

/// Kings and popes: Enrique II → Enrique segundo (ordinals up to X, as Spanish says them).
QString regnal(const QString& s)
{
    static const QRegularExpression name =
        re(QStringLiteral("\\b(\\p{Lu}\\p{Ll}+) (X|IX|IV|VI{0,3}|I{1,3})\\b(?![.,]?\\d|-)"));
    static const QStringList romans = {
        QStringLiteral("I"),  QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
        QStringLiteral("V"),  QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII"),
        QStringLiteral("IX"), QStringLiteral("X")};
    QString out;
    qsizetype last = 0;
    for (auto it = name.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == QStringLiteral("Siglo"))
            continue;
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += m.captured(1) + u' ' +
               SpanishNumbers::ordinal(int(romans.indexOf(m.captured(2))) + 1, false);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

} // namespace

QString SpanishNumbers::read(const QString& text)
{
    static const QRegularExpression ordinalMark =
        re(QStringLiteral("(?<![\\d.,])(\\d{1,3})\\.?(º|ª|er\\b)"));
    static const QRegularExpression unitAfter =
        re(QStringLiteral("(?<![\\d.,])(\\d+(?:\\.\\d{3})*(?:,\\d+)?)\\s?(km/"
                          "h|km²|km|m²|cm|mm|kg|°C|ºC|m)(?![\\p{L}\\d])"));
    static const QRegularExpression degrees = re(QStringLiteral("(\\d)\\s?°(?![CF])"));
    // "a. C." ends the sentence when a capital or the end follows: its period stays.
    static const QRegularExpression beforeChrist = re(
        QStringLiteral("\\ba\\.\\s?(?:de\\s)?C(?:(\\.)(?=\\s+\\p{Lu}|\\s*$)|\\.(?=\\s|[,;:)]))"));
    static const QRegularExpression afterChrist = re(
        QStringLiteral("\\bd\\.\\s?(?:de\\s)?C(?:(\\.)(?=\\s+\\p{Lu}|\\s*$)|\\.(?=\\s|[,;:)]))"));
    static const QRegularExpression century = re(QStringLiteral("\\b[sS]\\.\\s?(?=[IVXL]+\\b)"));
    static const QRegularExpression numberWord = re(QStringLiteral("\\b(?:n\\.?º|núm\\.)\\s?"));

    QString s = text;
    s.replace(beforeChrist, QStringLiteral("antes de Cristo\\1"));
    s.replace(afterChrist, QStringLiteral("después de Cristo\\1"));
    s.replace(century, QStringLiteral("siglo "));
    s.replace(numberWord, QStringLiteral("número "));

    QString out;
    qsizetype last = 0;
    for (auto it = ordinalMark.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString mark = m.captured(2);
        QString word = ordinal(m.captured(1).toInt(), mark == u"ª");
        if (word.isEmpty())
            continue;
        // Apocope before a masculine noun: 1.er piso, 1.º Regimiento → primer.
        static const QRegularExpression nounAfter = re(QStringLiteral("^\\s+(\\p{L}+)"));
        const QRegularExpressionMatch after = nounAfter.match(QStringView(s).mid(m.capturedEnd()));
        const bool beforeNoun = after.hasMatch() && !spanishNotNouns().contains(after.captured(1));
        if (mark == u"er" || (mark == u"º" && beforeNoun &&
                              (word.endsWith(u"primero") || word.endsWith(u"tercero"))))
            word.chop(1);
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += word;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);

    s = out;
    out.clear();
    last = 0;
    for (auto it = unitAfter.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const Unit* unit = nullptr;
        for (const Unit& u : kUnits) {
            if (m.captured(2) == u.abbreviation) {
                unit = &u;
                break;
            }
        }
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const bool one = m.captured(1) == u"1";
        out +=
            one ? (unit->feminine ? QStringLiteral("una") : QStringLiteral("un")) : m.captured(1);
        out += u' ' + (one ? unit->singular : unit->plural).toString();
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    out.replace(degrees, QStringLiteral("\\1 grados"));
    return regnal(agree(out));
}

} // namespace st
