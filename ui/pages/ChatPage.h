#pragma once

#include "core/tts/AudioFormat.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace st {

class ChapterMenuButton;

class AppController;
class ChatInput;
class ChatSession;
class MessageView;
class NarrationBar;
class ReplyVersionBar;
class NarrationController;

/// The story as a conversation: the narrator's turns stream in, the listener answers.
/// Shows "chapter 3 of 14"; End (or "exit") saves and returns to Settings; Esc stops a
/// reply and keeps its text.
class ChatPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPage(AppController& controller, QWidget* parent = nullptr);

    void attach(ChatSession* chat);
    void detach();
    /// Reads the chat aloud with \a narration (nullptr: no read-aloud controls).
    void setNarration(NarrationController* narration);
    NarrationBar* narrationBar() const { return m_narrationBar; }
    /// Exports this session's audio in \a format and its transcript to \a outputPath (no
    /// file dialog), showing progress with Cancel; the result shows in the status line.
    void exportAudioTo(const QString& outputPath, AudioFormat format = AudioFormat::Wav);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void send();
    void updateProgress();
    void updateBusy(bool busy);
    void updateReplyActions();
    void startEditing();
    void stopEditing();
    void playLastReply();
    void exportAudio();

    AppController& m_controller;
    QPointer<ChatSession> m_chat;
    QLabel* m_title;
    ChapterMenuButton* m_chapter;
    QProgressBar* m_progress;
    QPushButton* m_end;
    MessageView* m_view;
    QLabel* m_status;
    QLabel* m_tokens;
    QWidget* m_replyActions;
    QLabel* m_replyActionsLabel;
    QPushButton* m_continueReply;
    QPushButton* m_retryReply;
    QPushButton* m_regenerate;
    ReplyVersionBar* m_versions;
    QPushButton* m_editAnswer;
    bool m_editing = false;
    QString m_draftBeforeEdit;
    NarrationBar* m_narrationBar;
    QPointer<NarrationController> m_narration;
    ChatInput* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QString m_statusText;
    bool m_answered = false;
};

} // namespace st
