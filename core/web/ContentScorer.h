#pragma once

#include "core/web/DomTree.h"
#include "core/web/ExtractionFlags.h"

#include <vector>

namespace st {

/// Readability's content scoring. Every paragraph-like element of 25 characters or more
/// scores 1 + its commas + one point per 100 characters (at most 3), and passes that score
/// on to five levels of ancestors (divided by 1, 2, 6, 9, 12). Each ancestor starts from a
/// tag bonus (div +5, td/pre/blockquote +3, lists and forms −3, headings −5) plus its class
/// weight, and ends scaled by (1 − link density). The best one, moved up when its parent
/// holds more or when three close runners-up share an ancestor, becomes the article,
/// together with the siblings that score at least a fifth of it and the text-rich
/// paragraphs beside it.
class ContentScorer
{
public:
    /// A new, detached <div> holding the article's nodes (moved out of \a body). When no
    /// element scored, the <div> takes all of \a body's children.
    static int gatherArticle(DomTree& tree, int body, const std::vector<int>& toScore,
                             const ExtractionFlags& flags);
};

} // namespace st
