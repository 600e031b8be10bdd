#include "app/cli/CliExtract.h"

#include "app/cli/CliExit.h"
#include "core/settings/Settings.h"
#include "core/web/PageReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace st {

CliExtract::CliExtract(const Settings& settings, QTextStream& out, QTextStream& err)
    : m_settings(settings), m_out(out), m_err(err)
{}

int CliExtract::exitFor(const WebError& error)
{
    using K = WebError::Kind;
    switch (error.kind) {
    case K::None:
        return cli::Ok;
    case K::InvalidUrl:
    case K::UnsupportedScheme:
        return cli::Usage;
    case K::FileUnreadable:
        return cli::NotFound;
    case K::Network:
    case K::Timeout:
        return cli::Unreachable;
    case K::HttpStatus:
        if (error.httpStatus == 404 || error.httpStatus == 410)
            return cli::NotFound;
        if (error.httpStatus == 401 || error.httpStatus == 403)
            return cli::Refused;
        return cli::ServerError;
    default:
        return cli::ServerError; // not a page with text, too large, empty, …
    }
}

int CliExtract::run(const QStringList& args)
{
    if (args.size() != 1)
        return cli::Usage;
    const QUrl url = PageReader::urlFromUserInput(args.first());
    QNetworkAccessManager network;
    PageReader reader(network, PageFetcher::Limits::fromSettings(m_settings));
    QEventLoop loop;
    int exit = cli::Ok;
    QObject::connect(&reader, &PageReader::finished, &loop,
                     [&](const ExtractedPage& page, const QUrl&) {
                         m_out << page.title << '\n' << page.text << '\n';
                         loop.quit();
                     });
    QObject::connect(&reader, &PageReader::failed, &loop, [&](const WebError& error) {
        const QString input = args.first();
        m_err << QCoreApplication::translate("cli", "storyteller-cli: %1: %2")
                     .arg(input, error.message())
              << '\n';
        exit = exitFor(error);
        loop.quit();
    });
    reader.read(url); // answers from the event loop, never from inside read()
    loop.exec();
    return exit;
}

} // namespace st
