#include "core/narration/ChatSession.h"

#include "core/narration/ChatRows.h"
#include "core/narration/ConversationSummarizer.h"
#include "core/narration/InputTranslator.h"
#include "core/narration/ListenerInput.h"
#include "core/narration/ListenerTurns.h"
#include "core/narration/NarrationLog.h"
#include "core/narration/TurnJudge.h"
#include "core/store/MessageStore.h"
#include "core/store/ReplyVersions.h"
#include "core/store/SessionStore.h"
#include "core/store/StreamingMessageWriter.h"
#include "core/text/LanguageDetector.h"
#include "core/text/RequestWords.h"

namespace st {

ChatSession::ChatSession(SessionRecord session, Script script, std::unique_ptr<Narrator> narrator,
                         Deps deps, QObject* parent)
    : QObject(parent), m_session(std::move(session)), m_script(std::move(script)),
      m_narrator(std::move(narrator)), m_deps(std::move(deps))
{
    connect(&m_input, &ListenerInput::started, this, [this] { Q_EMIT busyChanged(true); });
}

ChatSession::~ChatSession()
{
    if (isBusy())
        stop();
}

void ChatSession::setSummarizer(std::unique_ptr<ConversationSummarizer> summarizer)
{
    m_summarizer = std::move(summarizer);
    connect(m_summarizer.get(), &ConversationSummarizer::summarized, this,
            [this](const QString& summary, int uptoSeq) {
                m_deps.sessions.setSummary(m_session.id, summary, uptoSeq);
                m_session.summary = summary;
                m_session.summaryUptoSeq = uptoSeq;
                m_narrator->setSummary(summary);
            });
}

void ChatSession::setListenerWords(const ListenerWords& words)
{
    m_turns = std::make_unique<ListenerTurns>(words, m_script);
}

void ChatSession::summarizeOlderTurns()
{
    if (!m_summarizer || m_summarizer->isBusy())
        return;
    QVector<MessageRecord> turns;
    const int olderThan = m_model.rowCount() - kKeepRecent;
    for (int row = 0; row < olderThan; ++row) {
        const MessageRecord& m = m_model.at(row);
        if (m.seq > m_session.summaryUptoSeq && !m.content.isEmpty())
            turns.append(m);
    }
    if (turns.size() >= 2)
        m_summarizer->summarize(m_session.summary, turns);
}

bool ChatSession::isBusy() const
{
    return m_input.isBusy() || (m_stream && m_stream->isRunning());
}

void ChatSession::shareHistory(int beforeRow)
{
    m_narrator->setHistory(ChatRows::history(m_model, beforeRow));
}

QString ChatSession::name() const
{
    const auto now = m_deps.sessions.get(m_session.id);
    return now ? now->name : m_session.name;
}

TokenUsage ChatSession::sessionUsage() const
{
    const auto [prompt, completion] = m_deps.messages.sessionUsage(m_session.id);
    return {prompt, completion};
}

void ChatSession::begin()
{
    m_narrator->setSummary(m_session.summary);
    m_narrator->setLength(m_session.replyLength);
    // Only the newest page of a long history is read; the view asks for older pages.
    m_model.load(m_deps.messages, m_session.id);
    const auto last = m_deps.messages.lastNarration(m_session.id);
    const int told = last ? last->chapter : -1;
    const QString lastNarration = last ? last->content : QString();
    if (told < 0) {
        shareHistory(m_model.rowCount());
        streamTurn(m_narrator->opening(), Mode::New);
        return;
    }
    m_resumed = true;
    m_narrator->restore(told, lastNarration);
    m_chapter = told;
    Q_EMIT progressChanged(m_chapter, chapterCount());
}

bool ChatSession::tooLong(const QString& text)
{
    if (text.size() <= kMaxMessageLength)
        return false;
    Q_EMIT errorOccurred(tr("That message is %1 characters long; the limit is %2. Shorten it and "
                            "send it again.")
                             .arg(text.size())
                             .arg(kMaxMessageLength));
    return true;
}

bool ChatSession::send(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty() || isBusy())
        return false;
    const ListenerTurn turn = m_turns ? m_turns->classify(text) : ListenerTurn();
    if (RequestWords::isExit(text) || turn.kind == ListenerTurn::Kind::Exit) {
        Q_EMIT exitRequested();
        return true;
    }
    if (tooLong(text))
        return false;
    const auto stored = m_deps.messages.append(m_session.id, MessageRecord::Role::User, text,
                                               MessageRecord::Status::Complete);
    if (!stored) {
        Q_EMIT errorOccurred(tr("Your message could not be saved (%1). It is still in the box; "
                                "check the disk and send it again.")
                                 .arg(m_deps.messages.lastError()));
        return false;
    }
    shareHistory(m_model.rowCount());
    const int row = m_model.append(*stored);
    m_deps.sessions.touch(m_session.id);
    if (!turn.sure && m_input.canJudge())
        judgeThenReply(row, turn);
    else
        replyTo(row, turn);
    return true;
}

void ChatSession::replyTo(int row, const ListenerTurn& turn)
{
    const QString text = m_model.at(row).content;
    const QString language = LanguageDetector::detect(text);
    // Commands need no translation; answers and questions reach the narrator in the
    // story's language.
    const bool words =
        turn.kind == ListenerTurn::Kind::Answer || turn.kind == ListenerTurn::Kind::Question;
    if (words && m_input.canTranslate() && !language.isEmpty() && language != m_session.language) {
        translateThenReply(row, language, turn);
        return;
    }
    streamTurn(respond(turn, text), Mode::New);
}

void ChatSession::setTurnJudge(std::unique_ptr<TurnJudge> judge)
{
    m_input.setJudge(std::move(judge));
}

void ChatSession::judgeThenReply(int row, const ListenerTurn& rules)
{
    const int last = ChatRows::lastNarrator(m_model);
    const QString said = last >= 0 ? m_model.at(last).content : QString();
    m_input.judge(m_model.at(row).content, said.right(600),
                  [this, row, rules](std::optional<ListenerTurn::Kind> kind) {
                      ListenerTurn turn = rules;
                      if (kind && *kind != ListenerTurn::Kind::Exit)
                          turn.kind = *kind; // (a stop is only taken from the listener's own words)
                      replyTo(row, turn);
                  });
}

Narrator::Turn ChatSession::respond(const ListenerTurn& turn, const QString& text)
{
    if (!m_turns)
        return m_narrator->reply(text);
    int length = m_session.replyLength;
    Narrator::Turn out = m_turns->respond(*m_narrator, turn, text, length);
    if (length != m_session.replyLength) {
        m_session.replyLength = length;
        if (!m_deps.sessions.setReplyLength(m_session.id, length))
            qCWarning(lcNarration) << "reply length not saved:" << m_deps.sessions.lastError();
        Q_EMIT replyLengthChanged(length);
    }
    return out;
}

bool ChatSession::answeredInPlace(int row) const
{
    const QString answer = ChatRows::answerBefore(m_model, row);
    return m_turns && !answer.isEmpty() && m_turns->classify(answer).staysInPlace();
}

Narrator::Turn ChatSession::retold(int row)
{
    const int chapter = std::max(0, m_model.at(row).chapter);
    const QString answer = ChatRows::answerBefore(m_model, row);
    if (m_turns && !answer.isEmpty())
        return m_turns->retell(*m_narrator, chapter, answer, m_session.replyLength);
    return chapter == 0 ? m_narrator->opening() : m_narrator->retell(chapter, answer);
}

bool ChatSession::command(ListenerTurn::Kind kind)
{
    using Kind = ListenerTurn::Kind;
    if (isBusy() || !m_turns ||
        (kind != Kind::Skip && kind != Kind::Shorter && kind != Kind::Longer) ||
        (kind == Kind::Skip && isFinished()))
        return false;
    shareHistory(m_model.rowCount());
    streamTurn(respond({kind, 0, true}, QString()), Mode::New);
    return true;
}

bool ChatSession::tellChapter(int chapter)
{
    if (isBusy() || chapter < 1 || chapter > chapterCount())
        return false;
    const int place = m_narrator->position();
    if (chapter == place + 1) {
        streamTurn(m_narrator->reply(QString()), Mode::New);
        return true;
    }
    if (chapter > place)
        return false;
    streamTurn(m_narrator->tellAgain(chapter, chapter < place, QString()), Mode::New);
    return true;
}

void ChatSession::setTranslator(std::unique_ptr<InputTranslator> translator)
{
    m_input.setTranslator(std::move(translator));
}

void ChatSession::translateThenReply(int row, const QString& language, const ListenerTurn& turn)
{
    const MessageRecord original = m_model.at(row);
    m_input.translate(
        original.content, m_session.language,
        [this, row, original, language, turn](const QString& translation, const QString& error) {
            replyTranslated(row, original, language, turn, translation, error);
        });
}

void ChatSession::replyTranslated(int row, const MessageRecord& original, const QString& language,
                                  const ListenerTurn& turn, const QString& translation,
                                  const QString& error)
{
    QString answer = original.content;
    if (error.isEmpty() &&
        m_deps.messages.setTranslation(original.id, translation, original.content, language)) {
        MessageRecord updated = original;
        updated.content = translation;
        updated.original = original.content;
        updated.originalLanguage = language;
        m_model.setRecord(row, updated);
        answer = translation;
    } else {
        Q_EMIT errorOccurred(tr("Your message could not be translated (%1), so the "
                                "narrator gets it as you wrote it.")
                                 .arg(error.isEmpty() ? m_deps.messages.lastError() : error));
    }
    streamTurn(respond(turn, answer), Mode::New);
}

bool ChatSession::canResumeReply() const
{
    const int row = ChatRows::lastNarrator(m_model);
    if (isBusy() || row < 0 || row != m_model.rowCount() - 1)
        return false;
    const auto status = m_model.at(row).status;
    return status == MessageRecord::Status::Interrupted || status == MessageRecord::Status::Error;
}

bool ChatSession::continueReply()
{
    if (!canResumeReply())
        return false;
    const int row = ChatRows::lastNarrator(m_model);
    const MessageRecord& m = m_model.at(row);
    shareHistory(row);
    m_streamRow = row;
    if (answeredInPlace(row)) { // an answer or a chapter told again: told again whole
        streamTurn(retold(row), Mode::Replace);
        return true;
    }
    streamTurn(m_narrator->continueTurn(std::max(0, m.chapter),
                                        ChatRows::answerBefore(m_model, row), m.content),
               Mode::Continue);
    return true;
}

bool ChatSession::canRegenerate() const
{
    const int row = ChatRows::lastNarrator(m_model);
    return !isBusy() && row >= 0 && row == m_model.rowCount() - 1;
}

bool ChatSession::regenerateReply()
{
    return retryReply();
}

bool ChatSession::canEditLastAnswer() const
{
    return canRegenerate() && ChatRows::lastAnswer(m_model) >= 0;
}

QString ChatSession::lastAnswer() const
{
    const int row = ChatRows::lastAnswer(m_model);
    return row >= 0 ? m_model.at(row).content : QString();
}

bool ChatSession::editLastAnswer(const QString& rawText)
{
    const QString text = rawText.trimmed();
    const int row = ChatRows::lastAnswer(m_model);
    if (!canEditLastAnswer() || text.isEmpty() || RequestWords::isExit(text))
        return false;
    if (tooLong(text))
        return false;
    MessageRecord edited = m_model.at(row);
    if (!m_deps.messages.update(edited.id, text, MessageRecord::Status::Complete)) {
        Q_EMIT errorOccurred(tr("Your edit could not be saved (%1). It is still in the box.")
                                 .arg(m_deps.messages.lastError()));
        return false;
    }
    edited.content = text;
    m_model.setRecord(row, edited);
    return retryReply();
}

bool ChatSession::retryReply()
{
    if (!canRegenerate())
        return false;
    const int row = ChatRows::lastNarrator(m_model);
    shareHistory(row);
    m_streamRow = row;
    streamTurn(retold(row), Mode::Replace);
    return true;
}

void ChatSession::streamTurn(Narrator::Turn turn, Mode mode)
{
    m_streamChapter = turn.chapter;
    // The place reached: a chapter told again or a question answered does not move it.
    m_chapter = std::max(turn.chapter, m_narrator->position());
    m_saveErrorShown = false;
    m_lastError = {};
    if (mode == Mode::New) {
        m_streamRow = -1;
        m_writer = std::make_unique<StreamingMessageWriter>(m_deps.messages, m_session.id,
                                                            turn.chapter, m_deps.clock);
    } else {
        const MessageRecord& row = m_model.at(m_streamRow);
        const QString kept = mode == Mode::Continue ? row.content : QString();
        if (mode == Mode::Replace) // told again: the earlier version stays, to flip back to
            ReplyVersions(m_deps.messages.database(), m_deps.clock).keep(row);
        m_writer =
            std::make_unique<StreamingMessageWriter>(m_deps.messages, row.id, kept, m_deps.clock);
        m_model.setContent(m_streamRow, kept, MessageRecord::Status::Streaming);
    }
    m_stream = std::move(turn.stream);
    connect(m_stream.get(), &ReplyStream::delta, this, &ChatSession::onDelta);
    connect(m_stream.get(), &ReplyStream::finished, this,
            [this] { endStream(MessageRecord::Status::Complete); });
    connect(m_stream.get(), &ReplyStream::cancelled, this,
            [this] { endStream(MessageRecord::Status::Interrupted); });
    connect(m_stream.get(), &ReplyStream::failed, this, [this](const QString& message) {
        m_lastError = m_stream->error();
        endStream(MessageRecord::Status::Error);
        Q_EMIT errorOccurred(message);
    });
    Q_EMIT progressChanged(m_chapter, chapterCount());
    m_stream->start();
    Q_EMIT busyChanged(true);
}

void ChatSession::onDelta(const QString& piece)
{
    if (!m_writer)
        return;
    if (!m_writer->append(piece) && !m_saveErrorShown) {
        m_saveErrorShown = true;
        Q_EMIT errorOccurred(tr("The story could not be saved to the database (%1). It is "
                                "still shown here; check the disk.")
                                 .arg(m_deps.messages.lastError()));
    }
    Q_EMIT replyDelta(piece);
    if (m_streamRow < 0) {
        MessageRecord row;
        row.id = m_writer->messageId();
        row.sessionId = m_session.id;
        row.role = MessageRecord::Role::Assistant;
        row.status = MessageRecord::Status::Streaming;
        row.chapter = m_streamChapter;
        row.createdAt = m_deps.clock();
        row.content = m_writer->text();
        m_streamRow = m_model.append(row);
        return;
    }
    m_model.setContent(m_streamRow, m_writer->text(), MessageRecord::Status::Streaming);
}

int ChatSession::replyVersionCount() const
{
    const int row = ChatRows::lastNarrator(m_model);
    return row < 0
               ? 0
               : int(ReplyVersions(m_deps.messages.database()).versions(m_model.at(row).id).size());
}

int ChatSession::replyVersionIndex() const
{
    const int row = ChatRows::lastNarrator(m_model);
    return row < 0 ? 0
                   : ReplyVersions::shownIndex(
                         ReplyVersions(m_deps.messages.database()).versions(m_model.at(row).id));
}

bool ChatSession::showReplyVersion(int step)
{
    const int row = ChatRows::lastNarrator(m_model);
    if (!canRegenerate() ||
        !ReplyVersions(m_deps.messages.database(), m_deps.clock).step(m_model.at(row).id, step))
        return false;
    if (const auto stored = m_deps.messages.get(m_model.at(row).id))
        m_model.setRecord(row, *stored);
    m_chapter = std::max(m_chapter, m_model.at(row).chapter);
    Q_EMIT replyVersionChanged();
    return true;
}

qint64 ChatSession::streamingMessageId() const
{
    return m_writer ? m_writer->messageId() : 0;
}

QString ChatSession::streamingText() const
{
    return m_writer ? m_writer->text() : QString();
}

void ChatSession::stop()
{
    // A judge or a translation still working: the message stays as written and the
    // narrator is not asked.
    if (m_input.cancel()) {
        Q_EMIT busyChanged(false);
        return;
    }
    if (m_stream && m_stream->isRunning())
        m_stream->cancel();
}

void ChatSession::endStream(MessageRecord::Status status)
{
    if (!m_writer)
        return;
    const TokenUsage usage = m_stream ? m_stream->usage() : TokenUsage();
    // Even an empty stopped reply keeps its chapter on record.
    m_writer->finish(status, usage.promptTokens, usage.completionTokens);
    if (m_streamRow < 0) {
        if (const auto row = m_deps.messages.get(m_writer->messageId()))
            m_streamRow = m_model.append(*row);
    }
    if (m_streamRow >= 0) {
        if (const auto stored = m_deps.messages.get(m_writer->messageId())) {
            m_model.setRecord(m_streamRow, *stored); // with its seq and token counts
        } else {
            m_model.setId(m_streamRow, m_writer->messageId());
            m_model.setContent(m_streamRow, m_writer->text(), status);
        }
    }
    m_writer.reset();
    m_streamRow = -1;
    if (m_stream)
        m_stream.release()->deleteLater();
    m_deps.sessions.touch(m_session.id);
    if (status == MessageRecord::Status::Complete)
        summarizeOlderTurns();
    Q_EMIT busyChanged(false);
    Q_EMIT replyFinished();
}

} // namespace st
