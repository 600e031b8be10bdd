#pragma once

#include "core/library/ScriptInfo.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace st {

/// How far this listener has heard each story, read from the saved sessions: the
/// narrator's furthest chapter over every session told from it, in any of its languages
/// (a bundled story's scripts share one story key). Read afresh on each call; the query
/// uses the messages_chapter index.
class ListeningHistory
{
public:
    static constexpr int kNotHeard = -1;

    explicit ListeningHistory(QSqlDatabase db);

    /// Story key (ScriptInfo::storyKey) → furthest chapter told (0: only the hook).
    QHash<QString, int> furthestChapters() const;

    /// 0 never heard, 1 begun (the hook or some chapters), 2 heard to the end: the order
    /// in which "anything" prefers stories.
    static int stage(int furthestChapter, int chapterCount);

private:
    QSqlDatabase m_db;
};

} // namespace st
