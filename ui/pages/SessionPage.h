#pragma once

#include "core/store/SessionRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace st {

class AppController;
class MessageView;

/// A saved session: its story, where it stopped and its history; Continue picks the
/// story up at the next chapter.
class SessionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPage(AppController& controller, QWidget* parent = nullptr);

    void showSession(const SessionRecord& session);
    /// Scrolls the history to message \a messageId and highlights it for a moment.
    bool revealMessage(qint64 messageId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    AppController& m_controller;
    SessionRecord m_session;
    QLabel* m_name;
    QLabel* m_details;
    MessageView* m_view;
    QPushButton* m_continue;
    QPushButton* m_back;
};

} // namespace st
