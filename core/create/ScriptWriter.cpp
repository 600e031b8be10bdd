#include "core/create/ScriptWriter.h"

#include "core/create/SourceQuote.h"
#include "core/llm/PromptTemplate.h"
#include "core/script/ScriptMarkdownParser.h"
#include "core/text/Languages.h"

#include <QRegularExpression>

namespace st {

ChatRequest ScriptWriter::request(const SourceDocument& document, const QString& text)
{
    const QHash<QString, QString> rules{
        {QStringLiteral("language_name"), Languages::promptName(document.language)},
    };
    const QString source = document.url.isEmpty() ? (document.kind == QLatin1String("url")
                                                         ? QStringLiteral("a web page")
                                                         : QStringLiteral("text the listener gave"))
                                                  : document.url;
    const QHash<QString, QString> data{
        {QStringLiteral("request"), document.request.trimmed().isEmpty()
                                        ? QStringLiteral("(not given)")
                                        : document.request.trimmed()},
        {QStringLiteral("document_title"), document.title.trimmed().isEmpty()
                                               ? QStringLiteral("(none)")
                                               : SourceQuote::defuse(document.title.trimmed())},
        {QStringLiteral("source"), source},
        {QStringLiteral("text"), SourceQuote::defuse(text.trimmed())},
    };
    ChatRequest r;
    r.messages.append(
        {QStringLiteral("system"), PromptTemplate(QStringLiteral("write_script")).render(rules)});
    r.messages.append({QStringLiteral("user"),
                       PromptTemplate(QStringLiteral("write_script_input")).render(data)});
    r.temperature = 0.3;
    r.maxTokens = kMaxTokens;
    return r;
}

bool ScriptWriter::saysNoStory(const QString& reply)
{
    static const QRegularExpression noStory(QStringLiteral("^[\\s*_#\"']*no story[\\s.!*_\"']*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return noStory.match(reply).hasMatch();
}

ScriptParseResult ScriptWriter::parse(const QString& reply, const SourceDocument& document)
{
    if (saysNoStory(reply)) {
        ScriptParseResult result;
        result.error =
            tr("The source does not tell a story the writer could use. Try a page or text "
               "about one event, with its people, places and dates.");
        return result;
    }
    ScriptParseResult result = ScriptMarkdownParser::parse(reply, document.language);
    Script& script = result.script;
    script.language = document.language.isEmpty() ? script.language : document.language;
    if (!document.url.isEmpty()) {
        script.source.kind = QStringLiteral("url");
        script.source.url = document.url;
    } else {
        script.source.kind =
            document.kind == QLatin1String("url") ? QStringLiteral("text") : document.kind;
        script.source.url.clear();
    }
    const QString fallbackTitle = ScriptMarkdownParser::tr("Untitled story");
    if ((script.title.isEmpty() || script.title == fallbackTitle) &&
        !document.title.trimmed().isEmpty()) {
        script.title = document.title.simplified();
        result.problems.removeAll(
            ScriptMarkdownParser::tr("The script has no title; using \"Untitled story\"."));
    }
    return result;
}

QString ScriptWriter::emptySourceMessage()
{
    return tr("The source is empty, so there is nothing to write a story from. Paste the article's "
              "text, or try another page.");
}

} // namespace st
