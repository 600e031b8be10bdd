#include "ui/MessageView.h"

#include "core/store/MessageListModel.h"
#include "ui/MarkdownText.h"
#include "ui/MessageDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPaintEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

namespace st {
namespace {
constexpr int kAnchorX = 40; // inside the narrator's bubbles, left of the listener's
} // namespace

MessageView::MessageView(QWidget* parent) : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::NoSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalScrollBar()->setSingleStep(24);
    // Styled by Theme ("st--MessageView QScrollBar": slim, flat colours). The bar was
    // polished while this was still a QAbstractScrollArea being built, when no such rule
    // matched it, so it is polished again now that it is a MessageView's.
    QScrollBar* bar = verticalScrollBar();
    bar->setObjectName(QStringLiteral("messageScrollBar"));
    bar->style()->unpolish(bar);
    bar->style()->polish(bar);
    connect(this, &QWidget::customContextMenuRequested, this, &MessageView::copyMessage);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_following = value >= verticalScrollBar()->maximum() - 40; });
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(kHighlightMs);
    connect(&m_revealTimer, &QTimer::timeout, this, &MessageView::endReveal);
}

void MessageView::setModel(QAbstractItemModel* model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    m_delegate->invalidateAll();
    QListView::setModel(model);
    m_following = true;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) { onRowsInserted(last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        endReveal();
        m_delegate->invalidateAll();
        m_following = true;
        scrollToEndIfFollowing();
    });
    scrollToEndIfFollowing();
}

void MessageView::onRowsInserted(int last)
{
    if (m_loadingOlder || last < model()->rowCount() - 1)
        return; // older pages read in keep the view where it is
    m_following = true;
    scrollToEndIfFollowing();
    QTimer::singleShot(0, this, &MessageView::dropOlderIfFollowing);
}

void MessageView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    if (dy > 0) // moving towards the top
        QTimer::singleShot(0, this, &MessageView::loadOlderIfNear);
}

void MessageView::loadOlderIfNear()
{
    auto* messages = qobject_cast<MessageListModel*>(model());
    if (!messages || !messages->hasOlder() || m_loadingOlder ||
        verticalScrollBar()->value() > viewport()->height())
        return;
    // The row at the top and where it is now; after the rows above arrive it goes back there.
    const QPersistentModelIndex anchor = indexAt(QPoint(kAnchorX, 1));
    const int offset = anchor.isValid() ? visualRect(anchor).top() : 0;
    m_loadingOlder = true;
    const int added = messages->loadOlder();
    m_loadingOlder = false;
    if (added == 0 || !anchor.isValid())
        return;
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->value() + visualRect(anchor).top() - offset);
}

void MessageView::dropOlderIfFollowing()
{
    auto* messages = qobject_cast<MessageListModel*>(model());
    if (!messages || !m_following || m_revealed.isValid() ||
        messages->rowCount() <= 2 * MessageListModel::kPageSize)
        return;
    messages->dropOlder(MessageListModel::kPageSize);
    scrollToEndIfFollowing();
}

void MessageView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                              const QList<int>& roles)
{
    if (topLeft.row() == bottomRight.row() && repaintInPlace(topLeft))
        return;
    m_delegate->invalidate(topLeft); // every row is laid out again: a bubble may have grown
    QListView::dataChanged(topLeft, bottomRight, roles);
    scrollToEndIfFollowing();
}

bool MessageView::repaintInPlace(const QModelIndex& index)
{
    // A streaming reply gets a piece every few milliseconds. While its bubble keeps the
    // height it was laid out at, nothing moves: the rows need no layout (a pass over every
    // row and a repaint of the whole view), only the bubble is painted again, and when the
    // piece ended on the line the last one did (the bubble the same size too), only that line.
    const bool streaming = index.isValid() && index.data(MessageListModel::StatusRole).toString() ==
                                                  QLatin1String("streaming");
    if (!streaming) {
        m_growing = QPersistentModelIndex();
        return false;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const QString text = MessageDelegate::displayText(index);
    const QRect bubble = m_delegate->bubbleRect(option, index);
    const QRect line = m_delegate->lastLineRect(option, index);
    const bool same = index == m_growing && m_growingHeight > 0 &&
                      m_delegate->sizeHint(option, index).height() == m_growingHeight;
    // (In a narrator's Markdown, a piece that closes a "**" opened lines before restyles them.)
    const bool inLine = same && !m_growingText.isEmpty() && text.startsWith(m_growingText) &&
                        bubble == m_growingBubble && line == m_growingLine &&
                        !(MessageDelegate::isMarkdown(index) &&
                          MarkdownText::mayRestyle(text, m_growingText.size()));
    if (index != m_growing)
        m_growingHeight = 0; // known once it is laid out (doItemsLayout)
    m_growing = index;
    m_growingText = text;
    m_growingBubble = bubble;
    m_growingLine = line;
    if (!same)
        return false;
    viewport()->update(inLine ? line : option.rect);
    return true;
}

void MessageView::doItemsLayout()
{
    QListView::doItemsLayout();
    // The height the growing reply was laid out at (visualRect() gives its height now).
    m_growingHeight = 0;
    if (m_growing.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        m_growingHeight = m_delegate->sizeHint(option, m_growing).height();
    }
}

void MessageView::paintEvent(QPaintEvent* event)
{
    m_delegate->setExposed(event->rect());
    QListView::paintEvent(event);
    m_delegate->setExposed(QRect());
}

void MessageView::scrollToEndIfFollowing()
{
    if (!m_following || m_scrollPending)
        return;
    m_scrollPending = true; // once per turn of the event loop, however many pieces arrive
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (m_following && !m_revealed.isValid()) // a message being shown wins
            scrollToBottom();
    });
}

void MessageView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    if (m_revealed.isValid())
        scrollTo(m_revealed, QAbstractItemView::PositionAtCenter);
    else
        scrollToEndIfFollowing();
}

bool MessageView::revealMessage(qint64 messageId)
{
    if (!model() || messageId <= 0)
        return false;
    if (auto* messages = qobject_cast<MessageListModel*>(model())) {
        m_loadingOlder = true; // a message further back is read in first
        messages->loadThrough(messageId);
        m_loadingOlder = false;
    }
    for (int row = model()->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(MessageListModel::IdRole).toLongLong() != messageId)
            continue;
        m_following = false;
        m_revealed = index;
        setCurrentIndex(index);
        m_delegate->setHighlighted(messageId);
        scrollTo(index, QAbstractItemView::PositionAtCenter);
        // Again once the view is laid out (a page just shown has not been yet).
        QTimer::singleShot(0, this, [this] {
            if (m_revealed.isValid())
                scrollTo(m_revealed, QAbstractItemView::PositionAtCenter);
        });
        m_revealTimer.start();
        viewport()->update();
        return true;
    }
    return false;
}

qint64 MessageView::highlightedMessage() const
{
    return m_delegate->highlightedMessage();
}

const QTextDocument& MessageView::textDocument(const QModelIndex& index)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->document(option, index);
}

void MessageView::endReveal()
{
    m_revealTimer.stop();
    m_revealed = QPersistentModelIndex();
    if (m_delegate->highlightedMessage() == 0)
        return;
    m_delegate->setHighlighted(0);
    viewport()->update();
}

void MessageView::copyMessage(const QPoint& pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    const bool narrator =
        index.data(MessageListModel::RoleRole).toString() == QLatin1String("assistant");
    QAction* read = nullptr;
    QAction* stop = nullptr;
    if (m_readAloud && narrator && id > 0) {
        if (id == m_delegate->readingMessage()) {
            stop = menu.addAction(tr("Stop reading aloud"));
        } else {
            read = menu.addAction(tr("Read aloud"));
        }
    }
    QAction* fork =
        m_fork && id > 0 ? menu.addAction(tr("Continue from here in a new session")) : nullptr;
    QAction* copy = menu.addAction(tr("Copy message"));
    QAction* chosen = menu.exec(viewport()->mapToGlobal(pos));
    if (chosen && chosen == fork) {
        Q_EMIT forkRequested(id);
        return;
    }
    if (chosen == copy)
        QApplication::clipboard()->setText(index.data(MessageListModel::ContentRole).toString());
    else if (chosen && chosen == read)
        Q_EMIT readAloudRequested(id);
    else if (chosen && chosen == stop)
        Q_EMIT stopReadingRequested();
}

void MessageView::setReading(qint64 messageId, const QString& sentence)
{
    const qint64 before = m_delegate->readingMessage();
    m_delegate->setReading(messageId, sentence);
    if (!model())
        return;
    // From the end (the message read is nearly always among the last), stopping once both
    // the old and the new one are found: a long history is not walked for every sentence.
    int left = (before != 0) + (messageId != 0 && messageId != before);
    for (int row = model()->rowCount() - 1; row >= 0 && left > 0; --row) {
        const QModelIndex index = model()->index(row, 0);
        const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
        if (id != 0 && (id == before || id == messageId)) {
            m_delegate->invalidate(index); // the caption changed
            --left;
        }
    }
    viewport()->update();
}

} // namespace st
