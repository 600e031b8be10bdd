#include "core/narration/ConversationSummarizer.h"

#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/text/Languages.h"

namespace st {

ConversationSummarizer::ConversationSummarizer(ModelClient& client, QString language,
                                               QObject* parent)
    : QObject(parent), m_client(client), m_language(std::move(language))
{}

ConversationSummarizer::~ConversationSummarizer()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

ChatRequest ConversationSummarizer::request(const QString& summary,
                                            const QVector<MessageRecord>& turns) const
{
    QStringList lines;
    for (const MessageRecord& m : turns) {
        const QString who = m.role == MessageRecord::Role::User ? QStringLiteral("Listener")
                                                                : QStringLiteral("Narrator");
        lines.append(who + QStringLiteral(": ") + m.content.simplified());
    }
    const QHash<QString, QString> values{
        {QStringLiteral("language_name"), Languages::promptName(m_language)},
        {QStringLiteral("max_words"), QString::number(kMaxWords)},
        {QStringLiteral("summary"), summary.isEmpty() ? QStringLiteral("(none yet)") : summary},
        {QStringLiteral("turns"), lines.join(u'\n')},
    };
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("summarize")).render(values)});
    r.temperature = 0.2;
    r.maxTokens = kMaxWords * 3;
    return r;
}

void ConversationSummarizer::summarize(const QString& summary, const QVector<MessageRecord>& turns)
{
    if (m_stream || turns.isEmpty())
        return;
    const int upto = turns.last().seq;
    m_stream = m_client.chat(request(summary, turns));
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::finished, this, [this, stream, upto] {
        const QString text = stream->text().trimmed();
        m_stream.release()->deleteLater();
        if (!text.isEmpty())
            Q_EMIT summarized(text, upto);
    });
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        m_stream.release()->deleteLater();
        Q_EMIT failed(message);
    });
    stream->start();
}

} // namespace st
