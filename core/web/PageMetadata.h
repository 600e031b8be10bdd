#pragma once

#include "core/web/DomBuilder.h"
#include "core/web/DomTree.h"

#include <QString>

namespace st {

/// What a page says about itself: <title>, <meta> (Open Graph, Twitter cards, Dublin Core,
/// Parse.ly, Weibo), JSON-LD (schema.org Article types) and the language.
struct PageMetadata
{
    QString documentTitle; // <title>, whitespace collapsed
    QString jsonLdName;    // of the first JSON-LD object of an Article type
    QString jsonLdHeadline;
    QString metaTitle;      // dc:title, og:title, … twitter:title, in Readability's order
    QString siteName;       // JSON-LD publisher, og:site_name or application-name
    QString language;       // primary subtag, lower-case ("en", "ja"), or empty
    bool hasByline = false; // an author is named in the metadata

    static PageMetadata read(const DomTree& tree, const PageSignals& pageSignals);
    /// "en-US" → "en", "pt_BR" → "pt", "zh-Hant" → "zh"; empty when not a language tag.
    static QString primaryLanguage(QStringView tag);
};

} // namespace st
