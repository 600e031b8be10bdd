#pragma once

#include "core/web/ExtractedPage.h"

#include <QByteArray>
#include <QString>

namespace st {

/// Main-text extraction over a real HTML5 parser (libgumbo): the title, and the article
/// text without navigation, scripts, styles, forms, footers and boilerplate, paragraphs kept.
class HtmlExtractor
{
public:
    /// \a utf8Html: the document already decoded and re-encoded as UTF-8.
    static ExtractedPage extract(const QByteArray& utf8Html);
    static ExtractedPage extract(const QString& html) { return extract(html.toUtf8()); }
};

} // namespace st
