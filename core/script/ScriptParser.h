#pragma once

#include "core/script/ScriptParseResult.h"

namespace st {

/// Reads a script in either form: the project's JSON, or the markdown a model writes.
class ScriptParser
{
public:
    static ScriptParseResult parse(const QString& text, const QString& language);
};

} // namespace st
