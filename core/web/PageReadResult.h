#pragma once

#include "core/web/ExtractedPage.h"
#include "core/web/WebError.h"

#include <QUrl>

namespace st {

/// What PageReader read: the page's title and text, or why there is none.
struct PageReadResult
{
    ExtractedPage page;
    WebError error; // kind None when the page was read
    QUrl url;       // the final address, or the file's file:// URL
    bool isPlainText = false;

    bool ok() const { return !error.isError(); }
    static PageReadResult failure(const WebError& error)
    {
        PageReadResult result;
        result.error = error;
        result.url = error.url;
        return result;
    }
};

} // namespace st
