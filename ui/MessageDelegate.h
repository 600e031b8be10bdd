#pragma once

#include "ui/MessageTextCache.h"

#include <QHash>
#include <QStyledItemDelegate>

class QTextDocument;

namespace st {

/// Paints a message as a chat bubble: the narrator's on the left in the reading font,
/// the listener's on the right in the accent colour, each with a small caption.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The caption above a message ("Narrator · chapter 3", "You").
    static QString caption(const QModelIndex& index);
    /// The message as shown: a translated answer also shows what was written.
    static QString displayText(const QModelIndex& index);
    /// The narrator's messages are Markdown (MarkdownText) and shown formatted; the
    /// listener's are shown as typed.
    static bool isMarkdown(const QModelIndex& index);
    void invalidate(const QModelIndex& index);
    /// The message being read aloud (0: none) and its sentence sounding now, which is
    /// highlighted in the bubble.
    void setReading(qint64 messageId, const QString& sentence);
    qint64 readingMessage() const { return m_readingId; }
    /// A message shown briefly as found (a search result opened there); 0: none.
    void setHighlighted(qint64 messageId) { m_highlightedId = messageId; }
    qint64 highlightedMessage() const { return m_highlightedId; }
    /// Where message \a index's bubble is drawn and where its last line of text is, for
    /// option.rect the row's rectangle: while a reply grows within its last line only that
    /// line need be painted again.
    QRect bubbleRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QRect lastLineRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// Message \a index's text as it is drawn: laid out, formatted when it is Markdown.
    const QTextDocument& document(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const;
    /// The part of the view being painted (view coordinates); text outside it is not drawn.
    /// A null rectangle: all of it.
    void setExposed(const QRect& rect) { m_exposed = rect; }
    void invalidateAll()
    {
        m_sizes.clear();
        m_texts.clear();
    }

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    QString shownCaption(const QModelIndex& index) const;
    const QTextDocument& text(const QStyleOptionViewItem& option, const QModelIndex& index,
                              int width) const;

    mutable QHash<quint64, QSize> m_sizes; // (text, width, status, …) → size
    mutable MessageTextCache m_texts;
    qint64 m_readingId = 0;
    qint64 m_highlightedId = 0;
    QString m_readingSentence;
    QString m_readingShown; // the sentence as its formatted message shows it
    QRect m_exposed;
};

} // namespace st
