#include "ui/ChapterMenuButton.h"

#include "core/narration/ChatSession.h"

#include <QEvent>
#include <QMenu>

namespace st {

ChapterMenuButton::ChapterMenuButton(QWidget* parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chapterMenu"));
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ChapterMenuButton::fillMenu);
}

void ChapterMenuButton::setChat(ChatSession* chat)
{
    m_chat = chat;
    if (chat)
        connect(chat, &ChatSession::replyLengthChanged, this, &ChapterMenuButton::refresh);
    refresh();
}

void ChapterMenuButton::refresh()
{
    if (!m_chat) {
        setText(QString());
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const int chapter = m_chat->chapter();
    QString text = chapter > 0 ? tr("chapter %1 of %2").arg(chapter).arg(m_chat->chapterCount())
                               : tr("introduction");
    if (m_chat->replyLength() < 0)
        text += tr(" · shorter chapters");
    else if (m_chat->replyLength() > 0)
        text += tr(" · longer chapters");
    setText(text);
    setToolTip(tr("The story's chapters: hear one again, or go on to the next"));
    setAccessibleName(tr("Chapters"));
}

void ChapterMenuButton::fillMenu()
{
    QMenu* list = menu();
    list->clear();
    if (!m_chat)
        return;
    const auto chapters = m_chat->script().tellableChapters();
    const int place = m_chat->chapter();
    for (int i = 0; i < chapters.size(); ++i) {
        const int number = i + 1;
        const QString heading = chapters.at(i).heading.trimmed();
        // A later chapter's heading could give it away: only its number is shown.
        QString label = heading.isEmpty() || number > place + 1
                            ? tr("Chapter %1").arg(number)
                            : tr("%1. %2").arg(number).arg(heading);
        if (number == place)
            label = tr("%1 (here)").arg(label);
        else if (number == place + 1)
            label = tr("%1 (next)").arg(label);
        QAction* action = list->addAction(label);
        action->setEnabled(number <= place + 1 && !m_chat->isBusy());
        action->setToolTip(number <= place ? tr("Hear this chapter again")
                                           : tr("Go on to this chapter"));
        connect(action, &QAction::triggered, this, [this, number] {
            if (m_chat)
                m_chat->tellChapter(number);
        });
    }
    // The requests a listener can also make in words.
    list->addSeparator();
    using Kind = ListenerTurn::Kind;
    const bool idle = !m_chat->isBusy();
    const struct
    {
        QString text;
        Kind kind;
        bool enabled;
    } commands[] = {
        {tr("Skip to the end"), Kind::Skip, idle && !m_chat->isFinished()},
        {tr("Shorter chapters"), Kind::Shorter, idle && m_chat->replyLength() > -1},
        {tr("Longer chapters"), Kind::Longer, idle && m_chat->replyLength() < 1},
    };
    for (const auto& c : commands) {
        QAction* action = list->addAction(c.text);
        action->setEnabled(c.enabled);
        connect(action, &QAction::triggered, this, [this, kind = c.kind] {
            if (m_chat)
                m_chat->command(kind);
        });
    }
}

void ChapterMenuButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace st
