#pragma once

#include <QListView>

namespace st {

class MessageDelegate;

/// A conversation: bubbles from MessageDelegate, following the newest text while it
/// streams unless the reader has scrolled up. Right-click copies a message.
class MessageView : public QListView
{
    Q_OBJECT
public:
    explicit MessageView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void scrollToEndIfFollowing();
    void copyMessage(const QPoint& pos);

    MessageDelegate* m_delegate;
    bool m_following = true;
};

} // namespace st
