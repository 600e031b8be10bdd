#include "core/text/SearchText.h"

#include "core/text/CharClass.h"

#include <QSet>

namespace st {
namespace {

enum class RunKind
{
    None,
    Word,
    Cjk
};

QChar fold(QChar c)
{
    if (c.script() == QChar::Script_Latin && c.decompositionTag() == QChar::Canonical) {
        const QString d = c.decomposition();
        if (!d.isEmpty())
            return d.at(0).toLower();
    }
    return c.toLower();
}

void flushCjk(const QString& run, QStringList& out)
{
    if (run.size() == 1) {
        out.append(run);
        return;
    }
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        out.append(run.mid(i, 2));
}

QString stripKoreanParticle(const QString& word)
{
    static const QStringList particles{
        QStringLiteral("에서는"), QStringLiteral("으로"), QStringLiteral("에서"),
        QStringLiteral("에게"), QStringLiteral("까지"), QStringLiteral("부터"),
        QStringLiteral("처럼"), QStringLiteral("이라는"), QStringLiteral("라는"),
        QStringLiteral("의"), QStringLiteral("은"), QStringLiteral("는"), QStringLiteral("이"),
        QStringLiteral("가"), QStringLiteral("을"), QStringLiteral("를"), QStringLiteral("에"),
        QStringLiteral("와"), QStringLiteral("과"), QStringLiteral("도"), QStringLiteral("로"),
        // Endings that make a verb describe a noun ("전멸한 부대", "발견된 무덤"): the
        // stem is what a story says ("전멸했다", "발견되었다").
        QStringLiteral("당했던"), QStringLiteral("했던"), QStringLiteral("됐던"),
        QStringLiteral("하던"), QStringLiteral("되던"), QStringLiteral("하는"),
        QStringLiteral("되는"), QStringLiteral("당한"), QStringLiteral("한"), QStringLiteral("된")};
    // (Not 던 or 진 alone: they end nouns and names too, 대지진, 이수진.)
    if (word.isEmpty() || word.back().script() != QChar::Script_Hangul)
        return word;
    for (const QString& p : particles) {
        if (word.size() >= p.size() + 2 && word.endsWith(p))
            return word.left(word.size() - p.size());
    }
    return word;
}

} // namespace

bool SearchText::isCjk(QChar c)
{
    return CharClass::isCjkScript(c.unicode()) || c.unicode() == CharClass::kProlongedSoundMark;
}

QStringList SearchText::terms(const QString& text)
{
    QStringList out;
    QString run;
    RunKind kind = RunKind::None;
    auto flush = [&] {
        if (kind == RunKind::Cjk)
            flushCjk(run, out);
        else if (kind == RunKind::Word && !run.isEmpty())
            out.append(run);
        run.clear();
        kind = RunKind::None;
    };
    for (const QChar c : text) {
        if (c.isMark() && kind == RunKind::Word)
            continue; // combining accents after a Latin letter
        const RunKind k =
            isCjk(c) ? RunKind::Cjk : (c.isLetterOrNumber() ? RunKind::Word : RunKind::None);
        if (k != kind)
            flush();
        if (k == RunKind::None)
            continue;
        kind = k;
        run.append(k == RunKind::Word ? fold(c) : c);
    }
    flush();
    return out;
}

QStringList SearchText::queryTerms(const QString& text)
{
    QStringList out;
    const QStringList words = text.split(QChar::Space, Qt::SkipEmptyParts);
    for (const QString& word : words)
        out.append(terms(stripKoreanParticle(word.trimmed())));
    QSet<QString> seen;
    QStringList unique;
    for (const QString& t : out) {
        if (!seen.contains(t)) {
            seen.insert(t);
            unique.append(t);
        }
    }
    return unique;
}

QString SearchText::indexForm(const QString& text)
{
    return terms(text).join(QChar::Space);
}

QString SearchText::matchAny(const QStringList& terms)
{
    QStringList quoted;
    for (QString t : terms) {
        t.replace(u'"', QStringLiteral("\"\""));
        quoted.append(u'"' + t + u'"');
    }
    return quoted.join(QStringLiteral(" OR "));
}

} // namespace st
