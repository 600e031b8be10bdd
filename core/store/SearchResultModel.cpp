#include "core/store/SearchResultModel.h"

namespace st {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractListModel(parent) {}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const SearchResult& r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return r.snippet;
    case SessionIdRole:
        return r.sessionId;
    case MessageIdRole:
        return r.messageId;
    case SessionNameRole:
        return r.sessionName;
    case StoryTitleRole:
        return r.storyTitle;
    case RoleRole:
        return r.isTitleHit() ? QString() : MessageRecord::roleName(r.role);
    case DateRole:
        return r.date;
    case TitleHitRole:
        return r.isTitleHit();
    case ResultRole:
        return QVariant::fromValue(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},
            {MessageIdRole, "messageId"},
            {SessionNameRole, "sessionName"},
            {StoryTitleRole, "storyTitle"},
            {SnippetRole, "snippet"},
            {RoleRole, "role"},
            {DateRole, "date"},
            {TitleHitRole, "titleHit"},
            {ResultRole, "result"}};
}

void SearchResultModel::setResults(const QVector<SearchResult>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

} // namespace st
