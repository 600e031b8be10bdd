#pragma once

#include "core/narration/NarratorLines.h"
#include "core/narration/StoryIndex.h"
#include "core/script/Script.h"

#include <functional>

namespace st {

/// Tells a script with no model: a hook question first (chapter 0), then one chapter per
/// answer, each opened by a short reaction to the answer and closed by a question, and
/// after the last chapter a wrap-up with no question that says how to finish. Reactions
/// and generic questions never repeat twice in a row. Chapters are the script's tellable
/// sections (empty and N/A ones skipped), numbered from 1.
class OfflineNarrator
{
public:
    struct Turn
    {
        QString text;
        int chapter = 0; // 0 = the hook
        bool last = false;
    };

    OfflineNarrator(Script script, const NarratorLines& lines, QString language,
                    std::function<int(int)> random = {});

    int chapterCount() const { return static_cast<int>(m_chapters.size()); }
    /// Chapters told so far (0 before the first one).
    int position() const { return m_position; }
    bool hookTold() const { return m_hookTold; }
    bool isFinished() const { return m_position >= chapterCount(); }

    /// Continue a saved session: \a chaptersTold told, and the text of the narrator's last
    /// message (so its reaction is not repeated).
    void restore(int chaptersTold, const QString& lastNarratorText);

    /// The opening: title, hook question, an invitation to answer.
    Turn opening();
    /// The next turn after the listener's \a answer.
    Turn reply(const QString& answer);
    /// The turn of chapter \a chapterNumber (1-based) after \a answer, without moving on:
    /// for telling a chapter again. 0 is the opening; past the end, the after-end line.
    Turn tell(int chapterNumber, const QString& answer);
    /// A one-line welcome back, not stored (shown when a session is resumed).
    QString welcomeBack() const;

    /// The listener's question about the story, answered from \a index without moving
    /// on: the sentences of the chapters told that hold the answer, or that it comes later
    /// (without telling it), or that the story does not say; then the question of the place
    /// reached, asked again.
    Turn answerQuestion(const QString& question, const StoryIndex& index);
    /// Chapter \a chapter told again without moving the place: the current one (repeat) or
    /// an earlier one (back; a chapter not reached yet gives the last one told).
    Turn tellAgain(int chapter, bool back);
    /// Jumps to the last chapter and tells it (the ones between count as passed).
    Turn skipToEnd();
    /// Shorter or longer chapters asked for: the offline narrator tells them as written.
    Turn lengthNote();
    /// Audiobook mode: a chapter asked for with no answer opens with no reaction, and its
    /// question is said as a thought to carry on with (the "ponder" lines).
    void setAudiobook(bool on) { m_audiobook = on; }

private:
    QString pick(NarratorLines::Kind kind, QString* last);
    /// A chapter's text and its closing question (or, for the last, the wrap-up).
    QStringList chapterParts(int chapterNumber);
    /// The question of the place reached, to ask again (empty after the last chapter).
    QString placeQuestion();
    /// \a parts, then the place's question asked again.
    Turn withPlaceQuestion(QStringList parts);
    QString reactionTo(const QString& answer);

    Script m_script;
    QVector<Script::Section> m_chapters;
    const NarratorLines& m_lines;
    QString m_language;
    std::function<int(int)> m_random;
    int m_position = 0;
    bool m_hookTold = false;
    QString m_lastReaction;
    QString m_lastQuestion;
    bool m_audiobook = false;
};

} // namespace st
