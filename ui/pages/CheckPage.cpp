#include "ui/pages/CheckPage.h"

#include "core/flow/AppController.h"
#include "core/flow/ScriptCreator.h"
#include "core/match/LexicalEvaluator.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

CheckPage::CheckPage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)),
      m_sessionLabel(new QLabel(this)), m_query(new QLineEdit(this)), m_ask(new QPushButton(this)),
      m_steps(new QListWidget(this)), m_result(new QLabel(this)), m_accept(new QPushButton(this)),
      m_options(new QWidget(this)), m_closestLabel(new QLabel(m_options)), m_hint(new QLabel(this)),
      m_exit(new QPushButton(this)), m_retry(new QPushButton(this)), m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("checkPage"));
    m_query->setObjectName(QStringLiteral("queryEdit"));
    m_query->setMaxLength(LexicalEvaluator::kMaxQueryLength * 4); // longer input gets a message
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_accept->setAutoDefault(true); // Enter on the focused button accepts too
    m_accept->hide();
    m_options->setObjectName(QStringLiteral("unknownOptions"));
    m_hint->setObjectName(QStringLiteral("retryHint"));
    m_closestLabel->setObjectName(QStringLiteral("closestLabel"));
    m_closestLabel->setProperty("role", QStringLiteral("hint"));
    m_exit->setObjectName(QStringLiteral("exitButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_create->setObjectName(QStringLiteral("createButton"));
    Theme::setHeading(m_heading);
    Theme::setPrimary(m_ask);
    m_sessionLabel->setProperty("role", QStringLiteral("hint"));
    m_result->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setProperty("role", QStringLiteral("hint"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setMaximumHeight(120);
    m_steps->setStyleSheet(QStringLiteral("background: transparent;"));

    auto* askRow = new QHBoxLayout;
    askRow->addWidget(m_query, 1);
    askRow->addWidget(m_ask);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_create);
    buttons->addWidget(m_exit);
    buttons->addStretch(1);
    auto* closestRow = new QVBoxLayout; // one title a line: titles are long
    closestRow->setContentsMargins(0, 0, 0, 0);
    closestRow->setSpacing(4);
    for (int i = 0; i < LexicalEvaluator::kClosest; ++i) {
        auto* button = new QPushButton(m_options);
        button->setObjectName(QStringLiteral("closestStory%1").arg(i));
        button->hide();
        closestRow->addWidget(button, 0, Qt::AlignLeft);
        m_closest.append(button);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_lastEvaluation.closest.size())
                m_controller.tellScript(m_lastEvaluation.closest.at(i).scriptId);
        });
    }
    auto* optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_closestLabel);
    optionsLayout->addLayout(closestRow);
    optionsLayout->addSpacing(6);
    optionsLayout->addWidget(m_hint);
    optionsLayout->addLayout(buttons);

    auto* card = new QWidget(this);
    auto* layout = new QVBoxLayout(card);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_sessionLabel);
    layout->addSpacing(6);
    layout->addLayout(askRow);
    layout->addWidget(m_steps);
    layout->addWidget(m_result);
    layout->addWidget(m_accept, 0, Qt::AlignLeft);
    layout->addWidget(m_options);
    Theme::centerCard(this, card, 680);
    showOptions(false);

    connect(m_ask, &QPushButton::clicked, this, &CheckPage::ask);
    connect(m_query, &QLineEdit::returnPressed, this, &CheckPage::submit);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        m_accept->hide();
        m_controller.acceptSuggestion();
    });
    connect(m_exit, &QPushButton::clicked, this, [this] { m_controller.exitToSettings(); });
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_controller.creator().setRequest(m_query->text().trimmed());
        m_controller.openCreate();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        showOptions(false);
        m_result->clear();
        m_query->selectAll();
        m_query->setFocus();
    });
    connect(&m_controller, &AppController::checkStep, this, [this](const QString& step) {
        m_steps->addItem(QStringLiteral("✓ ") + step);
        m_steps->scrollToBottom();
    });
    connect(&m_controller, &AppController::checkFinished, this, &CheckPage::onFinished);
    retranslateUi();
}

void CheckPage::prepare()
{
    m_steps->clear();
    m_result->clear();
    m_hasResult = false;
    m_accept->hide();
    showOptions(false);
    m_ask->setEnabled(true);
    retranslateUi();
    m_query->setFocus();
}

void CheckPage::setQuery(const QString& text)
{
    m_query->setText(text);
    m_query->setFocus();
}

void CheckPage::askFor(const QString& text)
{
    setQuery(text);
    ask();
}

void CheckPage::ask()
{
    m_steps->clear();
    m_result->clear();
    m_hasResult = false;
    m_accept->hide();
    showOptions(false);
    m_askedText = m_query->text();
    m_controller.ask(m_askedText);
}

bool CheckPage::suggestionOffered() const
{
    return m_hasResult && m_lastDecision == Evaluation::Decision::MoreDetail &&
           m_controller.hasSuggestion();
}

void CheckPage::submit()
{
    if (suggestionOffered() && m_query->text() == m_askedText) {
        m_accept->click();
        return;
    }
    ask();
}

void CheckPage::onFinished(const Evaluation& evaluation, Evaluation::Decision decision)
{
    m_lastEvaluation = evaluation;
    m_lastDecision = decision;
    m_hasResult = true;
    retranslateUi();
}

void CheckPage::showOptions(bool visible)
{
    m_options->setVisible(visible);
}

void CheckPage::showClosest()
{
    const auto& closest = m_lastEvaluation.closest;
    m_closestLabel->setVisible(!closest.isEmpty());
    m_closestLabel->setText(tr("Perhaps one of these from the library?"));
    for (int i = 0; i < m_closest.size(); ++i) {
        QPushButton* button = m_closest.at(i);
        button->setVisible(i < closest.size());
        if (i < closest.size()) {
            button->setText(QString(closest.at(i).title).replace(u'&', QStringLiteral("&&")));
            button->setToolTip(tr("Tell “%1”").arg(closest.at(i).title));
        }
    }
}

void CheckPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_steps->clear(); // the steps of the last check, written in the old language
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CheckPage::retranslateUi()
{
    m_heading->setText(tr("What story would you like to hear?"));
    const auto session = m_controller.currentSession();
    m_sessionLabel->setText(session ? tr("Session: %1").arg(session->name) : QString());
    m_query->setPlaceholderText(tr("A name, a place or an event — e.g. the Mary Celeste — or "
                                   "\"anything\""));
    m_query->setAccessibleName(tr("Story to hear"));
    m_query->setAccessibleDescription(m_query->placeholderText());
    m_steps->setAccessibleName(tr("Checking the story"));
    m_ask->setText(tr("Ask"));
    m_hint->setText(tr("Hint: be more specific. Name the person, ship or place and the event, "
                       "e.g. \"the ghost ship Mary Celeste, 1872\"."));
    m_exit->setText(tr("Exit"));
    m_exit->setToolTip(tr("Back to the session settings"));
    m_retry->setText(tr("Retry"));
    m_create->setText(tr("Create…"));
    m_create->setToolTip(tr("Write a new script for this story"));
    m_accept->setText(tr("Yes, tell that one"));
    m_accept->setToolTip(tr("Tell the story suggested above (Enter)"));
    if (!m_hasResult)
        return;
    switch (m_lastDecision) {
    case Evaluation::Decision::Match:
        m_result->setText(tr("Found it: “%1”.").arg(m_lastEvaluation.title));
        showOptions(false);
        break;
    case Evaluation::Decision::MoreDetail:
        m_result->setText(tr("Did you mean “%1”? Tell me a little more — add a name, a place "
                             "or the event — and ask again.")
                              .arg(m_lastEvaluation.title));
        m_accept->setVisible(suggestionOffered());
        showOptions(false);
        break;
    case Evaluation::Decision::Unknown:
        m_result->setText(tr("I don't know that story yet. Try again with more detail, create "
                             "a script for it, or go back."));
        showClosest();
        showOptions(true);
        break;
    }
}

} // namespace st
