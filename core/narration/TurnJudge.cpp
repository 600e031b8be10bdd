#include "core/narration/TurnJudge.h"

#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"

#include <QRegularExpression>

namespace st {

TurnJudge::TurnJudge(ModelClient& client, QObject* parent) : QObject(parent), m_client(client) {}

TurnJudge::~TurnJudge()
{
    cancel();
}

void TurnJudge::cancel()
{
    if (!m_stream)
        return;
    m_stream->disconnect(this);
    m_stream->cancel();
    m_stream.release()->deleteLater(); // it may be inside one of its own signals
}

ChatRequest TurnJudge::request(const QString& message, const QString& question)
{
    const QHash<QString, QString> values{{QStringLiteral("question"), question.left(600)},
                                         {QStringLiteral("message"), message.left(600)}};
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("classify_turn")).render(values)});
    r.temperature = 0.0;
    r.maxTokens = kMaxTokens;
    return r;
}

std::optional<ListenerTurn::Kind> TurnJudge::parse(const QString& reply)
{
    static const QRegularExpression word(QStringLiteral("[a-z]+"));
    const QRegularExpressionMatch m = word.match(reply.trimmed().toLower());
    return m.hasMatch() ? ListenerTurn::fromName(m.captured(0)) : std::nullopt;
}

void TurnJudge::judge(const QString& message, const QString& question)
{
    if (m_stream)
        return;
    m_stream = m_client.chat(request(message, question));
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::finished, this, [this, stream] {
        const auto kind = parse(stream->text());
        m_stream.release()->deleteLater();
        if (kind)
            Q_EMIT judged(*kind);
        else
            Q_EMIT failed(QStringLiteral("no kind in the model's reply"));
    });
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        m_stream.release()->deleteLater();
        Q_EMIT failed(message);
    });
    stream->start();
}

} // namespace st
