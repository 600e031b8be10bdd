#pragma once

#include "core/store/SearchResult.h"

#include <QAbstractListModel>
#include <QVector>

namespace st {

/// What a session search found, for the search panel's list.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        SessionIdRole = Qt::UserRole + 1,
        MessageIdRole, // 0 for a title hit
        SessionNameRole,
        StoryTitleRole,
        SnippetRole, // also Qt::DisplayRole
        RoleRole,    // "user" or "assistant"; empty for a title hit
        DateRole,    // ms since the epoch
        TitleHitRole,
        ResultRole, // the whole SearchResult (with where the words are in the snippet)
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QVector<SearchResult>& results);
    const SearchResult& at(int row) const { return m_results.at(row); }

private:
    QVector<SearchResult> m_results;
};

} // namespace st
