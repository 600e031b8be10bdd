#pragma once

#include <QListView>
#include <QPersistentModelIndex>
#include <QTimer>

class QTextDocument;

namespace st {

class MessageDelegate;

/// A conversation: bubbles from MessageDelegate, following the newest text while it
/// streams unless the reader has scrolled up. Over a MessageListModel it reads older pages
/// as the reader nears the top and lets go of them once they follow the newest text again.
/// Right-click copies a message or reads it aloud.
class MessageView : public QListView
{
    Q_OBJECT
public:
    explicit MessageView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void doItemsLayout() override;
    /// Marks message \a messageId (0: none) as being read aloud, with \a sentence sounding.
    void setReading(qint64 messageId, const QString& sentence);
    /// "Read aloud" is offered on the narrator's messages when this is on.
    void setReadAloudAvailable(bool available) { m_readAloud = available; }
    /// "Continue from here in a new session" is offered on saved messages when this is on.
    void setForkAvailable(bool available) { m_fork = available; }
    /// Scrolls message \a messageId into the middle of the view and highlights it for a
    /// moment (kHighlightMs); false when the view does not hold it.
    bool revealMessage(qint64 messageId);
    qint64 highlightedMessage() const;
    /// The laid-out text of message \a index as the view draws it (its delegate's cached
    /// document: valid until the view measures or paints again).
    const QTextDocument& textDocument(const QModelIndex& index);

    static constexpr int kHighlightMs = 2500;

Q_SIGNALS:
    void readAloudRequested(qint64 messageId);
    /// "Continue from here in a new session" on message \a messageId.
    void forkRequested(qint64 messageId);
    void stopReadingRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent* event) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    /// A message that changed but kept its height is painted again where it is (a reply
    /// that grew within its last line: that line alone); false when it must be laid out.
    bool repaintInPlace(const QModelIndex& index);
    void onRowsInserted(int last);
    /// Near the top of a long history: reads the page before, keeping the view where it is.
    void loadOlderIfNear();
    /// Following the newest text: lets go of the rows far above it.
    void dropOlderIfFollowing();
    void scrollToEndIfFollowing();
    void copyMessage(const QPoint& pos);

    MessageDelegate* m_delegate;
    void endReveal();

    bool m_following = true;
    bool m_readAloud = false;
    bool m_fork = false;
    QPersistentModelIndex m_revealed; // kept in view while the layout settles
    QTimer m_revealTimer;
    bool m_loadingOlder = false;
    bool m_scrollPending = false;
    // The reply growing now, as last painted: its text, bubble and last line.
    QPersistentModelIndex m_growing;
    int m_growingHeight = 0; // as laid out
    QString m_growingText;
    QRect m_growingBubble;
    QRect m_growingLine;
};

} // namespace st
