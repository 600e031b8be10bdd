#include "ExtractionScore.h"

#include <QHash>

namespace st::webtest {
namespace {

bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return c == 0x30FC;
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

} // namespace

QStringList ExtractionScore::tokens(const QString& text)
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
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isCjk(c)) {
            flush();
            word = QString::fromUcs4(&c, 1);
            flush();
        } else if (QChar::isLetterOrNumber(c) || (QChar::isMark(c) && !word.isEmpty())) {
            word += QString::fromUcs4(&c, 1);
        } else if (!(isApostrophe(c) && !word.isEmpty())) {
            flush();
        }
    }
    flush();
    return out;
}

ExtractionScore ExtractionScore::of(const QString& extracted, const QString& expected)
{
    const QStringList got = tokens(extracted);
    const QStringList want = tokens(expected);
    if (got.isEmpty() && want.isEmpty())
        return {1, 1, 1};
    QHash<QString, int> wanted;
    for (const QString& t : want)
        ++wanted[t];
    qsizetype common = 0;
    for (const QString& t : got) {
        auto it = wanted.find(t);
        if (it != wanted.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    ExtractionScore score;
    score.precision = got.isEmpty() ? 0 : double(common) / double(got.size());
    score.recall = want.isEmpty() ? 0 : double(common) / double(want.size());
    const double sum = score.precision + score.recall;
    score.f1 = sum > 0 ? 2 * score.precision * score.recall / sum : 0;
    return score;
}

bool ExtractionScore::titleMatches(const QString& extracted, const QString& expected)
{
    const QString a = extracted.simplified().toCaseFolded();
    const QString b = expected.simplified().toCaseFolded();
    if (a == b)
        return true;
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    return longer.contains(shorter) && double(shorter.size()) >= 0.8 * double(longer.size());
}

} // namespace st::webtest
