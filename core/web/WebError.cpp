#include "core/web/WebError.h"

#include <QLocale>

namespace st {

QString WebError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidUrl:
        return QStringLiteral("invalid-url");
    case Kind::UnsupportedScheme:
        return QStringLiteral("unsupported-scheme");
    case Kind::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case Kind::SchemeChangeOnRedirect:
        return QStringLiteral("scheme-change-on-redirect");
    case Kind::HttpStatus:
        return QStringLiteral("http-status");
    case Kind::NotHtml:
        return QStringLiteral("not-html");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::EmptyPage:
        return QStringLiteral("empty-page");
    case Kind::NeedsJavaScript:
        return QStringLiteral("needs-javascript");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::FileUnreadable:
        return QStringLiteral("file-unreadable");
    }
    return {};
}

QString WebError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidUrl: {
        const QString text = detail.isEmpty() ? url.toString() : detail;
        if (text.trimmed().isEmpty())
            return tr("There is no web address to open. Type or paste one, like "
                      "https://example.com/page.");
        return tr("“%1” is not a web address. Check it — it should look like "
                  "https://example.com/page — or paste the text instead.")
            .arg(text);
    }
    case Kind::UnsupportedScheme:
        if (url.isLocalFile())
            return tr("This is a file on your computer, not a web address. Open it as a file "
                      "instead.");
        return tr("Storyteller opens only http:// and https:// addresses, not “%1:”. Save the "
                  "page as a file and open that, or paste its text instead.")
            .arg(url.scheme());
    case Kind::TooManyRedirects:
        return tr("The site sent Storyteller on from address to address more than %1 times. "
                  "Open the page in a browser and copy its final address, or paste the text "
                  "instead.")
            .arg(maxRedirects);
    case Kind::SchemeChangeOnRedirect:
        if (url.scheme() == QLatin1String("http"))
            return tr("The secure page redirected to an insecure http:// address, which "
                      "Storyteller does not follow. Open the page in a browser and paste its "
                      "text instead.");
        return tr("The site redirected to a “%1:” address, which Storyteller does not follow. "
                  "Open the page in a browser and paste its text instead.")
            .arg(url.scheme());
    case Kind::HttpStatus:
        return httpStatusMessage();
    case Kind::NotHtml:
        return notHtmlMessage();
    case Kind::TooLarge:
        return tr("The page is larger than %1, more than Storyteller reads. Copy the part you "
                  "need and paste it instead.")
            .arg(QLocale().formattedDataSize(maxBytes));
    case Kind::Timeout:
        if (timeoutPhase == TimeoutPhase::Total)
            return tr("The site sent the page too slowly to finish in time. Try again later, "
                      "or paste the text instead.");
        if (timeoutPhase == TimeoutPhase::Idle)
            return tr("The site stopped sending the page before it was complete. Try again "
                      "later, or paste the text instead.");
        return tr("The site did not answer in time. Check your internet connection and the "
                  "address, then try again.");
    case Kind::Network:
        return networkMessage();
    case Kind::EmptyPage:
        if (url.isLocalFile())
            return tr("The file “%1” has no text to read. Choose another file, or paste the "
                      "text instead.")
                .arg(url.fileName());
        return tr("The page has no text to read. Check the address, or paste the text instead.");
    case Kind::NeedsJavaScript:
        return tr("This page needs JavaScript to show its text. Copy the article text and paste "
                  "it instead.");
    case Kind::Cancelled:
        return tr("Stopped. Nothing was read.");
    case Kind::FileUnreadable:
        return tr("Storyteller could not read the file “%1” (%2). Check that it exists and "
                  "that you may open it.")
            .arg(url.toLocalFile(), detail);
    }
    return {};
}

QString WebError::httpStatusMessage() const
{
    if (httpStatus == 404 || httpStatus == 410)
        return tr("The site says there is no such page (HTTP %1). Check the address.")
            .arg(httpStatus);
    if (httpStatus == 401 || httpStatus == 403)
        return tr("The site refused access to the page (HTTP %1): it may need a login or keep "
                  "out automatic readers. Open it in a browser and paste the article text "
                  "instead.")
            .arg(httpStatus);
    if (httpStatus == 429)
        return tr("The site is receiving too many requests (HTTP 429). Wait a few minutes and "
                  "try again, or paste the text instead.");
    if (httpStatus >= 500)
        return tr("The site had a problem (server error, HTTP %1). Try again later, or paste "
                  "the text instead.")
            .arg(httpStatus);
    if (httpStatus >= 300 && httpStatus < 400)
        return tr("The site answered with a redirect Storyteller cannot follow (HTTP %1). Open "
                  "the page in a browser and copy its final address.")
            .arg(httpStatus);
    return tr("The site refused the request (HTTP %1). Check the address, or paste the text "
              "instead.")
        .arg(httpStatus);
}

QString WebError::notHtmlMessage() const
{
    const QString type = contentType.toLower();
    if (type == QLatin1String("application/pdf"))
        return tr("This address is a PDF document, not a web page. Open it in a PDF reader, "
                  "copy the text and paste it instead.");
    if (type.startsWith(QLatin1String("image/")))
        return tr("This address is a picture (%1), not a page with text. Check the address.")
            .arg(contentType);
    if (type.startsWith(QLatin1String("audio/")) || type.startsWith(QLatin1String("video/")))
        return tr("This address is a recording (%1), not a page with text. Check the address.")
            .arg(contentType);
    if (type.isEmpty())
        return tr("This address did not send a web page. Check the address, or paste the text "
                  "instead.");
    return tr("This address is not a web page but “%1”. Storyteller reads web pages and plain "
              "text: open the document elsewhere and paste its text instead.")
        .arg(contentType);
}

QString WebError::networkMessage() const
{
    switch (networkCause) {
    case NetworkCause::HostNotFound:
        return tr("Storyteller could not find the site “%1”. Check the address and your "
                  "internet connection.")
            .arg(url.host());
    case NetworkCause::Refused:
        return tr("The site “%1” refused the connection. Check the address, or try again "
                  "later.")
            .arg(url.host());
    case NetworkCause::Tls:
        return tr("No secure connection to “%1” could be made (%2). Check the address, or "
                  "open the page in a browser and paste its text instead.")
            .arg(url.host(), detail);
    case NetworkCause::Other:
        break;
    }
    return tr("Storyteller could not load the page (%1). Check your internet connection and "
              "try again.")
        .arg(detail);
}

} // namespace st
