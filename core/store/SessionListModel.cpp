#include "core/store/SessionListModel.h"

#include "core/store/SessionStore.h"

#include <QDateTime>
#include <algorithm>

namespace st {

SessionListModel::SessionListModel(SessionStore& store, QObject* parent, Clock clock)
    : QAbstractListModel(parent), m_store(store), m_clock(std::move(clock))
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
    case GroupRole:
        return int(s.id == m_current ? Current : groupFor(s.lastUsedAt, m_clock()));
    case ChapterRole:
        return s.chapterReached;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {IdRole, "sessionId"},      {NameRole, "name"},         {TitleRole, "title"},
        {LanguageRole, "language"}, {LastUsedRole, "lastUsed"}, {MessageCountRole, "messageCount"},
        {CurrentRole, "current"},   {GroupRole, "group"},       {ChapterRole, "chapter"}};
}

bool SessionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void SessionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QVector<SessionRecord> page = m_store.list(kPage, m_fetched);
    m_fetched += static_cast<int>(page.size());
    m_more = page.size() == kPage;
    // Offsets shift when another process adds or uses a session between two pages: a row
    // already shown is not shown twice (the current one is on top already).
    QSet<qint64> shown;
    for (const SessionRecord& r : std::as_const(m_sessions))
        shown.insert(r.id);
    page.removeIf([this, &shown](const SessionRecord& r) {
        return m_hidden.contains(r.id) || shown.contains(r.id);
    });
    if (page.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_sessions.size()),
                    static_cast<int>(m_sessions.size() + page.size()) - 1);
    m_sessions += page;
    endInsertRows();
}

void SessionListModel::reload()
{
    beginResetModel();
    // As many as were shown (a change must not fold up a list scrolled far down), and when
    // all were shown, all again with room for the new ones.
    const int wanted = m_more ? std::max(kPage, m_fetched) : m_fetched + kPage;
    m_sessions = m_store.list(wanted);
    m_fetched = static_cast<int>(m_sessions.size());
    m_more = m_fetched == wanted;
    if (m_current > 0 && rowOf(m_current) < 0) { // used long ago: fetched on its own
        if (auto current = m_store.get(m_current)) {
            current->scriptBody.clear();
            current->summary.clear();
            m_sessions.prepend(*current);
        }
    }
    if (!m_hidden.isEmpty())
        m_sessions.removeIf([this](const SessionRecord& r) { return m_hidden.contains(r.id); });
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

void SessionListModel::setHidden(qint64 id, bool hidden)
{
    if (hidden ? !m_hidden.contains(id) : m_hidden.remove(id)) {
        if (hidden)
            m_hidden.insert(id);
        reload();
    }
}

SessionListModel::HistoryGroup SessionListModel::groupFor(qint64 lastUsedMs, qint64 nowMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(lastUsedMs).date();
    const qint64 days = day.daysTo(QDateTime::fromMSecsSinceEpoch(nowMs).date());
    if (days <= 0)
        return Today;
    if (days == 1)
        return Yesterday;
    return days < 7 ? ThisWeek : Older;
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
