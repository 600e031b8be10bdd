#pragma once

#include "core/web/ExtractedPage.h"

#include <QByteArray>
#include <QString>

namespace st {

/// Main-text extraction over a real HTML5 parser (libgumbo): the title, and the article
/// text without navigation, scripts, styles, forms, footers and boilerplate, paragraphs kept.
///
/// The steps, each in its own class: NestingGuard caps absurd nesting before parsing;
/// DomBuilder copies gumbo's tree into a small mutable DomTree (no scripts, styles, SVG,
/// templates, comments); PageMetadata and TitleFinder find the language and the title;
/// then Readability's algorithm — PagePrep drops hidden and boilerplate nodes and makes
/// paragraphs, ContentScorer picks the article by paragraph scores, ArticleCleaner removes
/// what looks like furniture inside it — runs up to four times, with fewer filters each
/// time, until it finds 500 characters (CJK characters count double); TextRenderer writes
/// the lines; AppShellDetector tells an app shell. Text measures are computed bottom-up
/// once per pass (TextStats), so the work stays linear in the size of the page: a 5 MB
/// page takes about 1.2-1.4 times what gumbo's parse alone takes (bench/ExtractionBench).
/// Measured against Readability's output on the 30 pages of ../shared/pages, see
/// tests/unit/web/HtmlExtractorPagesTest.cpp.
class HtmlExtractor
{
public:
    /// \a utf8Html: the document already decoded and re-encoded as UTF-8. Never fails:
    /// empty or unusable input gives an empty page.
    static ExtractedPage extract(const QByteArray& utf8Html);
    static ExtractedPage extract(const QString& html) { return extract(html.toUtf8()); }
};

} // namespace st
