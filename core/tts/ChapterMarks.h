#pragma once

#include "core/store/MessageRecord.h"
#include "core/store/SessionRecord.h"
#include "core/tts/AudioChapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace st {

/// The chapter marks of an exported session's audio: one for the opening (the hook, chapter
/// 0) and one for each chapter of the story the narrator told, in the order they are heard.
///
/// Built from the session (its script gives the chapters' headings) and its messages: each
/// narrator message belongs to the chapter the narrator recorded for it (a message without
/// one, chapter -1, to the chapter before it). While the audio is written, enter() is called
/// with each narrator message's first sound; a message whose chapter differs from the one
/// before starts a mark there (so the pause between messages stays with the chapter it
/// ends). chapters() closes the last mark at the end of the audio.
///
/// Titles: the opening is the story's title ("Opening", translated, without a story); a
/// chapter is its heading in the script, or "Chapter N" (translated) when the script has
/// none.
class ChapterMarks
{
    Q_DECLARE_TR_FUNCTIONS(st::ChapterMarks)

public:
    ChapterMarks() = default;
    ChapterMarks(const SessionRecord& session, const QVector<MessageRecord>& messages);

    /// The chapter (0: the opening) narrator message \a messageId belongs to; -1 for a
    /// message that is not the narrator's or not in the session.
    int chapterOf(qint64 messageId) const { return m_chapterOf.value(messageId, -1); }
    /// The title of chapter \a chapter (0: the opening).
    QString title(int chapter) const;
    /// Message \a messageId begins to sound at \a ms: a new mark starts when its chapter is
    /// not the one heard last.
    void enter(qint64 messageId, qint64 ms);
    /// The marks so far, the last one ending at \a totalMs (each other one where the next
    /// begins).
    QVector<AudioChapter> chapters(qint64 totalMs) const;
    /// Forgets the marks entered (the chapters of the messages stay).
    void clearMarks();

private:
    struct Mark
    {
        int chapter = 0;
        qint64 startMs = 0;
    };

    QString m_storyTitle;
    QStringList m_headings; // the script's chapters, in order (chapter 1 first)
    QHash<qint64, int> m_chapterOf;
    QVector<Mark> m_marks;
};

} // namespace st
