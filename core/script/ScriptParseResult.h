#pragma once

#include "core/script/Script.h"

#include <QStringList>

namespace st {

/// What a parser made of a text: the script, what it could not read (problems, shown to
/// the user as warnings) and, when nothing usable was found, an error.
struct ScriptParseResult
{
    Script script;
    QStringList problems;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace st
