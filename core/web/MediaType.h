#pragma once

#include <QByteArray>
#include <QString>

namespace st {

/// What a Content-Type says about a document, and whether untyped bytes look like HTML.
class MediaType
{
public:
    enum class Kind
    {
        Missing,   // no Content-Type: judge the body (looksLikeHtml)
        Html,      // text/html, application/xhtml+xml
        PlainText, // text/plain, text/markdown, text/x-markdown
        Other      // a PDF, an image, JSON, … — not for reading
    };

    /// "text/html; charset=utf-8" → "text/html" (lowercased, trimmed).
    static QString essence(const QByteArray& contentType);
    /// The kind of \a essence (as essence() returns it).
    static Kind classify(const QString& essence);
    /// Whether \a body (its first 1 KB is enough) starts like an HTML document: WHATWG MIME
    /// sniffing's HTML patterns after a BOM and whitespace.
    static bool looksLikeHtml(const QByteArray& body);
};

} // namespace st
