#pragma once

#include "core/web/DomTree.h"
#include "core/web/PageMetadata.h"

#include <QString>
#include <QStringList>

namespace st {

/// The article's title, not the site's name.
///
/// 1. The metadata title — JSON-LD headline/name, then dc:title, og:title, … twitter:title
///    (Readability's order) — with the site name (og:site_name, JSON-LD publisher) cut off
///    when it is glued on with a separator (" | ", " - ", " — ", " · ", …).
/// 2. Else <title>, when a visible <h1>/<h2> says the same; or, when <title> is an <h1>
///    plus a separator and more, the <h1> — unless that <h1> is the site's logo (it links to
///    the home page, is classed logo/brand/masthead/site-title, or is the og:site_name),
///    then the other part.
/// 3. Else Readability's _getArticleTitle: <title> with the part after the last separator
///    dropped (or before the first, when that leaves under three words), the part after a
///    colon unless a heading holds the whole title, the only <h1> when <title> is under 15 or
///    over 150 characters, and the whole <title> again when what is left is four words or
///    fewer (a bare name is no title).
class TitleFinder
{
public:
    static QString find(const DomTree& tree, const PageMetadata& meta);

    /// Step 3 alone: \a title is the page's <title>, \a headings the texts of its <h1>s
    /// and <h2>s, \a h1Count how many of them are <h1>s (the first ones).
    static QString fromDocumentTitle(const QString& title, const QStringList& headings,
                                     int h1Count);
    /// \a title without " | Site", "Site - " and the like; unchanged when no such part.
    static QString withoutSiteName(const QString& title, const QString& siteName);
};

} // namespace st
