#include "ui/ReplyVersionBar.h"

#include "core/narration/ChatSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace st {

ReplyVersionBar::ReplyVersionBar(QWidget* parent)
    : QWidget(parent), m_previous(new QToolButton(this)), m_label(new QLabel(this)),
      m_next(new QToolButton(this))
{
    setObjectName(QStringLiteral("replyVersions"));
    m_previous->setObjectName(QStringLiteral("previousVersionButton"));
    m_next->setObjectName(QStringLiteral("nextVersionButton"));
    m_label->setObjectName(QStringLiteral("versionLabel"));
    m_label->setProperty("role", QStringLiteral("hint"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, [this] {
        if (m_chat)
            m_chat->showReplyVersion(-1);
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        if (m_chat)
            m_chat->showReplyVersion(+1);
    });
    retranslateUi();
    hide();
}

void ReplyVersionBar::setChat(ChatSession* chat)
{
    if (m_chat)
        disconnect(m_chat, nullptr, this, nullptr);
    m_chat = chat;
    if (chat)
        connect(chat, &ChatSession::replyVersionChanged, this, &ReplyVersionBar::refresh);
    refresh();
}

void ReplyVersionBar::refresh()
{
    const int count = m_chat && m_chat->canRegenerate() ? m_chat->replyVersionCount() : 0;
    setVisible(count > 1);
    if (count <= 1)
        return;
    const int index = m_chat->replyVersionIndex();
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_label->setText(tr("%1 of %2").arg(index + 1).arg(count));
}

void ReplyVersionBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReplyVersionBar::retranslateUi()
{
    m_previous->setToolTip(tr("The earlier version of this reply"));
    m_next->setToolTip(tr("The later version of this reply"));
    m_previous->setAccessibleName(m_previous->toolTip());
    m_next->setAccessibleName(m_next->toolTip());
    refresh();
}

} // namespace st
