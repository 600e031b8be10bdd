#pragma once

#include "core/web/DomTree.h"
#include "core/web/ExtractionFlags.h"

namespace st {

/// Readability's _prepArticle on the gathered article: removes forms, embeds (but videos),
/// footers, asides, share widgets, form controls, negatively weighted headings, and — when
/// flags.cleanConditionally — every form, fieldset, table, list and div that looks like
/// furniture: negative class weight, or, with fewer than ten commas, more images than
/// paragraphs, more list items than paragraphs outside a list, inputs, short linked text,
/// high link density, stray embeds, or no text in text-bearing elements. Data tables and
/// their contents stay. Each pass measures the subtree bottom-up once, so a node is judged
/// after what it contains has been cleaned, as Readability's reverse-order pass does.
class ArticleCleaner
{
public:
    static void clean(DomTree& tree, int article, const ExtractionFlags& flags);
};

} // namespace st
