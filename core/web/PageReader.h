#pragma once

#include "core/web/PageFetcher.h"
#include "core/web/PageReadResult.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace st {

/// Reads the title and text of a web page (PageFetcher, then HtmlExtractor) or of a local
/// file (.html / .htm through HtmlDecoder and HtmlExtractor, .txt / .md as plain text).
/// A page with (almost) no text is an error: NeedsJavaScript when the extractor found an
/// app shell, EmptyPage otherwise.
class PageReader : public QObject
{
    Q_OBJECT

public:
    /// Less trimmed text than this is no page at all (EmptyPage).
    static constexpr int kMinTextChars = 20;
    /// An app shell (needsJavaScript) with less text than this is NeedsJavaScript.
    static constexpr int kShortTextChars = 200;
    /// A first line of a text file up to this long is its title.
    static constexpr int kMaxTitleChars = 120;

    explicit PageReader(QNetworkAccessManager& network, QObject* parent = nullptr);
    PageReader(QNetworkAccessManager& network, PageFetcher::Limits limits,
               QObject* parent = nullptr);

    /// Reads \a url: http(s) through PageFetcher, file:// with readFile(). Emits finished()
    /// or failed() once, from the event loop; a read in progress is dropped.
    void read(const QUrl& url);
    /// Stops the read in progress, if any, emitting failed(Cancelled).
    void cancel();
    bool isRunning() const { return m_running; }
    PageFetcher& fetcher() { return m_fetcher; }

    /// A local file, read at once (no event loop needed). Files over \a maxBytes are
    /// TooLarge; a file whose type is unknown is read as HTML when it looks like HTML, as
    /// text when it is UTF-8 text, else NotHtml.
    static PageReadResult readFile(const QString& path,
                                   qint64 maxBytes = PageFetcher::Limits().maxBytes);
    /// Extracts and judges a fetched page.
    static PageReadResult fromFetched(const FetchedPage& page);
    /// Extracts and judges an HTML document; \a fallbackTitle when it has no title.
    static PageReadResult fromHtml(const QString& html, const QString& fallbackTitle = {});
    /// Plain text: its first non-empty line is the title when short (and more text
    /// follows), else \a fallbackTitle; paragraphs (separated by blank lines) become one
    /// line each, Markdown list items, headings and quotes keep their own lines.
    static PageReadResult fromPlainText(const QString& text, const QString& fallbackTitle = {});
    /// What the user typed, as an address: an existing file, a URL with a scheme, a path
    /// (it has a '/' or ends in .html/.htm/.txt/.md), or else a host name ("example.com/a"
    /// → http://example.com/a). An empty QUrl for empty text.
    static QUrl urlFromUserInput(const QString& text, const QString& workingDirectory = {});

Q_SIGNALS:
    void finished(const st::ExtractedPage& page, const QUrl& url);
    void failed(const st::WebError& error);
    /// Forwarded from PageFetcher: body bytes so far and the total (-1 when unknown).
    void progress(qint64 received, qint64 total);

private:
    void deliver(const PageReadResult& result);
    /// Runs \a work on the thread pool and delivers its result unless it went stale.
    void deliverFromWorker(std::function<PageReadResult()> work);
    /// Turns an extracted page into a result: NeedsJavaScript, EmptyPage or the page.
    static PageReadResult judge(ExtractedPage page, const QString& fallbackTitle);

    PageFetcher m_fetcher;
    bool m_running = false;
    bool m_fetching = false; // the fetcher's signals are for the current read
    quint64 m_generation = 0;
};

} // namespace st
