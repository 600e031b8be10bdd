#pragma once

#include <QPointer>
#include <QToolButton>

namespace st {

class ChatSession;

/// The chat's place ("chapter 5 of 14", and the length asked for, if any) as a button whose
/// menu lists the story's chapters: the ones told can be heard again, the next one asked
/// for, the later ones are shown but closed.
class ChapterMenuButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ChapterMenuButton(QWidget* parent = nullptr);

    void setChat(ChatSession* chat);
    /// The text for the place reached, in the UI language.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillMenu();

    QPointer<ChatSession> m_chat;
};

} // namespace st
