#include "core/narration/SessionTitler.h"

#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/narration/NarrationLog.h"
#include "core/script/Script.h"
#include "core/text/Languages.h"

#include <QRegularExpression>

namespace st {
namespace {

// Straight, typographic, guillemets and CJK corner brackets.
const QString kQuotes = QStringLiteral("\"'`«»‹›“”„‟‘’‚「」『』＂");

bool isQuote(QChar c)
{
    return kQuotes.contains(c);
}

/// Removes \a chars from both ends of \a text (and the spaces next to them).
QString trimAny(const QString& text, const QString& chars, bool front, bool back)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (front && begin < end && (chars.contains(text.at(begin)) || text.at(begin).isSpace()))
        ++begin;
    while (back && end > begin && (chars.contains(text.at(end - 1)) || text.at(end - 1).isSpace()))
        --end;
    return text.mid(begin, end - begin);
}

/// Quotes around the whole title, or one left alone at either end.
QString stripQuotes(const QString& text)
{
    if (text.size() >= 2 && isQuote(text.front()) && isQuote(text.back()))
        return text.mid(1, text.size() - 2).trimmed();
    const bool front = !text.isEmpty() && isQuote(text.front());
    const bool back = !text.isEmpty() && isQuote(text.back());
    if (front == back)
        return text;
    const QString inner = front ? text.mid(1) : text.chopped(1);
    return std::any_of(inner.begin(), inner.end(), isQuote) ? text : inner.trimmed();
}

/// One sentence-ending period (not an ellipsis).
QString stripPeriod(const QString& text)
{
    static const QString periods = QStringLiteral(".。．");
    if (text.isEmpty() || !periods.contains(text.back()))
        return text;
    if (text.size() >= 2 && periods.contains(text.at(text.size() - 2)))
        return text; // "..."
    return text.chopped(1).trimmed();
}

QString firstLine(const QString& reply)
{
    static const QRegularExpression thinking(QStringLiteral("<think>.*?</think>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString text = reply;
    text.remove(thinking);
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return {};
}

/// At most SessionTitler::kMaxChars, at the last space when it is not too far back.
QString cap(const QString& text)
{
    if (text.size() <= SessionTitler::kMaxChars)
        return text;
    QString cut = text.left(SessionTitler::kMaxChars + 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    cut = space >= SessionTitler::kMaxChars / 2 ? cut.left(space)
                                                : cut.left(SessionTitler::kMaxChars);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return trimAny(cut, QStringLiteral(",;:、，-–—"), false, true);
}

} // namespace

SessionTitler::SessionTitler(ModelClient& client, QString language, QObject* parent)
    : QObject(parent), m_client(client), m_language(std::move(language))
{}

SessionTitler::~SessionTitler()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

ChatRequest SessionTitler::request(const Script& script) const
{
    const QVector<Script::Section> chapters = script.tellableChapters();
    QString opening = chapters.isEmpty() ? QString() : chapters.first().content.simplified();
    if (opening.size() > kOpeningChars)
        opening = opening.left(kOpeningChars) + QStringLiteral("…");
    const QString none = QStringLiteral("(not given)");
    const QHash<QString, QString> values{
        {QStringLiteral("language_name"), Languages::promptName(m_language)},
        {QStringLiteral("max_words"), QString::number(kMaxWords)},
        {QStringLiteral("title"), script.title.simplified()},
        {QStringLiteral("summary"), script.summary.isEmpty() ? none : script.summary.simplified()},
        {QStringLiteral("opening"), opening.isEmpty() ? none : opening},
    };
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("title")).render(values)});
    r.temperature = 0.7;
    r.maxTokens = kMaxWords * 8;
    return r;
}

QString SessionTitler::clean(const QString& reply)
{
    static const QRegularExpression label(
        QStringLiteral("^(title|título|titulo|titre|제목|タイトル|題名)\\s*[:：]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QString markdown = QStringLiteral("#*_");
    QString title = firstLine(reply);
    for (QString before; before != title;) {
        before = title;
        title.remove(label);
        title = trimAny(title, markdown, true, true);
        title = stripPeriod(stripQuotes(title));
    }
    title = cap(title);
    if (!std::any_of(title.begin(), title.end(), [](QChar c) { return c.isLetter(); }))
        return {};
    return title;
}

void SessionTitler::generate(const Script& script)
{
    if (m_stream)
        return;
    m_stream = m_client.chat(request(script));
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::finished, this, [this, stream] {
        const QString reply = stream->text();
        m_stream.release()->deleteLater();
        const QString title = clean(reply);
        if (title.isEmpty()) {
            qCInfo(lcNarration) << "the model's reply held no usable session title";
            Q_EMIT failed(QStringLiteral("no usable title in the reply"));
            return;
        }
        Q_EMIT titled(title);
    });
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        m_stream.release()->deleteLater();
        qCInfo(lcNarration) << "no session title from the model:" << message;
        Q_EMIT failed(message);
    });
    stream->start();
}

} // namespace st
