#pragma once

#include "core/web/DomTree.h"

#include <QString>

namespace st {

/// A subtree as plain text: every block (p, div, li, h1-h6, blockquote, pre, tr, td, …)
/// and every <br> starts a new line, whitespace inside a line collapses to one space
/// (<pre> keeps its line breaks), empty lines are dropped, lines are joined by "\n".
/// Form controls, embeds and scripts give no text.
class TextRenderer
{
public:
    static QString render(const DomTree& tree, int root);
};

} // namespace st
