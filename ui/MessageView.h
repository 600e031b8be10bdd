#pragma once

#include <QListView>

namespace st {

class MessageDelegate;

/// A conversation: bubbles from MessageDelegate, following the newest text while it
/// streams unless the reader has scrolled up. Right-click copies a message or reads it aloud.
class MessageView : public QListView
{
    Q_OBJECT
public:
    explicit MessageView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    /// Marks message \a messageId (0: none) as being read aloud, with \a sentence sounding.
    void setReading(qint64 messageId, const QString& sentence);
    /// "Read aloud" is offered on the narrator's messages when this is on.
    void setReadAloudAvailable(bool available) { m_readAloud = available; }
    /// "Continue from here in a new session" is offered on saved messages when this is on.
    void setForkAvailable(bool available) { m_fork = available; }

Q_SIGNALS:
    void readAloudRequested(qint64 messageId);
    /// "Continue from here in a new session" on message \a messageId.
    void forkRequested(qint64 messageId);
    void stopReadingRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void scrollToEndIfFollowing();
    void copyMessage(const QPoint& pos);

    MessageDelegate* m_delegate;
    bool m_following = true;
    bool m_readAloud = false;
    bool m_fork = false;
};

} // namespace st
