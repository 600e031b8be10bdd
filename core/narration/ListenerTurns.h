#pragma once

#include "core/narration/ListenerTurnClassifier.h"
#include "core/narration/Narrator.h"
#include "core/narration/StoryIndex.h"

namespace st {

/// What a chat does with the listener's message: tells what it is (ListenerTurnClassifier)
/// and asks the narrator for the turn that answers it — the next chapter for an answer or
/// "go on", an answer from the story for a question (StoryIndex, built once per script),
/// a chapter told again for "repeat" or "back", the last chapter for "skip", a note for
/// "shorter"/"longer". The place reached only moves for an answer, "go on" and "skip".
class ListenerTurns
{
public:
    ListenerTurns(const ListenerWords& words, const Script& script);

    ListenerTurn classify(const QString& message) const { return m_classifier.classify(message); }
    const StoryIndex& index() const { return m_index; }

    /// The narrator's turn for \a turn (the listener wrote \a message); \a length is the
    /// session's reply length, changed here for shorter and longer. Not for Exit.
    static Narrator::Turn respond(Narrator& narrator, const StoryIndex& index,
                                  const ListenerTurn& turn, const QString& message, int& length);
    Narrator::Turn respond(Narrator& narrator, const ListenerTurn& turn, const QString& message,
                           int& length) const
    {
        return respond(narrator, m_index, turn, message, length);
    }

    /// The turn telling again the reply of \a chapter to \a message (Retry, Regenerate, a
    /// reply cut off): the same kind of turn, without moving the place or the length again.
    Narrator::Turn retell(Narrator& narrator, int chapter, const QString& message,
                          int length) const;

    /// Every language's function words, for the index.
    static QStringList stopwords(const ListenerWords& words);

private:
    ListenerTurnClassifier m_classifier;
    StoryIndex m_index;
};

} // namespace st
