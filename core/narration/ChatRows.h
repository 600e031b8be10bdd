#pragma once

#include "core/llm/ChatRequest.h"

#include <QString>
#include <QVector>

namespace st {

class MessageListModel;

/// Where things are in a conversation's rows (the newest page of it: the turn in play is
/// always there): the narrator's last reply, the listener's answer to it, the history a
/// narrator is given.
class ChatRows
{
public:
    /// The last narrator reply's row, or -1.
    static int lastNarrator(const MessageListModel& model);
    /// The listener's answer just before the last narrator reply, or -1.
    static int lastAnswer(const MessageListModel& model);
    /// The listener's answer the reply at \a row answers (empty for none).
    static QString answerBefore(const MessageListModel& model, int row);
    /// The rows before \a beforeRow with text, as chat messages (oldest first).
    static QVector<ChatRequest::Message> history(const MessageListModel& model, int beforeRow);
};

} // namespace st
