#pragma once

#include "core/narration/ListenerTurn.h"
#include "core/narration/ListenerWords.h"

namespace st {

/// Tells what the listener's message is, by rules and the word lists of ListenerWords, in
/// whichever of the four languages it is written (Korean and Japanese by their scripts;
/// Latin text by the English and Spanish lists both):
/// - exit, and commands (next, repeat, back [to chapter N], skip, shorter, longer): the
///   message holds a command's phrase and little else, so "they should have gone back to
///   the ship" stays an answer;
/// - a question about the story: an interrogative, a yes/no question's form or a question
///   mark, unless the message hedges ("maybe pirates?", "해적 아닐까?", "海賊かな") — a guess
///   is an answer;
/// - anything else is an answer. A bare "storm?" is an answer the rules are unsure of.
class ListenerTurnClassifier
{
public:
    explicit ListenerTurnClassifier(const ListenerWords& words);

    ListenerTurn classify(const QString& message) const;

private:
    struct Command
    {
        ListenerTurn::Kind kind = ListenerTurn::Kind::Answer;
        int left = 1 << 20; // words or characters beyond the command's phrases and filler
        int chapter = 0;
        int threshold = 0;
    };
    QVector<const ListenerWords::Language*> languagesOf(const QString& folded) const;
    Command command(const ListenerWords::Language& lang, const QString& folded) const;
    bool isQuestion(const ListenerWords::Language& lang, const QString& folded, bool mark) const;
    bool hedges(const ListenerWords::Language& lang, const QString& folded) const;

    const ListenerWords& m_words;
};

} // namespace st
