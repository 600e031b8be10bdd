#include "core/story/ChatSession.h"

#include "core/llm/PacedReplyStream.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/store/StreamingMessageWriter.h"
#include "core/story/RequestWords.h"
#include "core/story/StoryLog.h"

#include <QCoreApplication>

namespace st {
ChatSession::ChatSession(SessionRecord session, Script script, Deps deps, QObject* parent)
    : QObject(parent), m_session(std::move(session)), m_script(std::move(script)),
      m_deps(std::move(deps)), m_narrator(m_script, m_deps.lines, m_session.language, m_deps.random)
{}

ChatSession::~ChatSession()
{
    if (isBusy())
        stop();
}

bool ChatSession::isBusy() const
{
    return m_stream && m_stream->isRunning();
}

void ChatSession::begin()
{
    const QVector<MessageRecord> history = m_deps.messages.list(m_session.id);
    m_model.setMessages(history);
    int told = -1;
    QString lastNarration;
    for (const MessageRecord& m : history) {
        if (m.role == MessageRecord::Role::Assistant && m.chapter >= told) {
            told = m.chapter;
            lastNarration = m.content;
        }
    }
    if (told < 0) {
        streamTurn(m_narrator.opening());
        return;
    }
    m_resumed = true;
    m_narrator.restore(told, lastNarration);
    m_chapter = told;
    Q_EMIT progressChanged(m_chapter, chapterCount());
}

bool ChatSession::send(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty() || isBusy())
        return false;
    if (RequestWords::isExit(text)) {
        Q_EMIT exitRequested();
        return true;
    }
    if (text.size() > kMaxMessageLength) {
        Q_EMIT errorOccurred(tr("That message is %1 characters long; the limit is %2. Shorten "
                                "it and send it again.")
                                 .arg(text.size())
                                 .arg(kMaxMessageLength));
        return false;
    }
    const auto stored = m_deps.messages.append(m_session.id, MessageRecord::Role::User, text,
                                               MessageRecord::Status::Complete);
    if (!stored) {
        Q_EMIT errorOccurred(tr("Your message could not be saved (%1). It is still in the box; "
                                "check the disk and send it again.")
                                 .arg(m_deps.messages.lastError()));
        return false;
    }
    m_model.append(*stored);
    m_deps.sessions.touch(m_session.id);
    streamTurn(m_narrator.reply(text));
    return true;
}

void ChatSession::streamTurn(const OfflineNarrator::Turn& turn)
{
    m_streamChapter = turn.chapter;
    m_chapter = turn.chapter;
    m_streamRow = -1;
    m_saveErrorShown = false;
    m_writer = std::make_unique<StreamingMessageWriter>(m_deps.messages, m_session.id, turn.chapter,
                                                        m_deps.clock);
    m_stream = std::make_unique<PacedReplyStream>(turn.text, m_deps.msPerWord);
    connect(m_stream.get(), &ReplyStream::delta, this, &ChatSession::onDelta);
    connect(m_stream.get(), &ReplyStream::finished, this,
            [this] { endStream(MessageRecord::Status::Complete); });
    connect(m_stream.get(), &ReplyStream::cancelled, this,
            [this] { endStream(MessageRecord::Status::Interrupted); });
    connect(m_stream.get(), &ReplyStream::failed, this, [this](const QString& message) {
        endStream(MessageRecord::Status::Error);
        Q_EMIT errorOccurred(message);
    });
    Q_EMIT progressChanged(m_chapter, chapterCount());
    m_stream->start();
    Q_EMIT busyChanged(true);
}

void ChatSession::onDelta(const QString& piece)
{
    if (!m_writer->append(piece) && !m_saveErrorShown) {
        m_saveErrorShown = true;
        Q_EMIT errorOccurred(tr("The story could not be saved to the database (%1). It is "
                                "still shown here; check the disk.")
                                 .arg(m_deps.messages.lastError()));
    }
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

void ChatSession::stop()
{
    if (isBusy())
        m_stream->cancel();
}

void ChatSession::endStream(MessageRecord::Status status)
{
    if (!m_writer)
        return;
    m_writer->finish(status); // even an empty stopped reply keeps its chapter on record
    if (m_streamRow >= 0)
        m_model.setContent(m_streamRow, m_writer->text(), status);
    m_writer.reset();
    m_streamRow = -1;
    if (m_stream)
        m_stream.release()->deleteLater();
    m_deps.sessions.touch(m_session.id);
    Q_EMIT busyChanged(false);
    Q_EMIT replyFinished();
}

} // namespace st
