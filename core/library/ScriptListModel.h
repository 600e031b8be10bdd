#pragma once

#include "core/library/ScriptInfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

namespace st {

class ListeningHistory;
class ScriptLibrary;

/// The library's stories as the sidebar browses them: title, one-line summary, the
/// languages the story exists in, and how far this listener has heard it. Follows the
/// library; refreshHistory() after a chapter is told or a session is deleted.
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
        SummaryRole,
        LanguagesRole,    // QStringList: every language the story is in, en ko ja es order
        HeardRole,        // the furthest chapter heard, ListeningHistory::kNotHeard if none
        ChapterCountRole, // chapters to tell
        SearchRole,       // what the text filter looks in: title, summary, keywords
    };

    explicit ScriptListModel(ScriptLibrary& library, const ListeningHistory* history = nullptr,
                             QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    void refreshHistory();

private:
    ScriptLibrary& m_library;
    const ListeningHistory* m_history;
    QVector<ScriptInfo> m_scripts;
    QHash<QString, QStringList> m_languages; // story key → languages
    QHash<QString, int> m_heard;             // story key → furthest chapter
};

} // namespace st
