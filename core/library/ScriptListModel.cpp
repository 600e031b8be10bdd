#include "core/library/ScriptListModel.h"

#include "core/library/ScriptLibrary.h"

namespace st {

ScriptListModel::ScriptListModel(ScriptLibrary& library, QObject* parent)
    : QAbstractListModel(parent), m_library(library)
{
    connect(&m_library, &ScriptLibrary::libraryChanged, this, &ScriptListModel::reload);
    reload();
}

int ScriptListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scripts.size());
}

QVariant ScriptListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_scripts.size())
        return {};
    const ScriptInfo& s = m_scripts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case Qt::ToolTipRole:
        return s.sourceUrl.isEmpty() ? s.title : s.title + u'\n' + s.sourceUrl;
    case IdRole:
        return s.id;
    case LanguageRole:
        return s.language;
    case OriginRole:
        return s.origin;
    case SourceRole:
        return s.sourceUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScriptListModel::roleNames() const
{
    return {{IdRole, "scriptId"},
            {TitleRole, "title"},
            {LanguageRole, "language"},
            {OriginRole, "origin"},
            {SourceRole, "source"}};
}

void ScriptListModel::reload()
{
    beginResetModel();
    m_scripts = m_library.list();
    endResetModel();
}

} // namespace st
