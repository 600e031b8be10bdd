#pragma once

#include <QString>
#include <QTextDocument>

namespace st {

/// A narrator's reply as formatted text: models write **bold**, *italics*, lists and
/// headings, and the chat shows them formatted, with Qt's own Markdown reader (md4c, the
/// GitHub dialect). What the reply cannot do to the app:
/// - raw HTML is not read (it shows as the text it is: MarkdownNoHTML);
/// - images are not loaded: an image becomes its alt text (Qt would read a local file
///   named by the reply, or draw a broken-image icon);
/// - partial Markdown (an unclosed `**` while the reply streams) is simply shown as text.
/// A line break inside a paragraph is kept as a line break (Markdown would join the lines),
/// so prose shows as it did as plain text; blocks keep their Markdown spacing, less the
/// space above the first and below the last (the bubble has its own padding); headings are
/// bold and at most one size up.
class MarkdownText
{
public:
    static QTextDocument::MarkdownFeatures features();

    /// Fills \a doc with \a markdown, formatted. The document's default font and text width
    /// are kept (set them first: the spacing between blocks follows the font).
    static void setMarkdown(QTextDocument& doc, const QString& markdown);

    /// \a markdown as it reads once formatted: the marks gone (a sentence of a reply, to be
    /// found in its formatted document). Marks left unpaired stay.
    static QString shown(const QString& markdown);

    /// True when the text of \a text from \a from on, appended to a reply, may change how
    /// the lines written before it look (it may close an emphasis or a code span, end a
    /// link, underline a heading…): then repainting only the line it ended on is not enough.
    static bool mayRestyle(const QString& text, qsizetype from);
};

} // namespace st
