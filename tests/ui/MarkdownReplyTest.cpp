// The narrator's replies are Markdown and drawn formatted in the chat (MarkdownText, through
// MessageDelegate's text cache), also while they stream: a reply with a heading, bold and
// italics and a list streams into the real MessageView piece by piece, and what is drawn
// has no marks left (the cached document, and the pixels: the formatted bubble against the
// same text drawn plain). Marks not yet closed show as typed, and a piece that closes a
// `**` opened a line before repaints that line too. The sentence read aloud is found and
// marked in the formatted text. The listener's messages stay as typed.
#include "core/store/MessageListModel.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageView.h"
#include "ui/Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextList>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
using Status = MessageRecord::Status;

const QString kReply = QStringLiteral(
    "## The Crew\n\nThe captain was **Benjamin Briggs**, a careful man, and with him sailed:\n\n"
    "- his wife *Sarah*\n- their daughter Sophia\n- seven crew\n\n"
    "None of them was ever seen again.");

MessageRecord message(qint64 id, Role role, const QString& text, Status status = Status::Complete)
{
    MessageRecord m;
    m.id = id;
    m.sessionId = 1;
    m.role = role;
    m.content = text;
    m.status = status;
    m.chapter = role == Role::User ? -1 : 1;
    return m;
}

/// The fragment of \a doc that holds \a text (an invalid one when none does).
QTextFragment fragmentWith(const QTextDocument& doc, const QString& text)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().text().contains(text))
                return it.fragment();
    return {};
}

QTextBlock blockWith(const QTextDocument& doc, const QString& text)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.text().contains(text))
            return block;
    return {};
}

/// What \a window shows: its backing store, as painted piece by piece (QWidget::grab()
/// would paint it afresh, and never show what an update left out).
QImage onScreen(QWidget& window)
{
    const QImage image = window.screen()->grabWindow(window.winId()).toImage();
    EXPECT_EQ(image.size(), window.size() * window.devicePixelRatio());
    return image;
}

/// Collects the regions the view's viewport is asked to paint.
class PaintLog : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent*>(event)->region();
        return false;
    }
};

class MarkdownReplyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setMessages({message(1, Role::Assistant, QStringLiteral("It was a grey night.")),
                           message(2, Role::User, QStringLiteral("I *think* it was **2 * 3**")),
                           message(3, Role::Assistant, QString(), Status::Streaming)});
        show(view, model);
        view.viewport()->installEventFilter(&log);
    }

    static void show(MessageView& v, MessageListModel& m)
    {
        v.resize(640, 520);
        v.setModel(&m);
        v.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&v));
        settle();
    }

    static void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    void stream(const QString& piece)
    {
        text += piece;
        model.setContent(2, text, Status::Streaming);
        settle();
    }

    /// What a view shown afresh with the same messages paints.
    QImage freshImage()
    {
        MessageListModel fresh;
        QVector<MessageRecord> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(model.at(row));
        fresh.setMessages(rows);
        MessageView other;
        show(other, fresh);
        other.verticalScrollBar()->setValue(view.verticalScrollBar()->value());
        settle();
        return onScreen(other);
    }

    const QTextDocument& reply() { return view.textDocument(model.index(2)); }

    QStyleOptionViewItem option()
    {
        QStyleOptionViewItem o;
        o.initFrom(&view);
        o.widget = &view;
        o.rect = view.visualRect(model.index(2));
        return o;
    }
    MessageDelegate& delegate() { return *static_cast<MessageDelegate*>(view.itemDelegate()); }
    QRect bubbleRect() { return delegate().bubbleRect(option(), model.index(2)); }
    QRect lastLineRect() { return delegate().lastLineRect(option(), model.index(2)); }

    MessageListModel model;
    MessageView view;
    PaintLog log;
    QString text;
};

TEST_F(MarkdownReplyTest, AStreamedReplyIsDrawnFormattedPieceByPiece)
{
    // In pieces of 3 characters, so marks arrive split ("*" then "*Ben…"); each state
    // painted piece by piece is what a fresh view paints (nothing left from before).
    for (qsizetype at = 0; at < kReply.size(); at += 3) {
        stream(kReply.mid(at, 3));
        const QImage shown = onScreen(view); // (before another window is shown over it)
        ASSERT_EQ(shown, freshImage()) << "after " << text.size() << " characters:\n"
                                       << text.toStdString();
    }

    const QTextDocument& doc = reply();
    const QString shown = doc.toPlainText();
    EXPECT_FALSE(shown.contains(QLatin1String("**"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QLatin1String("##"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QLatin1String("- "))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u'*')) << shown.toStdString();

    const QTextBlock heading = blockWith(doc, QStringLiteral("The Crew"));
    ASSERT_TRUE(heading.isValid());
    EXPECT_EQ(heading.blockFormat().headingLevel(), 2);
    EXPECT_EQ(heading.text(), QStringLiteral("The Crew"));

    const QTextFragment bold = fragmentWith(doc, QStringLiteral("Benjamin Briggs"));
    ASSERT_TRUE(bold.isValid());
    EXPECT_EQ(bold.text(), QStringLiteral("Benjamin Briggs"));
    EXPECT_GE(bold.charFormat().fontWeight(), QFont::Bold);
    EXPECT_LT(fragmentWith(doc, QStringLiteral("a careful man")).charFormat().fontWeight(),
              QFont::Bold);
    EXPECT_TRUE(fragmentWith(doc, QStringLiteral("Sarah")).charFormat().fontItalic());

    QTextList* list = blockWith(doc, QStringLiteral("his wife")).textList();
    ASSERT_NE(list, nullptr) << "the list is not a list";
    EXPECT_EQ(list->count(), 3);
    EXPECT_EQ(list->format().style(), QTextListFormat::ListDisc);
    EXPECT_EQ(blockWith(doc, QStringLiteral("seven crew")).textList(), list);
    EXPECT_EQ(blockWith(doc, QStringLiteral("None of them")).textList(), nullptr);

    // Complete (its caption changes): still formatted, still what a fresh view paints.
    model.setContent(2, text, Status::Complete);
    settle();
    EXPECT_EQ(reply().toPlainText(), shown);
    const QImage complete = onScreen(view);
    EXPECT_EQ(complete, freshImage());
}

TEST_F(MarkdownReplyTest, AnUnclosedMarkShowsAsTypedUntilItCloses)
{
    // Three lines, the first the widest; the bold opens on the second and the piece that
    // closes it ends on the third, the bubble keeping its size: the second line is restyled,
    // so more than the line the piece ended on is painted again.
    stream(QStringLiteral("It was a grey and windless morning, far out at sea;\n"
                          "they knew her captain, **Benjamin\nSpooner Briggs"));
    EXPECT_TRUE(reply().toPlainText().endsWith(QLatin1String("**Benjamin\nSpooner Briggs")))
        << reply().toPlainText().toStdString();
    const QTextLayout* lines = reply().firstBlock().layout();
    ASSERT_EQ(lines->lineCount(), 3);
    ASSERT_GT(lines->lineAt(0).naturalTextWidth(), lines->lineAt(1).naturalTextWidth() + 40)
        << "the test wants the first line to be the widest";
    const QRect bubble = bubbleRect();
    const QRect last = lastLineRect();
    log.painted = QRegion();

    stream(QStringLiteral("** himself."));

    EXPECT_FALSE(reply().toPlainText().contains(u'*'));
    EXPECT_GE(fragmentWith(reply(), QStringLiteral("Benjamin")).charFormat().fontWeight(),
              QFont::Bold);
    ASSERT_EQ(bubbleRect(), bubble) << "the test wants the bubble to keep its size";
    ASSERT_EQ(lastLineRect(), last) << "the test wants the piece to end on the same line";
    const QRect above(last.left(), bubble.top(), last.width(), last.top() - bubble.top() - 1);
    EXPECT_TRUE(log.painted.intersects(above)) << "the restyled line was not painted again";
    const QImage shown = onScreen(view); // (before another window is shown over it)
    EXPECT_EQ(shown, freshImage());
}

TEST_F(MarkdownReplyTest, TheListenersMessageStaysAsTyped)
{
    const QTextDocument& doc = view.textDocument(model.index(1));
    EXPECT_EQ(doc.toPlainText(), QStringLiteral("I *think* it was **2 * 3**"));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            EXPECT_LT(it.fragment().charFormat().fontWeight(), QFont::Bold);
            EXPECT_FALSE(it.fragment().charFormat().fontItalic());
        }
}

TEST_F(MarkdownReplyTest, TheSentenceReadAloudIsMarkedInTheFormattedReply)
{
    // Narration names the sentence as written, marks and all; the bubble shows it without.
    model.setContent(2, kReply, Status::Complete);
    settle();
    view.setReading(3, QStringLiteral("A sentence that is not there."));
    settle();
    const QImage unmarked = onScreen(view);
    view.setReading(3, QStringLiteral("The captain was **Benjamin Briggs**, a careful man"));
    settle();
    EXPECT_NE(onScreen(view), unmarked) << "the sentence was not found in the formatted reply";
}

/// The horizontal extent of the pixels of \a image in \a rect drawn in \a ink (the caption and
/// the bubble's outline are lighter), antialiased edges left out.
int inkWidth(const QImage& image, const QRect& rect, const QColor& ink)
{
    int left = rect.right() + 1;
    int right = rect.left() - 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) +
                    std::abs(c.blue() - ink.blue()) <
                60) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    return right >= left ? right - left + 1 : 0;
}

/// The same measure of \a text drawn in \a font.
int inkWidth(const QFont& font, const QString& text, const QColor& ink)
{
    QImage image(1200, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QPoint(20, 50), text);
    painter.end();
    return inkWidth(image, image.rect(), ink);
}

TEST_F(MarkdownReplyTest, TheBubbleDrawsNoAsterisks)
{
    // The same words as the narrator's reply (formatted) and as a note drawn plain: the
    // same bubble, the same place, the same colours; only the formatting differs. Each is
    // measured against the words drawn alone, with and without the asterisks.
    const QString words = QStringLiteral("**Benjamin Briggs**");
    MessageListModel two;
    two.setMessages({message(1, Role::Assistant, words), message(2, Role::System, words)});
    MessageView both;
    show(both, two);
    const QImage image = both.viewport()->grab().toImage();
    const QColor ink = both.palette().color(QPalette::Text);
    const int formatted = inkWidth(image, both.visualRect(two.index(0)), ink);
    const int plain = inkWidth(image, both.visualRect(two.index(1)), ink);

    QFont font = Theme::readingFont(&both);
    const int withMarks = inkWidth(font, words, ink);
    font.setBold(true);
    const int boldAlone = inkWidth(font, QStringLiteral("Benjamin Briggs"), ink);
    ASSERT_GT(withMarks - boldAlone, 8) << "the font cannot tell them apart";
    EXPECT_NEAR(plain, withMarks, 2) << "the plain rendering is not what the test measures";
    EXPECT_NEAR(formatted, boldAlone, 2) << "the formatted bubble is not the bold words alone";
    EXPECT_EQ(both.textDocument(two.index(1)).toPlainText(), words);
}

} // namespace
} // namespace st
