#include "core/narration/ModelNarrator.h"

#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/llm/TokenEstimator.h"
#include "core/text/Languages.h"
#include "core/text/RequestWords.h"

#include <QCoreApplication>

namespace st {

ModelNarrator::ModelNarrator(Script script, QString language, ModelClient& client)
    : m_script(std::move(script)), m_chapters(m_script.tellableChapters()),
      m_language(std::move(language)), m_client(client)
{}

void ModelNarrator::setHistory(const QVector<ChatRequest::Message>& history)
{
    m_history = history.mid(std::max<qsizetype>(0, history.size() - kRecentMessages));
}

QString ModelNarrator::listenerText(const QString& message) const
{
    if (!message.trimmed().isEmpty())
        return message.trimmed().left(4000);
    return PromptTemplate(m_audiobook ? QStringLiteral("listener_listening")
                                      : QStringLiteral("listener_ready"))
        .text();
}

QHash<QString, QString> ModelNarrator::baseValues(int chapter) const
{
    QStringList outline;
    for (int i = 0; i < m_chapters.size(); ++i) {
        const Script::Section& s = m_chapters.at(i);
        const QString name = s.heading.isEmpty() ? script_section::key(s.id) : s.heading;
        outline.append(QStringLiteral("%1. %2%3")
                           .arg(i + 1)
                           .arg(name, i + 1 == chapter ? QStringLiteral("  ← now") : QString()));
    }
    QHash<QString, QString> values{
        {QStringLiteral("language_name"), Languages::promptName(m_language)},
        {QStringLiteral("title"), m_script.title},
        {QStringLiteral("chapter_count"), QString::number(chapterCount())},
        {QStringLiteral("chapter_number"), QString::number(chapter)},
        {QStringLiteral("outline"), outline.join(u'\n')},
        {QStringLiteral("exit_word"), RequestWords::exitWord(m_language)},
    };
    if (chapter > 0 && chapter <= chapterCount()) {
        const Script::Section& s = m_chapters.at(chapter - 1);
        values.insert(QStringLiteral("chapter_content"), s.content.trimmed());
        values.insert(QStringLiteral("chapter_heading"),
                      s.heading.isEmpty() ? QString() : QStringLiteral(", “%1”").arg(s.heading));
    }
    if (m_audiobook)
        values.insert(QStringLiteral("audiobook_rule"),
                      PromptTemplate(QStringLiteral("audiobook")).text() + u'\n');
    if (m_length != 0)
        values.insert(QStringLiteral("length_rule"),
                      PromptTemplate(m_length < 0 ? QStringLiteral("length_shorter")
                                                  : QStringLiteral("length_longer"))
                          .text());
    return values;
}

ChatRequest ModelNarrator::request(int chapter, const QString& answer) const
{
    QString turnName = QStringLiteral("turn_opening");
    if (chapter > chapterCount())
        turnName = QStringLiteral("turn_after_end");
    else if (chapter > 0)
        turnName = chapter == chapterCount() ? QStringLiteral("turn_last")
                   : m_audiobook             ? QStringLiteral("turn_chapter_listen")
                                             : QStringLiteral("turn_chapter");
    return build(turnName, baseValues(chapter), listenerText(answer));
}

ChatRequest ModelNarrator::build(const QString& turnName, QHash<QString, QString> values,
                                 const QString& message) const
{
    values.insert(QStringLiteral("turn_instructions"), PromptTemplate(turnName).render(values));
    values.insert(QStringLiteral("summary_block"),
                  m_summary.isEmpty() ? QString()
                                      : QStringLiteral("What happened so far in this "
                                                       "conversation: ") +
                                            m_summary);
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("system"), PromptTemplate(QStringLiteral("narrate")).render(values)});
    const ChatRequest::Message listener{QStringLiteral("user"), message};
    // Within the budget: the context minus room for the reply. The oldest recent messages
    // go first; the rules, the chapter and the listener's message always stay.
    const int budget = std::max(512, m_client.config().contextBudget - m_client.config().maxTokens);
    QVector<ChatRequest::Message> recent;
    for (const ChatRequest::Message& m : m_history)
        recent.append({m.role, m.content.left(kMaxRecentChars)});
    auto fits = [&] {
        ChatRequest probe = r;
        probe.messages += recent;
        probe.messages.append(listener);
        return TokenEstimator::estimate(probe) <= budget;
    };
    while (!recent.isEmpty() && !fits())
        recent.removeFirst();
    r.messages += recent;
    r.messages.append(listener);
    return r;
}

ChatRequest ModelNarrator::questionRequest(const QString& question, const StoryIndex& index) const
{
    // The best passages for the question, marked: the told ones to answer from, the others
    // so the narrator can say the story gets there later without telling them.
    QStringList passages;
    int told = 0;
    int later = 0;
    for (const StoryIndex::Passage& p :
         index.search(question, index.sentenceCount(), StoryIndex::kMinCoverage / 2)) {
        const bool isTold = p.chapter <= m_position;
        if (isTold ? told >= kToldPassages : later >= kLaterPassages)
            continue;
        (isTold ? told : later)++;
        passages.append(QStringLiteral("%1 %2").arg(
            isTold ? QStringLiteral("[told]") : QStringLiteral("[not yet told]"), p.text));
        if (told >= kToldPassages && later >= kLaterPassages)
            break;
    }
    QHash<QString, QString> values = baseValues(m_position);
    values.insert(QStringLiteral("passages"),
                  passages.isEmpty() ? QStringLiteral("(none)") : passages.join(u'\n'));
    return build(QStringLiteral("turn_question"), values, listenerText(question));
}

Narrator::Turn ModelNarrator::turn(int chapter, ChatRequest chatRequest) const
{
    Turn t;
    t.stream = m_client.chat(chatRequest);
    t.chapter = std::min(chapter, chapterCount());
    t.last = chapter >= chapterCount();
    return t;
}

void ModelNarrator::restore(int chaptersTold, const QString&)
{
    m_position = std::clamp(chaptersTold, 0, chapterCount());
}

Narrator::Turn ModelNarrator::opening()
{
    return turn(0, request(0, QString()));
}

Narrator::Turn ModelNarrator::reply(const QString& answer)
{
    if (!isFinished())
        ++m_position;
    else
        return turn(chapterCount() + 1, request(chapterCount() + 1, answer));
    return turn(m_position, request(m_position, answer));
}

Narrator::Turn ModelNarrator::retell(int chapter, const QString& answer)
{
    return turn(chapter, request(chapter, answer));
}

Narrator::Turn ModelNarrator::continueTurn(int chapter, const QString& answer,
                                           const QString& partial)
{
    ChatRequest r = request(chapter, answer);
    r.messages.append({QStringLiteral("assistant"), partial});
    r.messages.append({QStringLiteral("user"), PromptTemplate(QStringLiteral("continue")).text()});
    return turn(chapter, r);
}

Narrator::Turn ModelNarrator::answerQuestion(const QString& question, const StoryIndex& index)
{
    Turn t = turn(m_position, questionRequest(question, index));
    t.last = isFinished();
    return t;
}

Narrator::Turn ModelNarrator::tellAgain(int chapter, bool back, const QString& message)
{
    Q_UNUSED(back)
    if (m_position <= 0 || chapter <= 0)
        return opening();
    chapter = std::min(chapter, m_position);
    QHash<QString, QString> values = baseValues(chapter);
    values.insert(QStringLiteral("place_number"), QString::number(m_position));
    if (chapter < m_position)
        values.insert(QStringLiteral("place_note"),
                      PromptTemplate(QStringLiteral("again_earlier")).render(values));
    else if (chapter < chapterCount())
        values.insert(QStringLiteral("place_note"),
                      PromptTemplate(QStringLiteral("again_current")).text());
    Turn t = turn(chapter, build(QStringLiteral("turn_again"), values, listenerText(message)));
    t.last = chapter == chapterCount();
    return t;
}

Narrator::Turn ModelNarrator::skipToEnd(const QString& message)
{
    if (isFinished() || chapterCount() == 0)
        return turn(chapterCount() + 1, request(chapterCount() + 1, message));
    m_position = chapterCount();
    return turn(m_position, request(m_position, message));
}

void ModelNarrator::setLength(int length)
{
    m_length = std::clamp(length, -1, 1);
}

Narrator::Turn ModelNarrator::changeLength(int length, const QString& message)
{
    setLength(length);
    QHash<QString, QString> values = baseValues(m_position);
    values.insert(QStringLiteral("length_wish"), m_length < 0   ? QStringLiteral("shorter")
                                                 : m_length > 0 ? QStringLiteral("longer")
                                                                : QStringLiteral("normal-length"));
    Turn t = turn(m_position, build(QStringLiteral("turn_length"), values, listenerText(message)));
    t.last = isFinished();
    return t;
}

QString ModelNarrator::welcomeBack() const
{
    return QCoreApplication::translate("st::ModelNarrator", "Welcome back to “%1”. Answer the "
                                                            "last question to go on.")
        .arg(m_script.title);
}

} // namespace st
