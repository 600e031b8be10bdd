#pragma once

#include <QString>

namespace st {

/// Source text going into a prompt is data: it is placed between <source> and </source>,
/// and any such tag inside it is defused, so a page cannot close the block early and
/// smuggle text into the prompt's instructions.
class SourceQuote
{
public:
    static QString defuse(const QString& text);
};

} // namespace st
