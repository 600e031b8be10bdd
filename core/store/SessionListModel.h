#pragma once

#include "core/store/SessionRecord.h"
#include "core/util/Clock.h"

#include <QAbstractListModel>
#include <QSet>
#include <QVector>

namespace st {

class SessionStore;

/// Saved sessions, most recently used first, for the sidebar. Follows the store. Reads
/// them a page at a time (kPage, then more as the view scrolls to the end: canFetchMore /
/// fetchMore), so a history of thousands opens as fast as a short one; the current session
/// is always there, on top.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole, // also Qt::DisplayRole
        TitleRole,
        LanguageRole,
        LastUsedRole,
        MessageCountRole,
        CurrentRole,
        GroupRole,   // HistoryGroup: where it falls in the history (by last activity)
        ChapterRole, // the narrator's furthest chapter (0: the hook, -1: nothing told)
    };
    /// The sidebar's history sections, newest first; the current session is on top.
    enum HistoryGroup
    {
        Current,
        Today,
        Yesterday,
        ThisWeek,
        Older,
    };
    /// The group of a session last used at \a lastUsedMs, seen at \a nowMs (local dates).
    static HistoryGroup groupFor(qint64 lastUsedMs, qint64 nowMs);

    explicit SessionListModel(SessionStore& store, QObject* parent = nullptr,
                              Clock clock = systemClock());

    static constexpr int kPage = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    void setCurrentSession(qint64 id);
    qint64 currentSession() const { return m_current; }
    int rowOf(qint64 id) const;
    /// Leaves session \a id out of the list (deleted, waiting for Undo) or brings it back.
    void setHidden(qint64 id, bool hidden);
    const SessionRecord& at(int row) const { return m_sessions.at(row); }

private:
    SessionStore& m_store;
    QVector<SessionRecord> m_sessions;
    qint64 m_current = 0;
    Clock m_clock;
    QSet<qint64> m_hidden;
    int m_fetched = 0;   // rows read from the store, in its order (the offset of the next page)
    bool m_more = false; // the store may have more
};

} // namespace st
