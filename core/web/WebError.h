#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace st {

/// Why a web page (or a local file) could not be read, typed so that each case gets its
/// own message. message() is for the user: what happened and what to do next.
struct WebError
{
    Q_DECLARE_TR_FUNCTIONS(st::WebError)

public:
    enum class Kind
    {
        None,
        InvalidUrl,             // not an address at all, or no host
        UnsupportedScheme,      // not http:// or https://
        TooManyRedirects,       // more than maxRedirects
        SchemeChangeOnRedirect, // a redirect to another scheme (only http → https is followed)
        HttpStatus,             // a 4xx / 5xx answer (or a 3xx without Location)
        NotHtml,                // a PDF, an image, … (contentType says what)
        TooLarge,               // more than maxBytes
        Timeout,                // no answer (Connect) or the body went silent (Idle)
        Network,                // DNS, refused, reset, TLS
        EmptyPage,              // no text to read
        NeedsJavaScript,        // an app shell that shows its text only by running scripts
        Cancelled,              // cancel()
        FileUnreadable,         // a local file that does not exist or cannot be opened
    };

    enum class TimeoutPhase
    {
        Connect, // no answer headers in time
        Idle,    // no body bytes for the idle time
        Total    // the whole fetch took longer than its limit
    };

    enum class NetworkCause
    {
        Other,
        HostNotFound,
        Refused,
        Tls
    };

    Kind kind = Kind::None;
    /// The address concerned: the page, the redirect target (SchemeChangeOnRedirect), the
    /// file (file:// for local files).
    QUrl url;
    int httpStatus = 0;   // HttpStatus
    QString contentType;  // NotHtml: the media type, e.g. "application/pdf"
    qint64 maxBytes = 0;  // TooLarge: the cap
    int maxRedirects = 0; // TooManyRedirects: the limit
    TimeoutPhase timeoutPhase = TimeoutPhase::Connect;
    NetworkCause networkCause = NetworkCause::Other;
    QString detail; // Qt's error string, or the text that was not a URL

    static WebError make(Kind kind, const QUrl& url = {})
    {
        WebError error;
        error.kind = kind;
        error.url = url;
        return error;
    }

    bool isError() const { return kind != Kind::None; }
    QString message() const;
    /// A stable name for logs and tests: "http-status", "too-large", …
    static QString kindName(Kind kind);

private:
    QString httpStatusMessage() const;
    QString notHtmlMessage() const;
    QString networkMessage() const;
};

} // namespace st

Q_DECLARE_METATYPE(st::WebError)
