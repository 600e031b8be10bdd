#include "core/store/MessageListModel.h"

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
    return {{IdRole, "messageId"},  {RoleRole, "role"},       {ContentRole, "content"},
            {StatusRole, "status"}, {ChapterRole, "chapter"}, {CreatedAtRole, "createdAt"}, {CompletionTokensRole, "completionTokens"},
            {OriginalRole, "original"}};
}

void MessageListModel::setMessages(const QVector<MessageRecord>& messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
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
    Q_EMIT dataChanged(i, i, {Qt::DisplayRole, ContentRole, StatusRole});
}

void MessageListModel::setId(int row, qint64 id)
{
    if (row >= 0 && row < m_messages.size())
        m_messages[row].id = id;
}

void MessageListModel::setCompletionTokens(int row, int tokens)
{
    if (row < 0 || row >= m_messages.size())
        return;
    m_messages[row].completionTokens = tokens;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, {CompletionTokensRole});
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
