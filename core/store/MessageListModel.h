#pragma once

#include "core/store/MessageRecord.h"

#include <QAbstractListModel>
#include <QVector>

namespace st {

class MessageStore;

/// The messages of one session, for the chat and session views. A long history is held as
/// a window of its newest messages: load() reads the last page, loadOlder() the page before
/// the first row (as the reader scrolls back), dropOlder() lets go of rows again, so a
/// session of 10,000 messages costs what a page costs.
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

    /// The newest page shown first fills a tall window a few times over; older pages are
    /// smaller, so reading one in while the reader scrolls back is a short pause.
    static constexpr int kPageSize = 150;
    static constexpr int kOlderPageSize = 25;

    /// Shows exactly \a messages (no older ones to load).
    void setMessages(const QVector<MessageRecord>& messages);
    /// Shows the newest \a pageSize messages of session \a sessionId from \a store, which
    /// must outlive the model (or the next load/setMessages).
    void load(const MessageStore& store, qint64 sessionId, int pageSize = kPageSize);
    /// Messages older than the first row are still in the store.
    bool hasOlder() const { return m_hasOlder; }
    /// Prepends the \a count messages before the first row; returns how many were added.
    int loadOlder(int count = kOlderPageSize);
    /// Loads older pages until message \a messageId is a row (and a few before it for
    /// context); returns its row, or -1 when the session has no such message.
    int loadThrough(qint64 messageId);
    /// Lets go of all but the newest \a keep rows (they can be loaded again).
    void dropOlder(int keep);
    /// The row of message \a messageId, or -1.
    int rowOf(qint64 messageId) const;
    /// Appends and returns the new row.
    int append(const MessageRecord& message);
    void setContent(int row, const QString& content, MessageRecord::Status status);
    void setId(int row, qint64 id);
    /// Replaces row \a row with \a message (as stored).
    void setRecord(int row, const MessageRecord& message);
    const MessageRecord& at(int row) const { return m_messages.at(row); }
    const QVector<MessageRecord>& messages() const { return m_messages; }

private:
    void prepend(const QVector<MessageRecord>& older);

    QVector<MessageRecord> m_messages;
    const MessageStore* m_store = nullptr;
    qint64 m_sessionId = 0;
    bool m_hasOlder = false;
};

} // namespace st
