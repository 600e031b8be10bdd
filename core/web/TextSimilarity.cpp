#include "core/web/TextSimilarity.h"

#include "core/text/CharClass.h"

#include <QSet>
#include <algorithm>

namespace st {

bool TextSimilarity::isCjkCharacter(char32_t c)
{
    // Not Hangul: Korean is written in spaced words.
    return CharClass::isHanScript(c) || CharClass::isKanaScript(c) ||
           c == CharClass::kProlongedSoundMark;
}

QStringList TextSimilarity::tokens(QStringView text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(word.toLower());
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isCjkCharacter(c)) {
            flush();
            word = QString::fromUcs4(&c, 1);
            flush();
        } else if (QChar::isLetterOrNumber(c) || (QChar::isMark(c) && !word.isEmpty())) {
            word += QString::fromUcs4(&c, 1);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

double TextSimilarity::similarity(QStringView a, QStringView b)
{
    const QStringList wordsA = tokens(a);
    const QStringList wordsB = tokens(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0;
    const QSet<QString> inA(wordsA.begin(), wordsA.end());
    qsizetype all = -1, unique = -1; // lengths of the words joined by single spaces
    for (const QString& w : wordsB) {
        all += w.size() + 1;
        if (!inA.contains(w))
            unique += w.size() + 1;
    }
    return 1.0 - double(std::max<qsizetype>(unique, 0)) / double(all);
}

} // namespace st
