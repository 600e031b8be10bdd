#include "core/library/ListeningHistory.h"

#include "core/library/LibraryLog.h"
#include "core/library/LibrarySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace st {

ListeningHistory::ListeningHistory(QSqlDatabase db) : m_db(std::move(db)) {}

QHash<QString, int> ListeningHistory::furthestChapters() const
{
    QHash<QString, int> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql::selectFurthestChapters)) {
        qCWarning(lcLibrary) << "listening history:" << q.lastError().text();
        return result;
    }
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

int ListeningHistory::stage(int furthestChapter, int chapterCount)
{
    if (furthestChapter <= kNotHeard)
        return 0;
    return chapterCount > 0 && furthestChapter >= chapterCount ? 2 : 1;
}

} // namespace st
