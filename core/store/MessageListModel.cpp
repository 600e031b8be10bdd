#include "core/store/MessageListModel.h"

#include "core/store/MessageStore.h"

#include <algorithm>
#include <limits>

namespace st {

MessageListModel::MessageListModel(QObject* parent) : QAbstractListModel(parent) {}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const MessageRecord& m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case Qt::AccessibleTextRole: // a screen reader says who spoke, then what
        if (m.role == MessageRecord::Role::User)
            return tr("You: %1").arg(m.content);
        if (m.role == MessageRecord::Role::Assistant && m.chapter > 0)
            return tr("Narrator, chapter %1: %2").arg(m.chapter).arg(m.content);
        if (m.role == MessageRecord::Role::Assistant)
            return tr("Narrator: %1").arg(m.content);
        return m.content;
    case IdRole:
        return m.id;
    case RoleRole:
        return MessageRecord::roleName(m.role);
    case StatusRole:
        return MessageRecord::statusName(m.status);
    case ChapterRole:
        return m.chapter;
    case CreatedAtRole:
        return m.createdAt;
    case CompletionTokensRole:
        return m.completionTokens;
    case OriginalRole:
        return m.original;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"},
            {RoleRole, "role"},
            {ContentRole, "content"},
            {StatusRole, "status"},
            {ChapterRole, "chapter"},
            {CreatedAtRole, "createdAt"},
            {CompletionTokensRole, "completionTokens"},
            {OriginalRole, "original"}};
}

void MessageListModel::setMessages(const QVector<MessageRecord>& messages)
{
    beginResetModel();
    m_messages = messages;
    m_store = nullptr;
    m_sessionId = 0;
    m_hasOlder = false;
    endResetModel();
}

void MessageListModel::load(const MessageStore& store, qint64 sessionId, int pageSize)
{
    beginResetModel();
    m_store = &store;
    m_sessionId = sessionId;
    pageSize = std::max(1, pageSize);
    // One more than a page tells whether there is anything older.
    m_messages = store.page(sessionId, std::numeric_limits<qint64>::max(), pageSize + 1);
    m_hasOlder = m_messages.size() > pageSize;
    if (m_hasOlder)
        m_messages.removeFirst();
    endResetModel();
}

void MessageListModel::prepend(const QVector<MessageRecord>& older)
{
    if (older.isEmpty())
        return;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_messages = older + m_messages;
    endInsertRows();
}

int MessageListModel::loadOlder(int count)
{
    if (!m_store || !m_hasOlder || m_messages.isEmpty() || count <= 0)
        return 0;
    QVector<MessageRecord> older = m_store->page(m_sessionId, m_messages.first().seq, count + 1);
    m_hasOlder = older.size() > count;
    if (m_hasOlder)
        older.removeFirst();
    prepend(older);
    return int(older.size());
}

int MessageListModel::loadThrough(qint64 messageId)
{
    int row = rowOf(messageId);
    if (row >= 0 || !m_store || !m_hasOlder || m_messages.isEmpty())
        return row;
    const auto target = m_store->get(messageId);
    if (!target || target->sessionId != m_sessionId)
        return -1;
    constexpr int kContext = 20;
    QVector<MessageRecord> older = m_store->page(m_sessionId, target->seq, kContext + 1);
    m_hasOlder = older.size() > kContext;
    if (m_hasOlder)
        older.removeFirst();
    older += m_store->range(m_sessionId, target->seq, m_messages.first().seq);
    prepend(older);
    return rowOf(messageId);
}

void MessageListModel::dropOlder(int keep)
{
    const int drop = int(m_messages.size()) - std::max(0, keep);
    if (drop <= 0 || !m_store)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_messages.remove(0, drop);
    m_hasOlder = true;
    endRemoveRows();
}

int MessageListModel::rowOf(qint64 messageId) const
{
    if (messageId <= 0)
        return -1;
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).id == messageId)
            return row;
    }
    return -1;
}

int MessageListModel::append(const MessageRecord& message)
{
    const int row = static_cast<int>(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
    return row;
}

void MessageListModel::setContent(int row, const QString& content, MessageRecord::Status status)
{
    if (row < 0 || row >= m_messages.size())
        return;
    m_messages[row].content = content;
    m_messages[row].status = status;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, Qt::AccessibleTextRole, ContentRole, StatusRole});
}

void MessageListModel::setId(int row, qint64 id)
{
    if (row >= 0 && row < m_messages.size())
        m_messages[row].id = id;
}

void MessageListModel::setRecord(int row, const MessageRecord& message)
{
    if (row < 0 || row >= m_messages.size())
        return;
    m_messages[row] = message;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

} // namespace st
