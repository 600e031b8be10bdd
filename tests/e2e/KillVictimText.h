#pragma once

#include "core/script/Script.h"

namespace st::killtest {

/// A script whose first chapter is one long reply with long stretches between sentence
/// ends, so the writer's one-second flush (not only its sentence-end flush) is what saves
/// it.
inline Script script()
{
    Script s;
    s.title = QStringLiteral("A very long chapter");
    s.language = QStringLiteral("en");
    QStringList words;
    for (int i = 0; i < 4000; ++i) {
        words << QStringLiteral("word%1").arg(i);
        if (i % 120 == 119)
            words.last() += u'.';
    }
    s.section(ScriptSection::Prologue1).content = words.join(u' ');
    s.section(ScriptSection::Epilogue).content = QStringLiteral("The end.");
    return s;
}

} // namespace st::killtest
