#pragma once

#include "core/web/DomTree.h"
#include "core/web/ExtractionFlags.h"

#include <QString>
#include <vector>

namespace st {

/// The document passes before scoring (Readability's _prepDocument and the node prepping
/// of _grabArticle).
class PagePrep
{
public:
    /// <br><br> chains become paragraphs; <font> becomes <span>.
    static void prepareDocument(DomTree& tree);

    /// One walk over \a body in document order that removes hidden elements, modal
    /// dialogs, the byline (unless the metadata names the author), the first <h1>/<h2>
    /// repeating \a title, boilerplate (when flags.stripUnlikelys: by class/id/role, and
    /// <nav>, <aside>, <footer>, and <header> outside <article>/<main>) and empty blocks; wraps
    /// loose phrasing content of <div>s in paragraphs and turns <div>s without blocks into
    /// paragraphs. Returns the elements to score (section, h2-h6, p, td, pre), in document order.
    /// Text measures come from one bottom-up pass first: a node's subtree is still untouched when
    /// the walk reaches it.
    static std::vector<int> markCandidates(DomTree& tree, int body, const ExtractionFlags& flags,
                                           const QString& title, bool metadataNamesAuthor);
};

} // namespace st
