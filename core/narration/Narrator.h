#pragma once

#include "core/llm/ChatRequest.h"
#include "core/llm/ReplyStream.h"
#include "core/narration/StoryIndex.h"

#include <memory>

namespace st {

/// Who tells the story: the offline ScriptedNarrator or a model's ModelNarrator. The app
/// decides the chapter; the narrator turns it into a reply stream. Chapters are numbered
/// from 1; 0 is the opening hook.
class Narrator
{
public:
    struct Turn
    {
        std::unique_ptr<ReplyStream> stream;
        int chapter = 0;
        bool last = false;
    };

    virtual ~Narrator() = default;

    virtual int chapterCount() const = 0;
    /// Chapters told so far.
    virtual int position() const = 0;
    bool isFinished() const { return position() >= chapterCount(); }

    /// Continue a saved session where \a chaptersTold chapters were told.
    virtual void restore(int chaptersTold, const QString& lastNarratorText) = 0;
    virtual Turn opening() = 0;
    /// Moves on: the next chapter after the listener's \a answer.
    virtual Turn reply(const QString& answer) = 0;
    /// Tells chapter \a chapter again (Retry, Regenerate), without moving on.
    virtual Turn retell(int chapter, const QString& answer) = 0;
    /// The rest of chapter \a chapter's turn, whose first part \a partial was cut off.
    virtual Turn continueTurn(int chapter, const QString& answer, const QString& partial) = 0;
    /// The listener's question about the story, answered from the chapters told (found in
    /// \a index) without moving on, the place's question asked again.
    virtual Turn answerQuestion(const QString& question, const StoryIndex& index) = 0;
    /// Chapter \a chapter told again (the listener said \a message) without moving the place: the
    /// current one (repeat, \a back false) or an earlier one (back); never one not reached yet.
    virtual Turn tellAgain(int chapter, bool back, const QString& message) = 0;
    /// Jumps to the last chapter and tells it.
    virtual Turn skipToEnd(const QString& message) = 0;
    /// The listener asked for shorter (-1), as written (0) or longer (1) chapters from now
    /// on: the turn that says so.
    virtual Turn changeLength(int length, const QString& message) = 0;
    /// The length asked for earlier in a resumed session.
    virtual void setLength(int length) { Q_UNUSED(length) }
    /// Audiobook mode: the listener listens without answering, so the next chapter follows
    /// with no answer to react to and each chapter's question is said as a thought to carry
    /// on with, not a prompt that waits.
    virtual void setAudiobook(bool on) { Q_UNUSED(on) }
    /// Said (not stored) when a saved session is resumed.
    virtual QString welcomeBack() const = 0;
    /// The conversation so far, oldest first, before the turn that is asked for next (a
    /// model narrator uses the last few; the offline one needs none).
    virtual void setHistory(const QVector<ChatRequest::Message>& history) { Q_UNUSED(history) }
    /// The rolling summary of the turns older than the history (model narration only).
    virtual void setSummary(const QString& summary) { Q_UNUSED(summary) }
};

} // namespace st
