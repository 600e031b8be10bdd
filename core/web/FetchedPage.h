#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace st {

/// A web page PageFetcher downloaded and decoded.
struct FetchedPage
{
    QUrl url;            // the final address, after redirects
    QString contentType; // the media type, lowercased, without parameters ("text/html")
    QString html;        // the decoded document (the text itself when isPlainText)
    bool isPlainText = false;
    QByteArray encoding; // what it was decoded with, e.g. "UTF-8", "Shift_JIS"
    int redirects = 0;   // redirects followed
    qint64 bytes = 0;    // body bytes received (after Qt's decompression)
};

} // namespace st

Q_DECLARE_METATYPE(st::FetchedPage)
