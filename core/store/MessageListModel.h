#pragma once

#include "core/store/MessageRecord.h"

#include <QAbstractListModel>
#include <QVector>

namespace st {

/// The messages of one session, for the chat and session views.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        RoleRole,    // "user" or "assistant"
        ContentRole, // also Qt::DisplayRole
        StatusRole,  // "streaming", "complete", "interrupted", "error"
        ChapterRole,
        CreatedAtRole,
        CompletionTokensRole, // -1 when unknown
        OriginalRole,         // what the listener wrote, when the content is a translation
    };

    explicit MessageListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMessages(const QVector<MessageRecord>& messages);
    /// Appends and returns the new row.
    int append(const MessageRecord& message);
    void setContent(int row, const QString& content, MessageRecord::Status status);
    void setId(int row, qint64 id);
    void setCompletionTokens(int row, int tokens);
    /// Replaces row \a row with \a message (as stored).
    void setRecord(int row, const MessageRecord& message);
    const MessageRecord& at(int row) const { return m_messages.at(row); }
    const QVector<MessageRecord>& messages() const { return m_messages; }

private:
    QVector<MessageRecord> m_messages;
};

} // namespace st
