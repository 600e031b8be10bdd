#include "core/story/ScriptParser.h"

#include "core/story/ScriptJson.h"
#include "core/story/ScriptMarkdownParser.h"

namespace st {

ScriptParseResult ScriptParser::parse(const QString& text, const QString& language)
{
    if (text.trimmed().startsWith(u'{'))
        return ScriptJson::read(text.toUtf8(), language);
    return ScriptMarkdownParser::parse(text, language);
}

} // namespace st
