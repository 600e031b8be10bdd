#include "core/store/SessionListModel.h"

#include "core/store/SessionStore.h"

#include <QDateTime>

namespace st {

SessionListModel::SessionListModel(SessionStore& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store)
{
    connect(&m_store, &SessionStore::sessionsChanged, this, &SessionListModel::reload);
    reload();
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const SessionRecord& s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case Qt::ToolTipRole:
        return s.scriptTitle.isEmpty() ? s.name : s.name + QStringLiteral(" — ") + s.scriptTitle;
    case IdRole:
        return s.id;
    case TitleRole:
        return s.scriptTitle;
    case LanguageRole:
        return s.language;
    case LastUsedRole:
        return QDateTime::fromMSecsSinceEpoch(s.lastUsedAt);
    case MessageCountRole:
        return s.messageCount;
    case CurrentRole:
        return s.id == m_current;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {{IdRole, "sessionId"},      {NameRole, "name"},
            {TitleRole, "title"},       {LanguageRole, "language"},
            {LastUsedRole, "lastUsed"}, {MessageCountRole, "messageCount"},
            {CurrentRole, "current"}};
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions = m_store.list();
    // The current session stays on top.
    const int row = rowOf(m_current);
    if (row > 0)
        m_sessions.move(row, 0);
    endResetModel();
}

void SessionListModel::setCurrentSession(qint64 id)
{
    m_current = id;
    reload();
}

int SessionListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace st
