#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace st {

class ChatSession;

/// "‹ 2 of 3 ›" next to Regenerate: flips between the versions of the last reply (the one
/// shown is what the narrator goes on from). Hidden while there is only one.
class ReplyVersionBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyVersionBar(QWidget* parent = nullptr);

    void setChat(ChatSession* chat);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QPointer<ChatSession> m_chat;
    QToolButton* m_previous;
    QLabel* m_label;
    QToolButton* m_next;
};

} // namespace st
