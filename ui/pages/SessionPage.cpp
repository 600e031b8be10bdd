#include "ui/pages/SessionPage.h"

#include "core/flow/AppController.h"
#include "core/flow/SessionActions.h"
#include "core/store/MessageListModel.h"
#include "core/text/Languages.h"
#include "ui/MessageView.h"
#include "ui/Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

SessionPage::SessionPage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_name(new QLabel(this)),
      m_details(new QLabel(this)), m_view(new MessageView(this)), m_continue(new QPushButton(this)),
      m_back(new QPushButton(this))
{
    setObjectName(QStringLiteral("sessionPage"));
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    m_view->setObjectName(QStringLiteral("sessionHistory"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    Theme::setHeading(m_name);
    Theme::setPrimary(m_continue);
    m_name->setTextFormat(Qt::PlainText);
    m_details->setProperty("role", QStringLiteral("hint"));
    m_details->setWordWrap(true);
    m_view->setModel(controller.openedHistory());

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_continue);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_continue, &QPushButton::clicked, this, [this] { m_controller.continueSession(); });
    m_view->setForkAvailable(true);
    connect(m_view, &MessageView::forkRequested, this, [this](qint64 messageId) {
        const auto outcome = m_controller.sessionActions().forkAndContinue(m_session.id, messageId);
        if (!outcome.ok && !outcome.message.isEmpty())
            QMessageBox::warning(this, tr("New session"), outcome.message);
    });
    connect(m_back, &QPushButton::clicked, this, [this] { m_controller.exitToSettings(); });
    retranslateUi();
}

void SessionPage::showSession(const SessionRecord& session)
{
    m_session = session;
    retranslateUi();
    m_continue->setFocus();
}

bool SessionPage::revealMessage(qint64 messageId)
{
    return m_view->revealMessage(messageId);
}

void SessionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionPage::retranslateUi()
{
    m_view->setAccessibleName(tr("Conversation"));
    m_continue->setText(tr("Continue the story"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the session settings"));
    if (!m_session.isValid())
        return;
    m_name->setText(m_session.name);
    const int told = std::max(0, m_session.chapterReached);
    const QString lastUsed = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(m_session.lastUsedAt), QLocale::ShortFormat);
    m_details->setText(tr("“%1” · told in %2 · chapters told: %3 · last used %4")
                           .arg(m_session.scriptTitle, Languages::nativeName(m_session.language),
                                QString::number(told), lastUsed));
}

} // namespace st
