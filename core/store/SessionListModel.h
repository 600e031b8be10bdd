#pragma once

#include "core/store/SessionRecord.h"

#include <QAbstractListModel>
#include <QVector>

namespace st {

class SessionStore;

/// Saved sessions, most recently used first, for the sidebar. Follows the store.
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
    };

    explicit SessionListModel(SessionStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    void setCurrentSession(qint64 id);
    qint64 currentSession() const { return m_current; }
    int rowOf(qint64 id) const;
    const SessionRecord& at(int row) const { return m_sessions.at(row); }

private:
    SessionStore& m_store;
    QVector<SessionRecord> m_sessions;
    qint64 m_current = 0;
};

} // namespace st
