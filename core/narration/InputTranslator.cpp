#include "core/narration/InputTranslator.h"

#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/text/Languages.h"

namespace st {

InputTranslator::InputTranslator(ModelClient& client, QObject* parent)
    : QObject(parent), m_client(client)
{}

InputTranslator::~InputTranslator()
{
    cancel();
}

void InputTranslator::cancel()
{
    if (!m_stream)
        return;
    m_stream->disconnect(this);
    m_stream->cancel();
    m_stream.release()->deleteLater(); // it may be inside one of its own signals
}

ChatRequest InputTranslator::request(const QString& text, const QString& toLanguage)
{
    const QHash<QString, QString> values{
        {QStringLiteral("language_name"), Languages::promptName(toLanguage)},
        {QStringLiteral("text"), text}};
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("translate")).render(values)});
    r.temperature = 0.0;
    return r;
}

void InputTranslator::translate(const QString& text, const QString& toLanguage)
{
    if (m_stream)
        return;
    m_stream = m_client.chat(request(text, toLanguage));
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::finished, this, [this, stream] {
        const QString translation = stream->text().trimmed();
        m_stream.release()->deleteLater();
        if (translation.isEmpty())
            Q_EMIT failed(tr("The model returned no translation."));
        else
            Q_EMIT translated(translation);
    });
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        m_stream.release()->deleteLater();
        Q_EMIT failed(message);
    });
    stream->start();
}

} // namespace st
