#include "ui/MarkdownText.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QVector>
#include <algorithm>

namespace st {
namespace {

qsizetype indentOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return i;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Only - = * _ and blanks: a rule, or the underline of a heading.
bool isRule(QStringView t)
{
    return std::all_of(t.begin(), t.end(), [](QChar c) {
        return c == u'-' || c == u'=' || c == u'*' || c == u'_' || c == u' ' || c == u'\t';
    });
}

/// A line that begins a block of its own (or is blank): a list item, a heading, a quote, a
/// fence, a table row, a rule or a heading's underline.
bool beginsBlock(QStringView line)
{
    const QStringView t = line.mid(indentOf(line));
    if (t.isEmpty() || t.front() == u'#' || t.front() == u'>' || t.contains(u'|') ||
        t.startsWith(u"```") || t.startsWith(u"~~~"))
        return true;
    if (isRule(t))
        return true;
    const auto markerEnds = [&t](qsizetype i) {
        return i >= t.size() || t.at(i) == u' ' || t.at(i) == u'\t';
    };
    if ((t.front() == u'-' || t.front() == u'+' || t.front() == u'*') && markerEnds(1))
        return true;
    qsizetype digits = 0;
    while (digits < t.size() && digits < 10 && isDigit(t.at(digits)))
        ++digits;
    return digits >= 1 && digits <= 9 && digits < t.size() &&
           (t.at(digits) == u'.' || t.at(digits) == u')') && markerEnds(digits + 1);
}

/// Whether \a line opens or closes a code fence, given the one open (\a fence, a null
/// character when none, of \a fenceSize).
bool togglesFence(QStringView line, QChar& fence, qsizetype& fenceSize)
{
    const qsizetype indent = indentOf(line);
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return false;
    qsizetype run = 0;
    while (indent + run < line.size() && line.at(indent + run) == c)
        ++run;
    if (run < 3)
        return false;
    if (fence.isNull()) {
        fence = c;
        fenceSize = run;
        return true;
    }
    if (c == fence && run >= fenceSize && line.mid(indent + run).trimmed().isEmpty()) {
        fence = QChar();
        return true;
    }
    return false;
}

/// \a text with the line breaks inside its paragraphs (and list items) made U+2028, which
/// Markdown reads as a character and QTextDocument shows as a line break: Markdown would
/// join the lines of a paragraph into one, the chat keeps them as the plain text did. A
/// line break before or after a block of its own (a list item, a heading, a fence, a table
/// row, an underline…) and inside code stays what it is.
QString withLineBreaks(const QString& source)
{
    QString text = source;
    if (text.contains(u'\r'))
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    if (!text.contains(u'\n'))
        return text;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString out;
    out.reserve(text.size());
    QChar fence;
    qsizetype fenceSize = 0;
    bool prose = false; // the line before carries a paragraph's text
    bool joined = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        const bool inCode = !fence.isNull() || togglesFence(line, fence, fenceSize);
        const QStringView t = line.mid(indentOf(line));
        // A paragraph's line: not code, not a heading, a rule or a table row; indented
        // four spaces it is code, unless it goes on with a paragraph.
        prose = !inCode && !t.isEmpty() && t.front() != u'#' && !t.contains(u'|') && !isRule(t) &&
                (indentOf(line) < 4 || prose);
        out += joined ? t : line;
        if (i + 1 == lines.size())
            break;
        joined = prose && fence.isNull() && !beginsBlock(lines.at(i + 1));
        out += joined ? QChar(QChar::LineSeparator) : QChar(u'\n');
    }
    return out;
}

/// An image becomes its alt text: nothing is loaded (Qt would read a file the reply names).
void dropImages(QTextDocument& doc)
{
    struct Image
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QVector<Image> images;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
    }
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        const QString alt = it->format.stringProperty(QTextFormat::ImageAltText);
        QTextCharFormat text = it->format;
        text.setObjectType(QTextFormat::NoObject);
        for (int property : {int(QTextFormat::ImageName), int(QTextFormat::ImageTitle),
                             int(QTextFormat::ImageAltText), int(QTextFormat::ImageWidth),
                             int(QTextFormat::ImageHeight), int(QTextFormat::ImageQuality)})
            text.clearProperty(property);
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(alt, text);
    }
}

/// Headings one size up at most (Qt sets a level 1 heading three sizes up, a level 6 two
/// down): in a bubble they title a part of a reply, they do not head a page.
void tameHeadings(QTextDocument& doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0)
            continue;
        QTextCharFormat size;
        size.setProperty(QTextFormat::FontSizeAdjustment, level <= 2 ? 1 : 0);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(size);
        cursor.mergeBlockCharFormat(size);
    }
}

/// No space above the first block or below the last: the bubble has its own padding.
void trimOuterMargins(QTextDocument& doc)
{
    QTextBlockFormat first = doc.firstBlock().blockFormat();
    if (first.topMargin() != 0) {
        first.setTopMargin(0);
        QTextCursor(doc.firstBlock()).setBlockFormat(first);
    }
    QTextBlockFormat last = doc.lastBlock().blockFormat();
    if (last.bottomMargin() != 0) {
        last.setBottomMargin(0);
        QTextCursor(doc.lastBlock()).setBlockFormat(last);
    }
}

} // namespace

QTextDocument::MarkdownFeatures MarkdownText::features()
{
    return QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) |
           QTextDocument::MarkdownNoHTML;
}

void MarkdownText::setMarkdown(QTextDocument& doc, const QString& markdown)
{
    doc.setMarkdown(withLineBreaks(markdown), features());
    if (markdown.contains(QLatin1String("![")))
        dropImages(doc);
    tameHeadings(doc);
    trimOuterMargins(doc);
}

QString MarkdownText::shown(const QString& markdown)
{
    QTextDocument doc;
    setMarkdown(doc, markdown);
    return doc.toPlainText().trimmed();
}

bool MarkdownText::mayRestyle(const QString& text, qsizetype from)
{
    bool lineStart = from == 0 || text.at(from - 1) == u'\n';
    for (qsizetype i = std::max<qsizetype>(0, from); i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'*': // emphasis, code, strikethrough closed; a link or an autolink ended
        case u'_':
        case u'`':
        case u'~':
        case u']':
        case u')':
        case u'>':
            return true;
        case u'-': // a setext heading's underline, a table's delimiter row
        case u'=':
        case u'|':
            if (lineStart)
                return true;
            break;
        default:
            break;
        }
        if (c == u'\n')
            lineStart = true;
        else if (c != u' ' && c != u'\t')
            lineStart = false;
    }
    return false;
}

} // namespace st
