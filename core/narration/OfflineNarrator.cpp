#include "core/narration/OfflineNarrator.h"

#include "core/text/RequestWords.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace st {

OfflineNarrator::OfflineNarrator(Script script, const NarratorLines& lines, QString language,
                                 std::function<int(int)> random)
    : m_script(std::move(script)), m_chapters(m_script.tellableChapters()), m_lines(lines),
      m_language(std::move(language)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [](int n) { return static_cast<int>(QRandomGenerator::global()->bounded(n)); };
}

QString OfflineNarrator::pick(NarratorLines::Kind kind, QString* last)
{
    QStringList choices = m_lines.lines(m_language, kind);
    if (last && choices.size() > 1)
        choices.removeAll(*last);
    if (choices.isEmpty())
        return {};
    const QString chosen = choices.at(m_random(static_cast<int>(choices.size())));
    if (last)
        *last = chosen;
    return chosen;
}

QString OfflineNarrator::reactionTo(const QString& answer)
{
    const QString a = answer.trimmed();
    static const QRegularExpression words(QStringLiteral("\\s+"));
    const bool isQuestion = a.contains(u'?') || a.contains(QChar(0xFF1F));
    const bool cjk =
        a.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-"
                                                     "\\x{9fff}\\x{ac00}-\\x{d7af}]")));
    const bool isShort = cjk ? a.size() <= 4 : a.split(words, Qt::SkipEmptyParts).size() <= 2;
    auto kind = NarratorLines::Kind::Reaction;
    if (isQuestion)
        kind = NarratorLines::Kind::ReactionToQuestion;
    else if (isShort)
        kind = NarratorLines::Kind::ReactionToShort;
    QString reaction = pick(kind, &m_lastReaction);
    if (reaction.isEmpty())
        reaction = pick(NarratorLines::Kind::Reaction, &m_lastReaction);
    return reaction;
}

void OfflineNarrator::restore(int chaptersTold, const QString& lastNarratorText)
{
    m_hookTold = true;
    m_position = std::clamp(chaptersTold, 0, chapterCount());
    const QString firstParagraph = lastNarratorText.section(QStringLiteral("\n\n"), 0, 0).trimmed();
    for (auto kind : {NarratorLines::Kind::Reaction, NarratorLines::Kind::ReactionToQuestion,
                      NarratorLines::Kind::ReactionToShort}) {
        if (m_lines.lines(m_language, kind).contains(firstParagraph))
            m_lastReaction = firstParagraph;
    }
}

OfflineNarrator::Turn OfflineNarrator::opening()
{
    m_hookTold = true;
    QString intro = pick(NarratorLines::Kind::Intro, nullptr);
    if (intro.isEmpty())
        intro = QStringLiteral("Let me tell you the story of %1.");
    QString hook = m_script.hook;
    if (hook.isEmpty())
        hook = pick(NarratorLines::Kind::HookFallback, nullptr);
    const QString invite = pick(NarratorLines::Kind::HookInvite, nullptr);
    QStringList parts{intro.arg(m_script.title), hook};
    if (!invite.isEmpty())
        parts.append(invite);
    return {parts.join(QStringLiteral("\n\n")), 0, chapterCount() == 0};
}

OfflineNarrator::Turn OfflineNarrator::reply(const QString& answer)
{
    if (isFinished())
        return tell(chapterCount() + 1, answer);
    ++m_position;
    return tell(m_position, answer);
}

OfflineNarrator::Turn OfflineNarrator::tell(int chapterNumber, const QString& answer)
{
    if (chapterNumber <= 0)
        return opening();
    if (chapterNumber > chapterCount()) {
        QString line = pick(NarratorLines::Kind::AfterEnd, nullptr);
        if (line.isEmpty())
            line = QStringLiteral("The story has ended. Type %1 or press End to finish.");
        return {line.arg(RequestWords::exitWord(m_language)), chapterCount(), true};
    }
    QStringList parts;
    // In audiobook mode no one answered: nothing to react to.
    const QString reaction =
        m_audiobook && answer.trimmed().isEmpty() ? QString() : reactionTo(answer);
    if (!reaction.isEmpty())
        parts.append(reaction);
    parts += chapterParts(chapterNumber);
    return {parts.join(QStringLiteral("\n\n")), chapterNumber, chapterNumber == chapterCount()};
}

QStringList OfflineNarrator::chapterParts(int chapterNumber)
{
    const Script::Section& chapter = m_chapters.at(chapterNumber - 1);
    QStringList parts{chapter.content.trimmed()};
    if (chapterNumber == chapterCount()) {
        QString wrap = pick(NarratorLines::Kind::WrapUp, nullptr);
        if (wrap.isEmpty())
            wrap = QStringLiteral("That is the end of the story. Type %1 or press End to finish.");
        parts.append(wrap.arg(RequestWords::exitWord(m_language)));
    } else {
        QString question = chapter.question.trimmed();
        if (question.isEmpty())
            question = pick(NarratorLines::Kind::Question, &m_lastQuestion);
        if (!question.isEmpty() && m_audiobook) {
            // Said as a thought to carry into the next chapter, not a prompt that waits.
            const QString ponder = pick(NarratorLines::Kind::Ponder, nullptr);
            if (ponder.contains(QStringLiteral("%1")))
                question = ponder.arg(question);
        }
        if (!question.isEmpty())
            parts.append(question);
    }
    return parts;
}

QString OfflineNarrator::placeQuestion()
{
    if (m_position <= 0) {
        const QString hook = m_script.hook.trimmed();
        return hook.isEmpty() ? pick(NarratorLines::Kind::HookFallback, nullptr) : hook;
    }
    if (isFinished())
        return {};
    const QString question = m_chapters.at(m_position - 1).question.trimmed();
    if (!question.isEmpty())
        return question;
    if (m_lastQuestion.isEmpty())
        m_lastQuestion = pick(NarratorLines::Kind::Question, nullptr);
    return m_lastQuestion;
}

OfflineNarrator::Turn OfflineNarrator::withPlaceQuestion(QStringList parts)
{
    const QString question = placeQuestion();
    if (!question.isEmpty()) {
        const QString again = pick(NarratorLines::Kind::AskAgain, nullptr);
        parts.append(again.isEmpty() ? question : again + u' ' + question);
    }
    parts.removeAll(QString());
    return {parts.join(QStringLiteral("\n\n")), m_position, isFinished()};
}

OfflineNarrator::Turn OfflineNarrator::answerQuestion(const QString& question,
                                                      const StoryIndex& index)
{
    const StoryIndex::Answer answer = index.answer(question, m_position);
    QStringList parts;
    switch (answer.verdict) {
    case StoryIndex::Verdict::Told: {
        QStringList sentences;
        for (const StoryIndex::Passage& p : answer.passages)
            sentences.append(p.text);
        parts.append(pick(NarratorLines::Kind::AnswerIntro, nullptr));
        parts.append(sentences.join(u' '));
        break;
    }
    case StoryIndex::Verdict::Later:
        parts.append(pick(NarratorLines::Kind::AnswerLater, nullptr));
        break;
    case StoryIndex::Verdict::Unknown:
        parts.append(pick(NarratorLines::Kind::AnswerUnknown, nullptr));
        break;
    }
    return withPlaceQuestion(parts);
}

OfflineNarrator::Turn OfflineNarrator::tellAgain(int chapter, bool back)
{
    if (m_position <= 0 || chapter <= 0)
        return opening();
    QStringList parts;
    const int asked = chapter;
    chapter = std::min(chapter, m_position);
    if (asked > m_position)
        parts.append(pick(NarratorLines::Kind::BackAhead, nullptr).arg(asked).arg(chapter));
    else if (back)
        parts.append(pick(NarratorLines::Kind::BackIntro, nullptr).arg(chapter));
    else
        parts.append(pick(NarratorLines::Kind::RepeatIntro, nullptr));
    if (chapter == m_position) {
        parts += chapterParts(chapter);
        parts.removeAll(QString());
        return {parts.join(QStringLiteral("\n\n")), chapter, chapter == chapterCount()};
    }
    parts.append(m_chapters.at(chapter - 1).content.trimmed());
    const QString question = placeQuestion(); // none once the story has ended
    if (!question.isEmpty()) {
        QString place = pick(NarratorLines::Kind::BackPlace, nullptr);
        if (!place.isEmpty())
            place = place.arg(chapter).arg(m_position);
        parts.append(place.isEmpty() ? question : place + u' ' + question);
    }
    parts.removeAll(QString());
    return {parts.join(QStringLiteral("\n\n")), chapter, false};
}

OfflineNarrator::Turn OfflineNarrator::skipToEnd()
{
    if (isFinished() || chapterCount() == 0)
        return tell(chapterCount() + 1, QString());
    m_hookTold = true;
    m_position = chapterCount();
    QStringList parts{pick(NarratorLines::Kind::SkipIntro, nullptr)};
    parts += chapterParts(m_position);
    parts.removeAll(QString());
    return {parts.join(QStringLiteral("\n\n")), m_position, true};
}

OfflineNarrator::Turn OfflineNarrator::lengthNote()
{
    return withPlaceQuestion({pick(NarratorLines::Kind::LengthOffline, nullptr)});
}

QString OfflineNarrator::welcomeBack() const
{
    const QStringList lines = m_lines.lines(m_language, NarratorLines::Kind::Resume);
    const QString line = lines.isEmpty() ? QStringLiteral("Welcome back to %1.") : lines.first();
    return line.arg(m_script.title);
}

} // namespace st
