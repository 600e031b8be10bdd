#pragma once

#include "core/library/ScriptInfo.h"

#include <QAbstractListModel>
#include <QVector>

namespace st {

class ScriptLibrary;

/// The library's titles, for the sidebar. Follows the library.
class ScriptListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        TitleRole, // also Qt::DisplayRole
        LanguageRole,
        OriginRole,
        SourceRole,
    };

    explicit ScriptListModel(ScriptLibrary& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();

private:
    ScriptLibrary& m_library;
    QVector<ScriptInfo> m_scripts;
};

} // namespace st
