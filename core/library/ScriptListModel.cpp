#include "core/library/ScriptListModel.h"

#include "core/library/ListeningHistory.h"
#include "core/library/ScriptLibrary.h"

namespace st {
namespace {

int languageOrder(const QString& language)
{
    static const QStringList order{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                                   QStringLiteral("es")};
    const int at = int(order.indexOf(language));
    return at < 0 ? int(order.size()) : at;
}

} // namespace

ScriptListModel::ScriptListModel(ScriptLibrary& library, const ListeningHistory* history,
                                 QObject* parent)
    : QAbstractListModel(parent), m_library(library), m_history(history)
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
        return s.summary.isEmpty() ? s.title : s.title + u'\n' + s.summary;
    case IdRole:
        return s.id;
    case LanguageRole:
        return s.language;
    case OriginRole:
        return s.origin;
    case SourceRole:
        return s.sourceUrl;
    case SummaryRole:
        return s.summary;
    case LanguagesRole:
        return m_languages.value(s.storyKey(), {s.language});
    case HeardRole:
        return m_heard.value(s.storyKey(), ListeningHistory::kNotHeard);
    case ChapterCountRole:
        return s.chapterCount;
    case SearchRole:
        return QString(s.title + u'\n' + s.summary + u'\n' + s.keywords);
    default:
        return {};
    }
}

QHash<int, QByteArray> ScriptListModel::roleNames() const
{
    return {{IdRole, "scriptId"},         {TitleRole, "title"},   {LanguageRole, "language"},
            {OriginRole, "origin"},       {SourceRole, "source"}, {SummaryRole, "summary"},
            {LanguagesRole, "languages"}, {HeardRole, "heard"},   {ChapterCountRole, "chapters"},
            {SearchRole, "search"}};
}

void ScriptListModel::reload()
{
    beginResetModel();
    m_scripts = m_library.catalog();
    m_languages.clear();
    for (const ScriptInfo& s : std::as_const(m_scripts))
        m_languages[s.storyKey()].append(s.language);
    for (QStringList& languages : m_languages) {
        std::sort(languages.begin(), languages.end(), [](const QString& a, const QString& b) {
            return languageOrder(a) < languageOrder(b);
        });
    }
    m_heard = m_history ? m_history->furthestChapters() : QHash<QString, int>();
    endResetModel();
}

void ScriptListModel::refreshHistory()
{
    if (!m_history)
        return;
    const QHash<QString, int> heard = m_history->furthestChapters();
    if (heard == m_heard)
        return;
    m_heard = heard;
    if (!m_scripts.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_scripts.size()) - 1), {HeardRole});
}

} // namespace st
