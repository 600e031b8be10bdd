#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace st::webtest {

/// A saved page and what a good extractor finds in it (see ../shared/pages/README.md).
struct ExtractionPage
{
    QString name;
    QByteArray html; // decoded to UTF-8
    QString title;
    QString lang;
    QString text;
    QString problem; // why the page could not be read; empty when it was
};

/// The shared real-world pages (SharedData's folder: pages/)
/// and the test's own Korean pages (tests/data/web/ko-*).
class ExtractionPages
{
public:
    static QString sharedDir();
    static QString koreanDir();
    /// Every subfolder of \a dir holding source.html + expected.json, sorted by name;
    /// \a prefix filters the folder names.
    static QVector<ExtractionPage> load(const QString& dir, const QString& prefix = {});
    /// The page's bytes as UTF-8: a BOM decides first, then bytes that already are valid
    /// UTF-8 stay as they are (a page may say gb2312 yet be saved as UTF-8), then the
    /// <meta charset> / http-equiv charset, then windows-1252.
    static QByteArray toUtf8(const QByteArray& raw);
};

} // namespace st::webtest
