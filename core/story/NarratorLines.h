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
    };

    explicit NarratorLines(const QString& path = QStringLiteral(":/narrator/lines.json"));

    bool isLoaded() const { return !m_lines.isEmpty(); }
    QStringList lines(const QString& language, Kind kind) const;
    static QString jsonKey(Kind kind);

private:
    QHash<QString, QHash<QString, QStringList>> m_lines; // language → key → lines
};

} // namespace st
