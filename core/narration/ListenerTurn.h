#pragma once

#include <QString>
#include <optional>

namespace st {

/// What the listener's message asks of the narrator: an answer to the chapter's question
/// (the story moves on), a question about the story, or a request about the telling.
struct ListenerTurn
{
    enum class Kind
    {
        Answer,
        Question,
        Next,
        Repeat,
        Back,
        Skip, // to the end
        Shorter,
        Longer,
        Exit,
    };

    Kind kind = Kind::Answer;
    /// Back: the chapter asked for (1-based); 0 for "the previous one".
    int chapter = 0;
    /// False when the rules could not tell (a bare "storm?", a command with more words
    /// around it than a command has): a model may decide; without one, kind stands.
    bool sure = true;

    /// The name used in resources and tests: answer, question, next, repeat, back, skip,
    /// shorter, longer, exit.
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString& name);
    /// Whether the turn moves the story on by one chapter (an answer, "go on").
    bool movesOn() const { return kind == Kind::Answer || kind == Kind::Next; }
    /// Whether the narrator's reply to it leaves the place where it was (a question
    /// answered, a chapter told again, a length changed).
    bool staysInPlace() const
    {
        return kind == Kind::Question || kind == Kind::Repeat || kind == Kind::Back ||
               kind == Kind::Shorter || kind == Kind::Longer;
    }
};

} // namespace st
