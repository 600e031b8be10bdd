#include "core/narration/ScriptedNarrator.h"

#include "core/llm/PacedReplyStream.h"

namespace st {

ScriptedNarrator::ScriptedNarrator(Script script, const NarratorLines& lines, QString language,
                                   int msPerWord, std::function<int(int)> random)
    : m_narrator(std::move(script), lines, std::move(language), std::move(random)),
      m_msPerWord(msPerWord)
{}

Narrator::Turn ScriptedNarrator::stream(const OfflineNarrator::Turn& turn,
                                        const QString& text) const
{
    Turn out;
    out.stream = std::make_unique<PacedReplyStream>(text, m_msPerWord);
    out.chapter = turn.chapter;
    out.last = turn.last;
    return out;
}

void ScriptedNarrator::restore(int chaptersTold, const QString& lastNarratorText)
{
    m_narrator.restore(chaptersTold, lastNarratorText);
}

Narrator::Turn ScriptedNarrator::opening()
{
    const OfflineNarrator::Turn turn = m_narrator.opening();
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::reply(const QString& answer)
{
    const OfflineNarrator::Turn turn = m_narrator.reply(answer);
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::retell(int chapter, const QString& answer)
{
    const OfflineNarrator::Turn turn = m_narrator.tell(chapter, answer);
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::continueTurn(int chapter, const QString& answer,
                                              const QString& partial)
{
    const OfflineNarrator::Turn turn = m_narrator.tell(chapter, answer);
    return stream(turn, remainder(turn.text, partial));
}

Narrator::Turn ScriptedNarrator::answerQuestion(const QString& question, const StoryIndex& index)
{
    const OfflineNarrator::Turn turn = m_narrator.answerQuestion(question, index);
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::tellAgain(int chapter, bool back, const QString&)
{
    const OfflineNarrator::Turn turn = m_narrator.tellAgain(chapter, back);
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::skipToEnd(const QString&)
{
    const OfflineNarrator::Turn turn = m_narrator.skipToEnd();
    return stream(turn, turn.text);
}

Narrator::Turn ScriptedNarrator::changeLength(int, const QString&)
{
    const OfflineNarrator::Turn turn = m_narrator.lengthNote();
    return stream(turn, turn.text);
}

QString ScriptedNarrator::remainder(const QString& full, const QString& partial)
{
    if (partial.isEmpty())
        return full;
    if (full.startsWith(partial))
        return full.mid(partial.size());
    // The longest end of what was said that appears in the full text marks where to go on.
    const int longest = std::min<int>(80, int(partial.size()));
    for (int len = longest; len >= 8; --len) {
        const QString tail = partial.right(len);
        const qsizetype at = full.indexOf(tail);
        if (at >= 0)
            return full.mid(at + len);
    }
    // Cut off inside a reaction of its own: go on with the chapter itself.
    const qsizetype body = full.indexOf(QStringLiteral("\n\n"));
    return body >= 0 ? full.mid(body) : full;
}

} // namespace st
