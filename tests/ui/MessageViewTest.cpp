// The chat view while a reply streams in: a piece that ends on the line the last one did is
// painted as that line alone (no layout of every row, no repaint of the whole view); a piece
// that starts a line lays the row out again and the view follows it; and whatever was painted
// piece by piece is, pixel for pixel, what a view shown afresh with the same text paints.
// The view's scroll bar is the app's slim flat one (Fusion's gradient bar made the raster
// engine wait on its thread pool every time the bar moved).
#include "ui/MessageView.h"

#include "core/store/MessageListModel.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QImage>
#include <QPaintEvent>
#include <QScrollBar>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

MessageRecord message(qint64 id, MessageRecord::Role role, const QString& text,
                      MessageRecord::Status status = MessageRecord::Status::Complete)
{
    MessageRecord m;
    m.id = id;
    m.sessionId = 1;
    m.role = role;
    m.content = text;
    m.status = status;
    m.chapter = role == MessageRecord::Role::Assistant ? 1 : -1;
    return m;
}

/// Collects the regions the view's viewport is asked to paint.
class PaintLog : public QObject
{
public:
    QRegion painted;
    int paints = 0;

    void clear()
    {
        painted = QRegion();
        paints = 0;
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent*>(event)->region();
            ++paints;
        }
        return false;
    }
};

class MessageViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model.setMessages({message(1, MessageRecord::Role::Assistant,
                                   QStringLiteral("The lighthouse keeper kept a log.")),
                           message(2, MessageRecord::Role::User, QStringLiteral("Go on.")),
                           message(3, MessageRecord::Role::Assistant, QString(),
                                   MessageRecord::Status::Streaming)});
        view = std::make_unique<MessageView>();
        view->resize(640, 420);
        view->setModel(&model);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->viewport()->installEventFilter(&log);
        settle();
    }

    /// Lets queued layouts, scrolls and paints happen.
    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    void stream(const QString& piece)
    {
        text += piece;
        model.setContent(2, text, MessageRecord::Status::Streaming);
        settle();
    }

    int rowHeight() const { return view->visualRect(model.index(2)).height(); }

    MessageListModel model;
    std::unique_ptr<MessageView> view;
    PaintLog log;
    QString text;
};

TEST_F(MessageViewTest, APieceOnTheSameLineRepaintsOnlyThatLine)
{
    // Two lines and a bit: the bubble is as wide as it gets.
    stream(QStringLiteral("It was a grey night, and the keeper climbed the stair to the lamp. "
                          "The wind came in from the north and the glass shook in its frame.\n"
                          "He"));
    stream(QStringLiteral(" wrote"));
    const int height = rowHeight();
    log.clear();

    stream(QStringLiteral(" in"));

    EXPECT_EQ(rowHeight(), height);
    ASSERT_GT(log.paints, 0) << "the new text was never painted";
    const QRect painted = log.painted.boundingRect();
    const int line = QFontMetrics(Theme::readingFont(view.get())).height();
    EXPECT_LE(painted.height(), line + 4) << "more than the last line was painted";
    EXPECT_TRUE(view->visualRect(model.index(2)).contains(painted));
}

TEST_F(MessageViewTest, AShortReplyGrowingWiderRepaintsOnlyItsBubble)
{
    stream(QStringLiteral("It was"));
    stream(QStringLiteral(" a"));
    const int height = rowHeight();
    log.clear();

    stream(QStringLiteral(" grey night"));

    EXPECT_EQ(rowHeight(), height);
    ASSERT_GT(log.paints, 0);
    EXPECT_TRUE(view->visualRect(model.index(2)).contains(log.painted.boundingRect()))
        << "the other messages were painted again too";
}

TEST_F(MessageViewTest, APieceThatStartsALineLaysTheRowOutAndTheViewFollows)
{
    stream(QStringLiteral("It was a grey night."));
    const int height = rowHeight();
    for (int i = 0; i < 30; ++i)
        stream(QStringLiteral(" The lamp turned and the sea rose against the rocks."));
    stream(QStringLiteral("\n\nAt dawn the boat was gone."));

    EXPECT_GT(rowHeight(), height + 100);
    QScrollBar* bar = view->verticalScrollBar();
    EXPECT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), bar->maximum()) << "the view stopped following the reply";
}

TEST_F(MessageViewTest, WhatIsPaintedPieceByPieceIsWhatAFreshViewPaints)
{
    const QStringList pieces =
        QStringLiteral("It was a grey night, and the keeper climbed the stair to the "
                       "lamp. The wind came in from the north and the glass shook. "
                       "He wrote in the log that the ship had not come.\n\nAt dawn "
                       "the boat was gone, and the log ended there.")
            .split(QLatin1Char(' '));
    for (const QString& word : pieces)
        stream(text.isEmpty() ? word : QStringLiteral(" ") + word);
    const QImage streamed = view->viewport()->grab().toImage();

    MessageListModel fresh;
    QVector<MessageRecord> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.at(row));
    fresh.setMessages(rows);
    MessageView other;
    other.resize(view->size());
    other.setModel(&fresh);
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
    settle();
    ASSERT_EQ(other.verticalScrollBar()->value(), view->verticalScrollBar()->value());
    EXPECT_EQ(streamed, other.viewport()->grab().toImage());

    // And once it is complete (its caption changes), the whole bubble is painted again.
    model.setContent(2, text, MessageRecord::Status::Complete);
    fresh.setContent(2, text, MessageRecord::Status::Complete);
    settle();
    EXPECT_EQ(view->viewport()->grab().toImage(), other.viewport()->grab().toImage());
}

TEST_F(MessageViewTest, TheScrollBarIsTheThemesSlimOne)
{
    const QString before = qApp->styleSheet();
    Theme::apply(*qApp);
    MessageView styled;
    styled.resize(400, 300);
    styled.setModel(&model);
    styled.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&styled));
    EXPECT_EQ(styled.verticalScrollBar()->sizeHint().width(), 10);
    qApp->setStyleSheet(before);
}

} // namespace
} // namespace st
