#include "ui/pages/ChatPage.h"

#include "core/flow/AppController.h"
#include "core/flow/AudiobookMode.h"
#include "core/flow/NarrationController.h"
#include "core/flow/SessionActions.h"
#include "core/narration/ChatSession.h"
#include "core/tts/SessionAudioExporter.h"
#include "ui/AudioExportDialog.h"
#include "ui/AudiobookKeys.h"
#include "ui/ChapterMenuButton.h"
#include "ui/ChatInput.h"
#include "ui/MessageView.h"
#include "ui/NarrationBar.h"
#include "ui/ReplyVersionBar.h"
#include "ui/Theme.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextCursor>
#include <QVBoxLayout>

namespace st {

ChatPage::ChatPage(AppController& controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_title(new QLabel(this)),
      m_chapter(new ChapterMenuButton(this)), m_progress(new QProgressBar(this)),
      m_end(new QPushButton(this)), m_view(new MessageView(this)), m_status(new QLabel(this)),
      m_tokens(new QLabel(this)), m_replyActions(new QWidget(this)),
      m_replyActionsLabel(new QLabel(m_replyActions)),
      m_continueReply(new QPushButton(m_replyActions)),
      m_retryReply(new QPushButton(m_replyActions)), m_narrationBar(new NarrationBar(this)),
      m_input(new ChatInput(this)), m_send(new QPushButton(this)), m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("chatPage"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    m_chapter->setObjectName(QStringLiteral("chapterLabel"));
    m_progress->setObjectName(QStringLiteral("chapterProgress"));
    m_end->setObjectName(QStringLiteral("endButton"));
    m_view->setObjectName(QStringLiteral("messageView"));
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_tokens->setObjectName(QStringLiteral("sessionTokens"));
    m_replyActions->setObjectName(QStringLiteral("replyActions"));
    m_continueReply->setObjectName(QStringLiteral("continueReplyButton"));
    m_retryReply->setObjectName(QStringLiteral("retryReplyButton"));
    m_tokens->setProperty("role", QStringLiteral("hint"));
    m_replyActionsLabel->setWordWrap(true);
    auto* actionsLayout = new QHBoxLayout(m_replyActions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_replyActionsLabel, 1);
    actionsLayout->addWidget(m_continueReply);
    actionsLayout->addWidget(m_retryReply);
    m_replyActions->hide();
    m_input->setObjectName(QStringLiteral("messageInput"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    Theme::setHeading(m_title);
    Theme::setPrimary(m_send);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a long title ("The Somerton Man (the Tamam Shud Case)") at
                                // a large font takes two lines rather than being cut
    m_chapter->setProperty("role", QStringLiteral("hint"));
    m_status->setProperty("role", QStringLiteral("hint"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_stop->hide();
    m_input->setFont(Theme::readingFont(this));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_chapter);
    header->addWidget(m_progress);
    header->addSpacing(12);
    header->addWidget(m_end);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_stop, 0, Qt::AlignBottom);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_narrationBar);
    layout->addWidget(m_replyActions);
    m_regenerate = new QPushButton(this);
    m_versions = new ReplyVersionBar(this);
    m_editAnswer = new QPushButton(this);
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    m_editAnswer->setObjectName(QStringLiteral("editAnswerButton"));
    m_regenerate->setFlat(true);
    m_editAnswer->setFlat(true);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_tokens);
    statusRow->addWidget(m_editAnswer);
    statusRow->addWidget(m_versions);
    statusRow->addWidget(m_regenerate);
    layout->addLayout(statusRow);
    layout->addLayout(inputRow);

    connect(m_input, &ChatInput::submitted, this, &ChatPage::send);
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_chat)
            m_chat->stop();
    });
    connect(m_continueReply, &QPushButton::clicked, this, [this] {
        if (m_chat)
            m_chat->continueReply();
    });
    connect(m_retryReply, &QPushButton::clicked, this, [this] {
        if (m_chat)
            m_chat->retryReply();
    });
    connect(m_end, &QPushButton::clicked, this, [this] { m_controller.endChat(); });
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (m_chat && m_chat->isBusy())
            m_chat->stop();
        else if (m_editing)
            stopEditing();
    });
    connect(m_regenerate, &QPushButton::clicked, this, [this] {
        if (m_chat)
            m_chat->regenerateReply();
    });
    connect(m_editAnswer, &QPushButton::clicked, this, &ChatPage::startEditing);
    m_narrationBar->hide();
    m_narrationBar->setAudiobook(&m_controller.audiobook());
    new AudiobookKeys(this, &m_controller.audiobook());
    connect(m_narrationBar, &NarrationBar::playRequested, this, &ChatPage::playLastReply);
    connect(m_narrationBar, &NarrationBar::exportRequested, this, &ChatPage::exportAudio);
    connect(m_view, &MessageView::readAloudRequested, this, [this](qint64 id) {
        if (m_narration)
            m_narration->play(id);
    });
    m_view->setForkAvailable(true);
    connect(m_view, &MessageView::forkRequested, this, [this](qint64 messageId) {
        if (!m_chat || m_chat->isBusy())
            return;
        const auto outcome =
            m_controller.sessionActions().forkAndContinue(m_chat->sessionId(), messageId);
        if (!outcome.ok && !outcome.message.isEmpty())
            QMessageBox::warning(this, tr("New session"), outcome.message);
    });
    connect(m_view, &MessageView::stopReadingRequested, this, [this] {
        if (m_narration)
            m_narration->stop();
    });
    retranslateUi();
}

void ChatPage::setNarration(NarrationController* narration)
{
    if (m_narration)
        disconnect(m_narration, nullptr, this, nullptr);
    m_narration = narration;
    m_narrationBar->setNarration(narration);
    m_narrationBar->setExportAvailable(narration != nullptr);
    m_view->setReadAloudAvailable(narration != nullptr);
    if (!narration)
        return;
    connect(narration, &NarrationController::sentenceStarted, this,
            [this](qint64 messageId, int, const QString& text) {
                m_view->setReading(messageId, text);
            });
    connect(narration, &NarrationController::stateChanged, this,
            [this](NarrationQueue::State state) {
                if (state == NarrationQueue::State::Idle)
                    m_view->setReading(0, {});
            });
}

void ChatPage::exportAudio()
{
    if (!m_chat)
        return;
    const auto choice = AudioExportDialog::ask(
        this, m_chat->name(), QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    if (choice)
        exportAudioTo(choice->path, choice->format);
}

void ChatPage::exportAudioTo(const QString& outputPath, AudioFormat format)
{
    if (!m_chat || !m_narration)
        return;
    // The save dialog asked about the audio file; the files beside it are asked about here.
    const auto replaceBeside =
        AudioExportDialog::replaceBeside(this, m_chat->name(), outputPath, format);
    if (!replaceBeside)
        return;
    SessionAudioExporter* exporter =
        m_narration->exportSession(m_chat->sessionId(), outputPath, *replaceBeside, format);
    if (!exporter)
        return; // one is running; its dialog is open
    auto* progress =
        new QProgressDialog(tr("Exporting the session's audio…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export audio"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    connect(exporter, &SessionAudioExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, exporter, [this, exporter, progress] {
        exporter->cancel();
        progress->close();
        m_statusText = tr("The export was cancelled; nothing was written.");
        retranslateUi();
    });
    connect(exporter, &SessionAudioExporter::finished, progress,
            [this, progress](const QString& wav, const QString& markdown) {
                progress->close();
                m_statusText =
                    tr("Saved the audio to %1 and the transcript to %2.")
                        .arg(QDir::toNativeSeparators(wav), QDir::toNativeSeparators(markdown));
                retranslateUi();
            });
    connect(exporter, &SessionAudioExporter::failed, progress,
            [this, progress](const QString& why) {
                progress->close();
                m_statusText = why;
                retranslateUi();
            });
}

void ChatPage::playLastReply()
{
    if (!m_chat || !m_narration)
        return;
    const auto& messages = m_chat->model()->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == MessageRecord::Role::Assistant && it->id > 0) {
            m_narration->play(it->id);
            return;
        }
    }
}

void ChatPage::attach(ChatSession* chat)
{
    detach();
    m_chat = chat;
    m_view->setModel(chat->model());
    m_title->setText(chat->script().title);
    m_statusText.clear();
    m_answered = false;
    connect(chat, &ChatSession::progressChanged, this, &ChatPage::updateProgress);
    connect(chat, &ChatSession::busyChanged, this, &ChatPage::updateBusy);
    m_versions->setChat(chat);
    m_chapter->setChat(chat);
    updateProgress();
    updateBusy(chat->isBusy());
    retranslateUi();
    m_input->setFocus();
}

void ChatPage::detach()
{
    m_editing = false;
    if (m_chat)
        disconnect(m_chat, nullptr, this, nullptr);
    m_chat = nullptr;
    m_versions->setChat(nullptr);
    m_view->setModel(nullptr);
    m_statusText.clear();
    updateBusy(false);
}

void ChatPage::send()
{
    if (!m_chat)
        return;
    if (m_chat->isBusy()) {
        // The text stays in the box; listening without answering ends now.
        if (!m_input->toPlainText().trimmed().isEmpty())
            m_controller.audiobook().listenerSpoke();
        return;
    }
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    if (m_editing) {
        if (m_chat->editLastAnswer(text)) {
            m_editing = false;
            m_input->setPlainText(m_draftBeforeEdit);
            m_statusText.clear();
            retranslateUi();
        }
        return;
    }
    if (m_chat->send(text)) {
        m_input->clear();
        m_answered = true;
        m_statusText.clear();
        retranslateUi();
    }
}

void ChatPage::startEditing()
{
    if (!m_chat || !m_chat->canEditLastAnswer())
        return;
    if (!m_editing)
        m_draftBeforeEdit = m_input->toPlainText();
    m_editing = true;
    m_input->setPlainText(m_chat->lastAnswer());
    m_input->setFocus();
    m_input->moveCursor(QTextCursor::End);
    retranslateUi();
}

void ChatPage::stopEditing()
{
    m_editing = false;
    m_input->setPlainText(m_draftBeforeEdit); // what was being typed before comes back
    retranslateUi();
}

void ChatPage::updateProgress()
{
    if (!m_chat)
        return;
    if (m_chat->wasResumed() && !m_answered)
        m_statusText = m_chat->welcomeBack();
    const int total = std::max(1, m_chat->chapterCount());
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(m_chat->chapter(), total));
    retranslateUi();
}

void ChatPage::updateBusy(bool busy)
{
    m_stop->setVisible(busy);
    m_send->setEnabled(!busy);
    updateReplyActions();
}

void ChatPage::updateReplyActions()
{
    const bool show = m_chat && m_chat->canResumeReply();
    m_replyActions->setVisible(show);
    m_regenerate->setVisible(m_chat && !show && m_chat->canRegenerate());
    m_editAnswer->setVisible(m_chat && m_chat->canEditLastAnswer());
    m_versions->refresh();
    if (m_chat) {
        const TokenUsage usage = m_chat->sessionUsage();
        m_tokens->setText(usage.promptTokens > 0 || usage.completionTokens > 0
                              ? tr("%1 tokens in, %2 out this session")
                                    .arg(QLocale().toString(usage.promptTokens),
                                         QLocale().toString(usage.completionTokens))
                              : QString());
    } else {
        m_tokens->clear();
    }
    retranslateUi();
}

void ChatPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatPage::retranslateUi()
{
    m_end->setText(tr("End"));
    m_end->setToolTip(tr("Save this session and go back to the start"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send (Enter). Shift+Enter starts a new line."));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the narrator (Esc). What was told is kept."));
    m_input->setPlaceholderText(tr("Your answer… (type \"exit\" to finish)"));
    // Set only when they change: this runs at every state change, and each set is an
    // event a screen reader may announce.
    if (m_input->accessibleName() != tr("Your answer"))
        m_input->setAccessibleName(tr("Your answer"));
    if (m_input->accessibleDescription() != m_input->placeholderText())
        m_input->setAccessibleDescription(m_input->placeholderText());
    if (m_view->accessibleName() != tr("Conversation"))
        m_view->setAccessibleName(tr("Conversation"));
    m_continueReply->setText(tr("Continue"));
    m_continueReply->setToolTip(tr("Go on from where the reply stopped"));
    // A reply cut off by an error is retried; one stopped or cut off by a crash, regenerated.
    const bool failed = m_chat && m_chat->lastError().isError();
    m_retryReply->setText(failed ? tr("Retry") : tr("Regenerate"));
    m_retryReply->setToolTip(tr("Tell this part again from its start"));
    m_replyActionsLabel->setText(tr("The last reply was cut off. What arrived is kept."));
    m_regenerate->setText(tr("Regenerate"));
    m_regenerate->setToolTip(tr("Tell the last reply again"));
    m_editAnswer->setText(tr("Edit my answer"));
    m_editAnswer->setToolTip(tr("Change your last answer and hear the reply again"));
    if (m_chat) {
        m_chapter->refresh();
        if (m_editing)
            m_status->setText(tr("Editing your last answer: press Enter to send it again, or "
                                 "Esc to cancel."));
        else if (m_chat->isFinished() && !m_chat->isBusy())
            m_status->setText(tr("The story has ended. Press End or type \"exit\" to finish."));
        else
            m_status->setText(m_statusText);
    } else {
        m_chapter->setChat(nullptr);
        m_status->clear();
    }
}

} // namespace st
