#pragma once

#include <QString>

namespace st {

/// What the main-text extractor found in an HTML document.
struct ExtractedPage
{
    QString title;    // the article's title (not the site name), trimmed
    QString text;     // the article text: one paragraph / block per line, no empty lines
    QString language; // from <html lang> or a meta tag when present ("en", "ja", …)
    /// The page shows (almost) no text without running its scripts: an app shell, a
    /// <noscript> "enable JavaScript" notice, an empty #root. Only meaningful when text
    /// is empty or very short.
    bool needsJavaScript = false;
};

} // namespace st
