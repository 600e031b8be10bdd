#include "core/script/ScriptParser.h"

#include "core/script/ScriptJson.h"
#include "core/script/ScriptMarkdownParser.h"

namespace st {

ScriptParseResult ScriptParser::parse(const QString& text, const QString& language)
{
    if (text.trimmed().startsWith(u'{'))
        return ScriptJson::read(text.toUtf8(), language);
    return ScriptMarkdownParser::parse(text, language);
}

} // namespace st
