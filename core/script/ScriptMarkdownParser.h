#pragma once

#include "core/script/ScriptParseResult.h"

#include <QCoreApplication>

namespace st {

/// Reads the markdown form a model writes:
///
///     # Title: The Mary Celeste
///     # prologue 1 : A ship adrift
///     text…
///
/// Tolerates stray prose, bold or plain headers, localized section names (프롤로그,
/// プロローグ, prólogo, …), missing numbers and missing sections, and reports what it
/// could not read.
class ScriptMarkdownParser
{
    Q_DECLARE_TR_FUNCTIONS(st::ScriptParser)

public:
public:
    static ScriptParseResult parse(const QString& text, const QString& language);
};

} // namespace st
