#include "core/narration/ListenerTurnClassifier.h"

#include "core/text/CharClass.h"
#include "core/text/RequestWords.h"

#include <QRegularExpression>

namespace st {
namespace {

using Kind = ListenerTurn::Kind;
using Language = ListenerWords::Language;

constexpr int kLeftWords = 2; // English and Spanish: words beyond a command's phrase
constexpr int kLeftChars = 6; // Korean and Japanese: characters beyond it

bool isLatin(const Language& l)
{
    return l.code == QLatin1String("en") || l.code == QLatin1String("es");
}

QStringList wordsOf(const QString& folded)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}\\p{M}']+"));
    return folded.split(split, Qt::SkipEmptyParts);
}

/// Where the words of \a phrase start in \a words, -1 when they are not there.
qsizetype findWords(const QStringList& words, const QStringList& phrase, qsizetype from = 0)
{
    if (phrase.isEmpty())
        return -1;
    for (qsizetype i = from; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + i))
            return i;
    }
    return -1;
}

/// Whether \a folded holds \a phrase: as whole words in English and Spanish, anywhere in
/// Korean and Japanese.
bool holds(const Language& l, const QString& folded, const QString& phrase)
{
    if (!isLatin(l))
        return folded.contains(phrase);
    return findWords(wordsOf(folded), wordsOf(phrase)) >= 0;
}

bool holdsAny(const Language& l, const QString& folded, const QStringList& phrases)
{
    for (const QString& p : phrases) {
        if (holds(l, folded, p))
            return true;
    }
    return false;
}

struct Left
{
    bool found = false;
    int left = 0;
};

/// What is left of \a folded once \a phrases and the filler are taken out: words in
/// English and Spanish, characters in Korean and Japanese.
Left leftover(const Language& l, const QString& folded, const QStringList& phrases)
{
    Left r;
    if (isLatin(l)) {
        QStringList words = wordsOf(folded);
        QVector<bool> used(words.size(), false);
        for (const QString& phrase : phrases) {
            const QStringList p = wordsOf(phrase);
            for (qsizetype at = findWords(words, p); at >= 0; at = findWords(words, p, at + 1)) {
                bool fresh = true;
                for (qsizetype i = at; i < at + p.size(); ++i)
                    fresh = fresh && !used[i];
                if (!fresh)
                    continue;
                r.found = true;
                for (qsizetype i = at; i < at + p.size(); ++i)
                    used[i] = true;
            }
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!used[i] && !l.filler.contains(words[i]))
                ++r.left;
        }
        return r;
    }
    QString text = folded;
    for (const QString& phrase : phrases) {
        if (text.contains(phrase)) {
            r.found = true;
            text.replace(phrase, QStringLiteral(" "));
        }
    }
    if (l.spaced) { // Korean: filler is whole words (particles, 주세요, 줘)
        for (const QString& word : wordsOf(text)) {
            if (!l.filler.contains(word))
                r.left += int(word.size());
        }
        return r;
    }
    for (const QString& filler : l.filler) // Japanese: filler anywhere, longest first
        text.replace(filler, QStringLiteral(" "));
    for (const QString& word : wordsOf(text))
        r.left += int(word.size());
    return r;
}

/// \a folded with number words as digits ("chapter three" → "chapter 3", "三章" → "3章").
QString withDigits(const Language& l, const QString& folded)
{
    QString text = folded;
    for (const auto& [word, value] : l.numbers) {
        if (isLatin(l)) {
            text.replace(QRegularExpression(
                             QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word))),
                         QString::number(value));
        } else {
            text.replace(word, QString::number(value));
        }
    }
    return text;
}

} // namespace

ListenerTurnClassifier::ListenerTurnClassifier(const ListenerWords& words) : m_words(words) {}

QVector<const Language*> ListenerTurnClassifier::languagesOf(const QString& folded) const
{
    bool hangul = false;
    bool japanese = false;
    using Block = CharClass::Block;
    for (const QChar c : folded) {
        const Block block = CharClass::block(c.unicode());
        hangul =
            hangul || block == Block::HangulSyllables || block == Block::HangulCompatibilityJamo;
        japanese = japanese || block == Block::Hiragana || block == Block::Katakana ||
                   block == Block::CjkUnifiedIdeographs;
    }
    QStringList codes;
    if (hangul)
        codes = {QStringLiteral("ko")};
    else if (japanese)
        codes = {QStringLiteral("ja")};
    else
        codes = {QStringLiteral("en"), QStringLiteral("es")};
    QVector<const Language*> out;
    for (const QString& code : codes) {
        if (const Language* l = m_words.language(code))
            out.append(l);
    }
    return out;
}

ListenerTurnClassifier::Command ListenerTurnClassifier::command(const Language& l,
                                                                const QString& folded) const
{
    Command best;
    best.threshold = isLatin(l) ? kLeftWords : kLeftChars;
    // "go back to chapter 3", "3장으로 돌아가", "第3章に戻って", "vuelve al capítulo 3"
    const QString numbered = withDigits(l, folded);
    for (const QRegularExpression& pattern : l.backPatterns) {
        const QRegularExpressionMatch m = pattern.match(numbered);
        const int chapter = m.hasMatch() ? m.captured(1).toInt() : 0;
        if (chapter < 1)
            continue;
        QString rest = numbered;
        rest.remove(m.capturedStart(0), m.capturedLength(0));
        const Left left =
            leftover(l, rest, l.backVerbs + l.phrases(Kind::Back) + l.phrases(Kind::Repeat));
        if (holdsAny(l, rest, l.backVerbs) || left.left <= best.threshold)
            return {Kind::Back, left.left, chapter, best.threshold};
    }
    for (Kind kind : {Kind::Exit, Kind::Back, Kind::Repeat, Kind::Skip, Kind::Next, Kind::Shorter,
                      Kind::Longer}) {
        const Left left = leftover(l, folded, l.phrases(kind));
        if (left.found && left.left < best.left) {
            best.kind = kind;
            best.left = left.left;
        }
    }
    return best;
}

bool ListenerTurnClassifier::hedges(const Language& l, const QString& folded) const
{
    return holdsAny(l, folded, l.guesses);
}

bool ListenerTurnClassifier::isQuestion(const Language& l, const QString& folded, bool mark) const
{
    static const QRegularExpression trailing(QStringLiteral("[\\s\\p{P}]+$"));
    QString bare = folded;
    bare.remove(trailing);
    if (!isLatin(l)) {
        if (holdsAny(l, folded, l.interrogatives))
            return true;
        int letters = 0;
        for (const QChar c : bare)
            letters += c.isLetterOrNumber() ? 1 : 0;
        if (mark && letters > 3)
            return true;
        for (const QString& ending : l.questionEndings) {
            if (bare.endsWith(ending))
                return true;
        }
        return holdsAny(l, folded, l.questionStarts);
    }
    QStringList words = wordsOf(folded);
    if (!words.isEmpty() && l.indefinite.contains(words.first()))
        return false; // a thing proposed: "¿un meteorito que explotó?"
    // Leading discourse words ("wait,", "ok so", "y", "pues") do not count.
    while (!words.isEmpty() && l.filler.contains(words.first()) &&
           !l.auxiliaries.contains(words.first()) && !l.interrogatives.contains(words.first()))
        words.removeFirst();
    if (words.isEmpty())
        return false;
    const QString joined = words.join(u' ');
    for (const QString& exclamation : l.exclamations) {
        if (!mark && (joined == exclamation || joined.startsWith(exclamation + u' ')))
            return false; // "what a story", "qué miedo"
    }
    for (const QString& start : l.questionStarts) {
        if (joined.startsWith(start + u' '))
            return true;
    }
    auto interrogativeAt = [&](qsizetype i) {
        return i < words.size() && (l.interrogatives.contains(words[i]) ||
                                    (i + 1 < words.size() &&
                                     l.interrogatives.contains(words[i] + u' ' + words[i + 1])));
    };
    if (interrogativeAt(0))
        return true;
    if (mark && interrogativeAt(1))
        return true;
    if (mark && l.auxiliaries.contains(words.first()))
        return true;
    // ¿…? of three words or more
    if (l.code == QLatin1String("es") && folded.contains(QChar(0xBF)) && words.size() >= 3)
        return true;
    if (mark && l.code == QLatin1String("en")) { // "and the captain, who was he?"
        for (qsizetype i = 2; i < words.size(); ++i) {
            if (interrogativeAt(i))
                return true;
        }
    }
    return false;
}

ListenerTurn ListenerTurnClassifier::classify(const QString& message) const
{
    const QString raw = message.trimmed();
    if (raw.isEmpty())
        return {Kind::Answer, 0, false};
    if (RequestWords::isExit(raw))
        return {Kind::Exit, 0, true};
    const QString folded = ListenerWords::fold(raw);
    const bool mark = folded.contains(u'?') || folded.contains(QChar(0xBF));
    const auto languages = languagesOf(folded);

    // "I would go back to my ship" answers the question; "I'd like to go back" asks.
    bool opinion = false;
    for (const Language* l : languages)
        opinion = opinion || (hedges(*l, folded) && !holdsAny(*l, folded, l->requests));
    Command best;
    for (const Language* l : languages) {
        if (opinion)
            break;
        const Command c = command(*l, folded);
        if (c.kind == Kind::Back && c.chapter > 0)
            return {Kind::Back, c.chapter, c.left <= c.threshold};
        if (c.left - c.threshold < best.left - best.threshold)
            best = c;
    }
    if (best.kind != Kind::Answer && best.left <= best.threshold)
        return {best.kind, 0, true};
    const bool nearCommand = best.kind != Kind::Answer && best.left <= best.threshold + 2;

    bool guess = false;
    bool question = false;
    for (const Language* l : languages) {
        guess = guess || hedges(*l, folded);
        question = question || isQuestion(*l, folded, mark);
    }
    if (question)
        return {guess ? Kind::Answer : Kind::Question, 0, true};
    return {Kind::Answer, 0, !nearCommand && !(mark && !guess)};
}

} // namespace st
