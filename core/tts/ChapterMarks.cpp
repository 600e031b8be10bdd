#include "core/tts/ChapterMarks.h"

#include "core/script/ScriptJson.h"

namespace st {

ChapterMarks::ChapterMarks(const SessionRecord& session, const QVector<MessageRecord>& messages)
    : m_storyTitle(session.scriptTitle.simplified())
{
    if (session.hasScript()) {
        const Script script =
            ScriptJson::read(session.scriptBody.toUtf8(), session.language).script;
        for (const Script::Section& section : script.tellableChapters())
            m_headings.append(section.heading.simplified());
        if (m_storyTitle.isEmpty())
            m_storyTitle = script.title.simplified();
    }
    int current = 0; // before any chapter is told: the opening
    for (const MessageRecord& m : messages) {
        if (m.role != MessageRecord::Role::Assistant)
            continue;
        if (m.chapter >= 0)
            current = m.chapter;
        m_chapterOf.insert(m.id, current);
    }
}

QString ChapterMarks::title(int chapter) const
{
    if (chapter <= 0)
        return m_storyTitle.isEmpty() ? tr("Opening") : m_storyTitle;
    const QString heading = m_headings.value(chapter - 1);
    return heading.isEmpty() ? tr("Chapter %1").arg(chapter) : heading;
}

void ChapterMarks::enter(qint64 messageId, qint64 ms)
{
    const int chapter = chapterOf(messageId);
    if (chapter < 0)
        return;
    if (m_marks.isEmpty() || m_marks.constLast().chapter != chapter)
        m_marks.append({chapter, m_marks.isEmpty() ? 0 : ms});
}

QVector<AudioChapter> ChapterMarks::chapters(qint64 totalMs) const
{
    QVector<AudioChapter> out;
    for (int i = 0; i < m_marks.size(); ++i) {
        const qint64 end = i + 1 < m_marks.size() ? m_marks[i + 1].startMs : totalMs;
        out.append(
            {title(m_marks[i].chapter), m_marks[i].startMs, std::max(end, m_marks[i].startMs)});
    }
    return out;
}

void ChapterMarks::clearMarks()
{
    m_marks.clear();
}

} // namespace st
