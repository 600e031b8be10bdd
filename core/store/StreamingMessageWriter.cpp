#include "core/store/StreamingMessageWriter.h"

#include "core/store/MessageStore.h"

namespace st {

StreamingMessageWriter::StreamingMessageWriter(MessageStore& store, qint64 sessionId, int chapter,
                                               Clock clock)
    : m_store(store), m_sessionId(sessionId), m_chapter(chapter), m_clock(std::move(clock))
{}

StreamingMessageWriter::StreamingMessageWriter(MessageStore& store, qint64 messageId,
                                               QString existingText, Clock clock)
    : m_store(store), m_sessionId(0), m_chapter(-1), m_clock(std::move(clock)),
      m_messageId(messageId), m_lastFlush(m_clock()), m_text(std::move(existingText))
{
    m_store.update(m_messageId, m_text, MessageRecord::Status::Streaming);
}

bool StreamingMessageWriter::finish(MessageRecord::Status status, int promptTokens,
                                    int completionTokens)
{
    if (!finish(status))
        return false;
    if (promptTokens < 0 && completionTokens < 0)
        return true;
    return m_store.setUsage(m_messageId, promptTokens, completionTokens);
}

bool StreamingMessageWriter::endsSentence(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    static const QString enders = QStringLiteral(".!?。！？…\"”」』)");
    return enders.contains(t.back()) || text.endsWith(u'\n');
}

bool StreamingMessageWriter::append(const QString& piece)
{
    m_text.append(piece);
    if (m_messageId == 0) {
        const auto row = m_store.append(m_sessionId, MessageRecord::Role::Assistant, m_text,
                                        MessageRecord::Status::Streaming, m_chapter);
        if (!row)
            return false;
        m_messageId = row->id;
        m_lastFlush = m_clock();
        ++m_flushes;
        return true;
    }
    if (m_clock() - m_lastFlush >= kFlushIntervalMs || endsSentence(piece))
        return flush(MessageRecord::Status::Streaming);
    return true;
}

bool StreamingMessageWriter::flush(MessageRecord::Status status)
{
    m_lastFlush = m_clock();
    ++m_flushes;
    return m_store.update(m_messageId, m_text, status);
}

bool StreamingMessageWriter::finish(MessageRecord::Status status)
{
    if (m_messageId == 0) {
        const auto row =
            m_store.append(m_sessionId, MessageRecord::Role::Assistant, m_text, status, m_chapter);
        if (!row)
            return false;
        m_messageId = row->id;
        return true;
    }
    return flush(status);
}

} // namespace st
