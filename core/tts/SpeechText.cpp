#include "core/tts/SpeechText.h"

#include <QRegularExpression>
#include <QStringList>
#include <utility>
#include <vector>

namespace st {
namespace {

QRegularExpression
re(const QString& pattern,
   QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    return QRegularExpression(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
}

/// The few HTML entities a model writes in plain text, and emoji that stand for punctuation.
QString replaceEntities(QString s)
{
    static const std::pair<QStringView, QStringView> entities[] = {
        {u"&nbsp;", u" "},  {u"&amp;", u"&"}, {u"&lt;", u"<"},   {u"&gt;", u">"},
        {u"&quot;", u"\""}, {u"&#39;", u"'"}, {u"&apos;", u"'"}, {u"❗", u"!"},
        {u"❕", u"!"},       {u"❓", u"?"},     {u"❔", u"?"}};
    for (const auto& [from, to] : entities)
        s.replace(from.toString(), to.toString());
    return s;
}

// A Markdown escape ("\*") is kept as its character: hidden in the private use area
// while the Markdown is removed.
constexpr char16_t kEscapeBase = 0xF700;

QString hideEscapes(const QString& text)
{
    static const QRegularExpression escape = re(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(kEscapeBase + m.captured(1).at(0).unicode()));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString restoreEscapes(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() > kEscapeBase && c.unicode() < kEscapeBase + 0x80)
            c = QChar(char16_t(c.unicode() - kEscapeBase));
    }
    return text;
}

/// One line without its block-level Markdown; empty for a rule or a table's separator.
QString blockLine(QString line)
{
    static const QRegularExpression rule =
        re(QStringLiteral("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression tableRule = re(QStringLiteral("^[\\s|:\\-]*$"));
    static const QRegularExpression header = re(QStringLiteral("^\\s{0,3}#{1,6}(?:\\s+|$)"));
    static const QRegularExpression headerEnd = re(QStringLiteral("\\s+#+\\s*$"));
    static const QRegularExpression quote = re(QStringLiteral("^\\s{0,3}(?:>\\s?)+"));
    static const QRegularExpression list =
        re(QStringLiteral("^\\s*(?:[-*+•‣◦]|\\d{1,3}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"));
    static const QRegularExpression cell = re(QStringLiteral("\\s*\\|\\s*"));

    if (rule.match(line).hasMatch())
        return QString();
    if (line.contains(u'|') && line.contains(u'-') && tableRule.match(line).hasMatch())
        return QString();
    line.remove(quote);
    if (header.match(line).hasMatch()) {
        line.remove(header);
        line.remove(headerEnd);
    }
    line.remove(list);
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u'|') || (trimmed.endsWith(u'|') && trimmed.count(u'|') > 1)) {
        QString row = trimmed;
        if (row.startsWith(u'|'))
            row.remove(0, 1);
        if (row.endsWith(u'|'))
            row.chop(1);
        line = row.trimmed().replace(cell, QStringLiteral(", "));
    }
    return line;
}

QString inlineMarkdown(QString s)
{
    static const QRegularExpression image = re(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link = re(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink = re(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression autoLink =
        re(QStringLiteral("<(?:https?|ftp|mailto):[^>\\s]*>"));
    static const QRegularExpression url = re(
        QStringLiteral("(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>]*[^\\s<>.,;:!?'\")\\]}»”’。、]"));
    static const QRegularExpression tag =
        re(QStringLiteral("</?(?:a|b|i|u|s|p|br|hr|em|strong|small|sub|sup|code|pre|span|div|"
                          "img|ul|ol|li|blockquote|h[1-6]|table|thead|tbody|tr|td|th|mark|del|"
                          "ins|details|summary)\\b[^<>]*>"),
           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression code = re(QStringLiteral("(`+)(.+?)\\1"));
    static const QRegularExpression strike = re(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression stars = re(QStringLiteral("(\\*{1,3})(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression unders = re(
        QStringLiteral("(?<![\\p{L}\\p{N}_])(_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}_])"));
    static const QRegularExpression strayMarks = re(QStringLiteral("\\*{2,}|_{2,}|~~|`+"));
    static const QRegularExpression strayStar =
        re(QStringLiteral("(?<=\\S)\\*(?!\\S)|(?<!\\S)\\*(?=\\S)"));
    static const QRegularExpression strayUnder =
        re(QStringLiteral("(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])"));

    s.remove(image);
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.remove(autoLink);
    s.remove(url);
    s.replace(tag, QStringLiteral(" "));
    s.replace(code, QStringLiteral("\\2"));
    s.replace(strike, QStringLiteral("\\1"));
    s.replace(stars, QStringLiteral("\\2"));
    s.replace(unders, QStringLiteral("\\2"));
    s.remove(strayMarks);
    s.remove(strayStar);
    s.remove(strayUnder);
    return s;
}

bool isPictograph(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x1FC00 && c <= 0x1FFFD) ||
           (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           (c >= 0x25A0 && c <= 0x25FF) || c == 0x231A || c == 0x231B || c == 0x2328 ||
           c == 0x23CF || (c >= 0x23E9 && c <= 0x23FA) || c == 0x24C2 ||
           (c >= 0x2194 && c <= 0x2199) || c == 0x21A9 || c == 0x21AA || c == 0x2934 ||
           c == 0x2935 || c == 0x2139 || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

/// Invisible parts of emoji sequences: variation selectors, the keycap, tags.
bool isEmojiModifier(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x20E3 ||
           (c >= 0xE0020 && c <= 0xE007F);
}

QString removeEmoji(const QString& s)
{
    const QList<uint> cps = s.toUcs4();
    std::vector<bool> drop(size_t(cps.size()), false);
    for (qsizetype i = 0; i < cps.size(); ++i)
        drop[size_t(i)] = isPictograph(cps.at(i)) || isEmojiModifier(cps.at(i));
    // A zero width joiner goes with the emoji it joins, not with Indic letters.
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (cps.at(i) != 0x200D)
            continue;
        const bool before = i > 0 && drop[size_t(i - 1)];
        const bool after = i + 1 < cps.size() && isPictograph(cps.at(i + 1));
        drop[size_t(i)] = before || after;
    }
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (!drop[size_t(i)])
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cps.at(i)), 1);
    }
    return out;
}

QString collapse(QString s)
{
    static const QRegularExpression space = re(QStringLiteral("\\s+"));
    static const QRegularExpression beforeMark =
        re(QStringLiteral("\\s+(?=[.,!?;:…。、！？」』)\\]”’»])"));
    static const QRegularExpression emptyBrackets = re(QStringLiteral("\\(\\s*\\)|\\[\\s*\\]"));
    s.remove(emptyBrackets);
    s.replace(space, QStringLiteral(" "));
    s.remove(beforeMark);
    return s.trimmed();
}

} // namespace

QString SpeechText::forSpeech(const QString& text)
{
    static const QRegularExpression lineBreak =
        re(QStringLiteral("\\r\\n|[\\r\\n\\x{2028}\\x{2029}]"));
    static const QRegularExpression fence = re(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})"));
    QStringList lines;
    QString openFence; // the marker of the code block we are in
    for (const QString& line : hideEscapes(text).split(lineBreak)) {
        const QRegularExpressionMatch m = fence.match(line);
        if (m.hasMatch()) {
            if (openFence.isEmpty())
                openFence = m.captured(1);
            else if (m.captured(1).startsWith(openFence))
                openFence.clear();
            continue;
        }
        if (openFence.isEmpty())
            lines.append(blockLine(line));
    }
    QString s = lines.join(u'\n');
    s = inlineMarkdown(s);
    s = removeEmoji(replaceEntities(s));
    // "vanished 🚢." must not leave "vanished ." (some voices read a lone mark aloud).
    static const QRegularExpression spaceBeforeMark =
        re(QStringLiteral("\\s+(?=[.,!?;:\\x{2026}\\x{3002}\\x{3001}\\x{FF01}\\x{FF1F}])"));
    return restoreEscapes(collapse(s).replace(spaceBeforeMark, QString()));
}

bool SpeechText::isSpeakable(const QString& text)
{
    const QList<uint> cps = forSpeech(text).toUcs4();
    for (uint c : cps) {
        if (QChar::isLetterOrNumber(char32_t(c)))
            return true;
    }
    return false;
}

} // namespace st
