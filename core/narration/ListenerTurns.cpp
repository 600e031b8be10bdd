#include "core/narration/ListenerTurns.h"

#include <algorithm>

namespace st {

QStringList ListenerTurns::stopwords(const ListenerWords& words)
{
    QStringList out;
    for (const char* code : {"en", "ko", "ja", "es"}) {
        if (const ListenerWords::Language* l = words.language(QString::fromLatin1(code)))
            out += l->stopwords;
    }
    return out;
}

ListenerTurns::ListenerTurns(const ListenerWords& words, const Script& script)
    : m_classifier(words), m_index(script, stopwords(words))
{}

Narrator::Turn ListenerTurns::respond(Narrator& narrator, const StoryIndex& index,
                                      const ListenerTurn& turn, const QString& message, int& length)
{
    using Kind = ListenerTurn::Kind;
    const int place = narrator.position();
    switch (turn.kind) {
    case Kind::Question:
        return narrator.answerQuestion(message, index);
    case Kind::Repeat:
        return narrator.tellAgain(place, false, message);
    case Kind::Back:
        return narrator.tellAgain(turn.chapter > 0 ? turn.chapter : std::max(1, place - 1), true,
                                  message);
    case Kind::Skip:
        return narrator.skipToEnd(message);
    case Kind::Shorter:
    case Kind::Longer:
        length = std::clamp(length + (turn.kind == Kind::Shorter ? -1 : 1), -1, 1);
        return narrator.changeLength(length, message);
    case Kind::Answer:
    case Kind::Next:
    case Kind::Exit:
        break;
    }
    return narrator.reply(message);
}

Narrator::Turn ListenerTurns::retell(Narrator& narrator, int chapter, const QString& message,
                                     int length) const
{
    using Kind = ListenerTurn::Kind;
    const ListenerTurn turn = classify(message);
    switch (turn.kind) {
    case Kind::Question:
        return narrator.answerQuestion(message, m_index);
    case Kind::Repeat:
    case Kind::Back:
        return narrator.tellAgain(chapter, turn.kind == Kind::Back, message);
    case Kind::Shorter:
    case Kind::Longer:
        return narrator.changeLength(length, message);
    default:
        break;
    }
    return chapter == 0 ? narrator.opening() : narrator.retell(chapter, message);
}

} // namespace st
