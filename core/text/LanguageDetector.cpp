#include "core/text/LanguageDetector.h"

#include <QRegularExpression>
#include <QSet>

namespace st {

QString LanguageDetector::detect(const QString& text)
{
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int latin = 0;
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Hangul:
            ++hangul;
            break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
            ++kana;
            break;
        case QChar::Script_Han:
            ++han;
            break;
        case QChar::Script_Latin:
            ++latin;
            break;
        default:
            break;
        }
    }
    if (hangul > 0 && hangul >= kana + han)
        return QStringLiteral("ko");
    if (kana + han > 0 && kana + han >= latin)
        return QStringLiteral("ja");
    if (latin < 4)
        return {};
    static const QSet<QString> spanish{
        QStringLiteral("el"),   QStringLiteral("la"),   QStringLiteral("los"),
        QStringLiteral("las"),  QStringLiteral("que"),  QStringLiteral("de"),
        QStringLiteral("y"),    QStringLiteral("es"),   QStringLiteral("por"),
        QStringLiteral("una"),  QStringLiteral("un"),   QStringLiteral("con"),
        QStringLiteral("no"),   QStringLiteral("creo"), QStringLiteral("qué"),
        QStringLiteral("pero"), QStringLiteral("muy"),  QStringLiteral("porque"),
        QStringLiteral("del"),  QStringLiteral("se"),   QStringLiteral("yo"),
        QStringLiteral("tal"),  QStringLiteral("vez"),  QStringLiteral("barco")};
    static const QSet<QString> english{
        QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("is"),
        QStringLiteral("i"),     QStringLiteral("you"),   QStringLiteral("it"),
        QStringLiteral("of"),    QStringLiteral("to"),    QStringLiteral("think"),
        QStringLiteral("what"),  QStringLiteral("maybe"), QStringLiteral("they"),
        QStringLiteral("was"),   QStringLiteral("that"),  QStringLiteral("a"),
        QStringLiteral("would"), QStringLiteral("no"),    QStringLiteral("yes")};
    int es = text.contains(QRegularExpression(QStringLiteral("[ñ¿¡áéíóú]"),
                                              QRegularExpression::CaseInsensitiveOption))
                 ? 2
                 : 0;
    int en = 0;
    const QStringList words =
        text.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (spanish.contains(w))
            ++es;
        if (english.contains(w))
            ++en;
    }
    if (es > en)
        return QStringLiteral("es");
    if (en > es)
        return QStringLiteral("en");
    return {};
}

} // namespace st
