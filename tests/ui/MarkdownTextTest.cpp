// MarkdownText, how a narrator's reply is read as Markdown for the chat: nothing loaded and
// no HTML read, line breaks kept inside paragraphs, headings at most a size up, the text a
// sentence shows once formatted, and which pieces of a streaming reply may restyle the lines
// before them.
#include "ui/MarkdownText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextList>
#include <gtest/gtest.h>

namespace st {
namespace {

QTextBlock blockWith(const QTextDocument& doc, const QString& text)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.text().contains(text))
            return block;
    return {};
}

TEST(MarkdownTextTest, NothingIsLoadedAndNoHtmlIsRead)
{
    QTextDocument doc;
    MarkdownText::setMarkdown(
        doc, QStringLiteral("A map ![the island](/usr/share/pixmaps/debian-logo.png) and "
                            "<b>tags</b> <img src=\"/etc/passwd\"> shown as typed."));
    EXPECT_EQ(doc.toPlainText(), QStringLiteral("A map the island and <b>tags</b> <img "
                                                "src=\"/etc/passwd\"> shown as typed."));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            EXPECT_FALSE(it.fragment().charFormat().isImageFormat());
}

TEST(MarkdownTextTest, ALineBreakStaysALineBreak)
{
    // Inside a paragraph (Markdown would join the lines); blocks stay blocks.
    QTextDocument doc;
    doc.setTextWidth(2000);
    MarkdownText::setMarkdown(doc, QStringLiteral("First line\nsecond **line**\r\nthird\n\n"
                                                  "Intro:\n- one\n  more\n- two\n\n"
                                                  "Title\n===\n\n```\ncode\n  more code\n```"));
    doc.size(); // laid out
    const QTextBlock first = doc.firstBlock();
    EXPECT_EQ(first.layout()->lineCount(), 3);
    EXPECT_EQ(first.text(), QString::fromUtf16(u"First line\u2028second line\u2028third"));
    EXPECT_EQ(first.blockFormat().topMargin(), 0); // the bubble pads it
    const QTextBlock intro = first.next();
    EXPECT_EQ(intro.text(), QStringLiteral("Intro:"));
    EXPECT_EQ(intro.textList(), nullptr);
    EXPECT_EQ(intro.next().text(), QString::fromUtf16(u"one\u2028more"));
    ASSERT_NE(intro.next().textList(), nullptr);
    EXPECT_EQ(intro.next().textList()->count(), 2);
    EXPECT_EQ(blockWith(doc, QStringLiteral("Title")).blockFormat().headingLevel(), 1);
    EXPECT_TRUE(doc.toPlainText().endsWith(QLatin1String("code\n  more code")))
        << doc.toPlainText().toStdString();
    EXPECT_EQ(doc.lastBlock().blockFormat().bottomMargin(), 0);
}

TEST(MarkdownTextTest, HeadingsAreAtMostOneSizeUp)
{
    QTextDocument doc;
    MarkdownText::setMarkdown(doc, QStringLiteral("# One\n\n## Two\n\n### Three\n\n###### Six"));
    QVector<int> sizes;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        EXPECT_GT(block.blockFormat().headingLevel(), 0) << block.text().toStdString();
        EXPECT_GE(block.begin().fragment().charFormat().fontWeight(), QFont::Bold);
        sizes << block.begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment);
    }
    EXPECT_EQ(sizes, (QVector<int>{1, 1, 0, 0}));
}

TEST(MarkdownTextTest, ShownIsTheTextWithoutItsMarks)
{
    EXPECT_EQ(MarkdownText::shown(QStringLiteral("The captain was **Benjamin Briggs**.")),
              QStringLiteral("The captain was Benjamin Briggs."));
    EXPECT_EQ(MarkdownText::shown(QStringLiteral("## The Crew")), QStringLiteral("The Crew"));
    EXPECT_EQ(MarkdownText::shown(QStringLiteral("- his wife *Sarah*")),
              QStringLiteral("his wife Sarah"));
    EXPECT_EQ(MarkdownText::shown(QStringLiteral("**He ran.")), QStringLiteral("**He ran."));
}

TEST(MarkdownTextTest, WhatMayRestyleTheLinesBefore)
{
    const auto may = [](const char16_t* before, const char16_t* added) {
        const QString b = QString::fromUtf16(before);
        return MarkdownText::mayRestyle(b + QString::fromUtf16(added), b.size());
    };
    EXPECT_TRUE(may(u"The **captain", u" was**"));
    EXPECT_TRUE(may(u"A `code", u"`"));
    EXPECT_TRUE(may(u"A [link", u"](http://example.com)"));
    EXPECT_TRUE(may(u"Title\n", u"---"));
    EXPECT_TRUE(may(u"| a | b |\n", u"|---|---|"));
    EXPECT_FALSE(may(u"The captain", u" was a careful man."));
    EXPECT_FALSE(may(u"A well", u"-known ship = a ship"));
}

} // namespace
} // namespace st
