#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace st {

/// The offline narrator's stock lines (resources/narrator/lines.json): intros, hooks,
/// questions, reactions, wrap-ups, in every story language. Missing lines fall back to
/// English.
class NarratorLines
{
public:
    enum class Kind
    {
        Intro,
        HookFallback,
        HookInvite,
        Question,
        Reaction,
        ReactionToQuestion,
        ReactionToShort,
        WrapUp,
        AfterEnd,
        Resume,
        AnswerIntro,   // before sentences of the story that answer a question
        AnswerLater,   // the answer comes in a chapter not yet told
        AnswerUnknown, // the story does not say
        AskAgain,      // before the chapter's question, asked again
        RepeatIntro,
        BackIntro, // %1: the chapter
        BackAhead, // %1: the chapter asked for, not reached; %2: the one told instead
        BackPlace, // %1: the chapter retold; %2: the place reached
        SkipIntro,
        LengthOffline, // shorter or longer asked of the offline narrator
        Ponder,        // %1: a chapter's question, said without waiting (audiobook mode)
    };

    explicit NarratorLines(const QString& path = QStringLiteral(":/narrator/lines.json"));

    bool isLoaded() const { return !m_lines.isEmpty(); }
    QStringList lines(const QString& language, Kind kind) const;
    static QString jsonKey(Kind kind);

private:
    QHash<QString, QHash<QString, QStringList>> m_lines; // language → key → lines
};

} // namespace st
