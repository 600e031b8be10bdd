#include "core/create/SourceFilter.h"

#include "core/create/SourceQuote.h"
#include "core/llm/PromptTemplate.h"

#include <QRegularExpression>
#include <optional>

namespace st {
namespace {

/// The text after <tag> up to </tag>, the next tag or the end; nothing when <tag> is absent.
std::optional<QString> tagged(const QString& reply, const QString& tag)
{
    const QRegularExpression open(QStringLiteral("<\\s*") + tag + QStringLiteral("\\s*>"),
                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch start = open.match(reply);
    if (!start.hasMatch())
        return std::nullopt;
    static const QRegularExpression next(QStringLiteral("<\\s*/?\\s*(relevant|summary)\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    const qsizetype from = start.capturedEnd();
    const QRegularExpressionMatch end = next.match(reply, from);
    const QString inside = reply.mid(from, end.hasMatch() ? end.capturedStart() - from : -1);
    return inside.trimmed();
}

bool saysNone(const QString& text)
{
    static const QRegularExpression none(QStringLiteral("^[\\s*_\"'(\\[]*none[\\s.!*_\"')\\]]*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return text.isEmpty() || none.match(text).hasMatch();
}

} // namespace

ChatRequest SourceFilter::request(const Input& input)
{
    const QHash<QString, QString> rules{
        {QStringLiteral("topic"), input.topic.isEmpty() ? input.documentTitle : input.topic},
        {QStringLiteral("summary_words"), QString::number(kSummaryWords)},
    };
    const QHash<QString, QString> data{
        {QStringLiteral("summary"), input.summary.isEmpty()
                                        ? QStringLiteral("(nothing yet: this is the first part)")
                                        : input.summary},
        {QStringLiteral("part_number"), QString::number(input.number)},
        {QStringLiteral("part_count"), QString::number(input.count)},
        {QStringLiteral("document_title"), SourceQuote::defuse(input.documentTitle)},
        {QStringLiteral("chunk"), SourceQuote::defuse(input.chunk.trimmed())},
    };
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("system"), PromptTemplate(QStringLiteral("filter")).render(rules)});
    r.messages.append(
        {QStringLiteral("user"), PromptTemplate(QStringLiteral("filter_input")).render(data)});
    r.temperature = 0.1;
    return r;
}

SourceFilter::Result SourceFilter::parse(const QString& reply, const Input& input)
{
    Result result;
    const std::optional<QString> relevant = tagged(reply, QStringLiteral("relevant"));
    const QString summary = tagged(reply, QStringLiteral("summary")).value_or(QString());
    if (!relevant) {
        result.understood = false;
        result.relevant = input.chunk.trimmed();
        result.summary = input.summary;
        return result;
    }
    result.relevant = saysNone(*relevant) ? QString() : *relevant;
    result.summary = summary.isEmpty() ? input.summary : summary;
    return result;
}

} // namespace st
