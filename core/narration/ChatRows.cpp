#include "core/narration/ChatRows.h"

#include "core/store/MessageListModel.h"

namespace st {

int ChatRows::lastNarrator(const MessageListModel& model)
{
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        if (model.at(row).role == MessageRecord::Role::Assistant)
            return row;
    }
    return -1;
}

int ChatRows::lastAnswer(const MessageListModel& model)
{
    const int narrator = lastNarrator(model);
    if (narrator <= 0)
        return -1;
    return model.at(narrator - 1).role == MessageRecord::Role::User ? narrator - 1 : -1;
}

QString ChatRows::answerBefore(const MessageListModel& model, int row)
{
    for (int r = row - 1; r >= 0; --r) {
        const MessageRecord& m = model.at(r);
        if (m.role == MessageRecord::Role::User)
            return m.content;
        if (m.role == MessageRecord::Role::Assistant)
            return {};
    }
    return {};
}

QVector<ChatRequest::Message> ChatRows::history(const MessageListModel& model, int beforeRow)
{
    QVector<ChatRequest::Message> history;
    for (int r = 0; r < beforeRow && r < model.rowCount(); ++r) {
        const MessageRecord& m = model.at(r);
        if (!m.content.isEmpty())
            history.append({MessageRecord::roleName(m.role), m.content});
    }
    return history;
}

} // namespace st
