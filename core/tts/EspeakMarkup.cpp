#include "core/tts/EspeakMarkup.h"

#include <QRegularExpression>

namespace st {
namespace {

const QString kOpen = QStringLiteral("<speak>");
const QString kClose = QStringLiteral("</speak>");

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

} // namespace

QString EspeakMarkup::forJapanese(const QString& reading)
{
    // Words of Latin letters (with the digits, apostrophes and hyphens inside them),
    // joined by spaces or periods into one run: "Mary Celeste", "J. Morehouse".
    static const QRegularExpression latin(
        QStringLiteral("[A-Za-z][A-Za-z0-9'’\\-]*(?:[ .]+[A-Za-z][A-Za-z0-9'’\\-]*)*\\.?"));
    QString out;
    qsizetype last = 0;
    for (auto it = latin.globalMatch(reading); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += escaped(QStringView(reading).mid(last, m.capturedStart() - last));
        out += QStringLiteral("<voice name=\"en-us\">") + escaped(m.capturedView()) +
               QStringLiteral("</voice>");
        last = m.capturedEnd();
    }
    if (last == 0)
        return reading;
    out += escaped(QStringView(reading).mid(last));
    return kOpen + out + kClose;
}

bool EspeakMarkup::isMarkup(const QString& engineText)
{
    return engineText.startsWith(kOpen) && engineText.endsWith(kClose);
}

} // namespace st
