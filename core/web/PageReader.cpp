#include "core/web/PageReader.h"

#include "core/web/HtmlDecoder.h"
#include "core/web/HtmlExtractor.h"
#include "core/web/MediaType.h"
#include "core/web/WebLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

namespace st {
namespace {

const QStringList kHtmlSuffixes{QStringLiteral("html"), QStringLiteral("htm"),
                                QStringLiteral("xhtml")};
const QStringList kTextSuffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
                                QStringLiteral("markdown")};

/// A line that starts a block of its own in Markdown: a list item, a heading, a quote.
bool startsBlock(const QString& line)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^(?:[-*+]\s|#{1,6}\s|>|\d{1,3}[.)]\s))"));
    return marker.match(line).hasMatch();
}

bool isSetextUnderline(const QString& line)
{
    static const QRegularExpression underline(QStringLiteral(R"(^(?:=+|-+)$)"));
    return underline.match(line).hasMatch();
}

/// Valid UTF-8 without NUL bytes: text, not a binary file.
bool isUtf8Text(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

QString fallbackTitleFor(const QUrl& url)
{
    if (url.isLocalFile())
        return QFileInfo(url.toLocalFile()).completeBaseName();
    const QString name = url.fileName();
    return name.isEmpty() ? url.host() : name;
}

} // namespace

PageReader::PageReader(QNetworkAccessManager& network, QObject* parent)
    : PageReader(network, PageFetcher::Limits(), parent)
{}

PageReader::PageReader(QNetworkAccessManager& network, PageFetcher::Limits limits, QObject* parent)
    : QObject(parent), m_fetcher(network, limits)
{
    connect(&m_fetcher, &PageFetcher::progress, this, &PageReader::progress);
    connect(&m_fetcher, &PageFetcher::finished, this, [this](const FetchedPage& page) {
        if (!m_fetching)
            return;
        m_fetching = false;
        deliverFromWorker([page] { return fromFetched(page); });
    });
    connect(&m_fetcher, &PageFetcher::failed, this, [this](const WebError& error) {
        if (m_fetching)
            deliver(PageReadResult::failure(error));
    });
}

void PageReader::read(const QUrl& url)
{
    ++m_generation;
    m_running = true;
    if (url.isLocalFile()) {
        m_fetching = false; // a fetch in progress stops without a word
        m_fetcher.cancel();
        const QString path = url.toLocalFile();
        const qint64 maxBytes = m_fetcher.limits().maxBytes;
        deliverFromWorker([path, maxBytes] { return readFile(path, maxBytes); });
        return;
    }
    m_fetching = true;
    m_fetcher.fetch(url);
}

void PageReader::cancel()
{
    if (!m_running)
        return;
    if (m_fetcher.isRunning()) {
        m_fetcher.cancel(); // failed(Cancelled) comes back through deliver()
        return;
    }
    ++m_generation; // drops a queued file result
    deliver(PageReadResult::failure(WebError::make(WebError::Kind::Cancelled)));
}

void PageReader::deliver(const PageReadResult& result)
{
    if (!m_running)
        return;
    m_running = false;
    if (result.ok())
        Q_EMIT finished(result.page, result.url);
    else
        Q_EMIT failed(result.error);
}

void PageReader::deliverFromWorker(std::function<PageReadResult()> work)
{
    // Parsing a big page takes a while (about a second for 5 MB, see extraction_bench): it
    // runs on the thread pool so the window never freezes. The watcher is ours, so a reader
    // destroyed meanwhile just drops the result; a newer read or a cancel makes it stale.
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<PageReadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            deliver(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

PageReadResult PageReader::judge(ExtractedPage page, const QString& fallbackTitle)
{
    page.title = page.title.trimmed();
    page.text = page.text.trimmed();
    if (page.title.isEmpty())
        page.title = fallbackTitle;
    if (page.needsJavaScript && page.text.size() < kShortTextChars)
        return PageReadResult::failure(WebError::make(WebError::Kind::NeedsJavaScript));
    if (page.text.size() < kMinTextChars)
        return PageReadResult::failure(WebError::make(WebError::Kind::EmptyPage));
    PageReadResult result;
    result.page = page;
    return result;
}

PageReadResult PageReader::fromHtml(const QString& html, const QString& fallbackTitle)
{
    return judge(HtmlExtractor::extract(html.toUtf8()), fallbackTitle);
}

PageReadResult PageReader::fromPlainText(const QString& text, const QString& fallbackTitle)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    qsizetype start = 0;
    while (start < lines.size() && lines.at(start).trimmed().isEmpty())
        ++start;
    QString title = fallbackTitle;
    if (start < lines.size()) {
        QString first = lines.at(start).trimmed();
        if (first.startsWith(u'#'))
            first = first.section(QRegularExpression(QStringLiteral("^#+\\s*")), 1).trimmed();
        qsizetype next = start + 1;
        if (next < lines.size() && isSetextUnderline(lines.at(next).trimmed()))
            ++next;
        bool more = false;
        for (qsizetype i = next; i < lines.size() && !more; ++i)
            more = !lines.at(i).trimmed().isEmpty();
        if (!first.isEmpty() && first.size() <= kMaxTitleChars && more) {
            title = first;
            start = next;
        }
    }

    QStringList paragraphs;
    QString current;
    for (qsizetype i = start; i < lines.size(); ++i) {
        const QString line = lines.at(i).simplified();
        if (line.isEmpty() || startsBlock(line)) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current = line;
            continue;
        }
        current = current.isEmpty() ? line : current + u' ' + line;
    }
    if (!current.isEmpty())
        paragraphs.append(current);

    ExtractedPage page;
    page.title = title;
    page.text = paragraphs.join(u'\n');
    PageReadResult result = judge(page, fallbackTitle);
    result.isPlainText = true;
    return result;
}

PageReadResult PageReader::fromFetched(const FetchedPage& fetched)
{
    const QString fallback = fallbackTitleFor(fetched.url);
    PageReadResult result = fetched.isPlainText ? fromPlainText(fetched.html, fallback)
                                                : fromHtml(fetched.html, fallback);
    result.url = fetched.url;
    result.error.url = fetched.url;
    return result;
}

PageReadResult PageReader::readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    WebError error = WebError::make(WebError::Kind::FileUnreadable, url);
    if (!info.exists()) {
        error.detail = tr("there is no such file");
        return PageReadResult::failure(error);
    }
    if (info.isDir()) {
        error.detail = tr("it is a folder");
        return PageReadResult::failure(error);
    }
    if (info.size() > maxBytes) {
        WebError tooLarge = WebError::make(WebError::Kind::TooLarge, url);
        tooLarge.maxBytes = maxBytes;
        return PageReadResult::failure(tooLarge);
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        error.detail = file.errorString();
        return PageReadResult::failure(error);
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) { // it grew since
        WebError tooLarge = WebError::make(WebError::Kind::TooLarge, url);
        tooLarge.maxBytes = maxBytes;
        return PageReadResult::failure(tooLarge);
    }
    if (bytes.trimmed().isEmpty())
        return PageReadResult::failure(WebError::make(WebError::Kind::EmptyPage, url));

    const QString suffix = info.suffix().toLower();
    const QString fallback = info.completeBaseName();
    PageReadResult result;
    if (kHtmlSuffixes.contains(suffix)) {
        result = fromHtml(HtmlDecoder::decodeFile(bytes), fallback);
    } else if (kTextSuffixes.contains(suffix)) {
        result = fromPlainText(HtmlDecoder::decodeText(bytes).text, fallback);
    } else if (MediaType::looksLikeHtml(bytes)) {
        result = fromHtml(HtmlDecoder::decodeFile(bytes), fallback);
    } else if (!HtmlDecoder::charsetFromBom(bytes).isEmpty() || isUtf8Text(bytes)) {
        result = fromPlainText(HtmlDecoder::decodeText(bytes).text, fallback);
    } else {
        WebError notHtml = WebError::make(WebError::Kind::NotHtml, url);
        notHtml.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
        return PageReadResult::failure(notHtml);
    }
    result.url = url;
    result.error.url = url;
    if (!result.ok())
        qCInfo(lcWeb) << "file" << path << "not read:" << WebError::kindName(result.error.kind);
    return result;
}

QUrl PageReader::urlFromUserInput(const QString& input, const QString& workingDirectory)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QDir dir(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory);
    const QString path = text.startsWith(QLatin1String("~/")) ? QDir::homePath() + text.mid(1)
                                                              : dir.absoluteFilePath(text);
    if (QFileInfo::exists(path))
        return QUrl::fromLocalFile(QDir::cleanPath(path));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    if (scheme.match(text).hasMatch())
        return QUrl(text, QUrl::TolerantMode);
    const QString suffix = QFileInfo(text).suffix().toLower();
    if (text.startsWith(u'/') || text.startsWith(u'.') || text.startsWith(u'~') ||
        kHtmlSuffixes.contains(suffix) || kTextSuffixes.contains(suffix))
        return QUrl::fromLocalFile(QDir::cleanPath(path));
    if (text.contains(u' ') || !text.contains(u'.'))
        return QUrl(text, QUrl::TolerantMode); // relative: InvalidUrl
    return QUrl(QStringLiteral("http://") + text, QUrl::TolerantMode);
}

} // namespace st
