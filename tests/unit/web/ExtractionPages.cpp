#include "ExtractionPages.h"

#include "support/SharedData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <iconv.h>

namespace st::webtest {
namespace {

QByteArray viaIconv(const QByteArray& raw, const QByteArray& charset)
{
    iconv_t cd = iconv_open("UTF-8", charset.constData());
    if (cd == iconv_t(-1))
        return {};
    QByteArray out(raw.size() * 4 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(raw.constData());
    std::size_t inLeft = std::size_t(raw.size());
    char* outPtr = out.data();
    std::size_t outLeft = std::size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != std::size_t(-1))
            break;
        if (outLeft < 4)
            break;
        ++in; // an invalid byte: skip it, mark it
        --inLeft;
        *outPtr++ = char(0xEF);
        *outPtr++ = char(0xBF);
        *outPtr++ = char(0xBD);
        outLeft -= 3;
    }
    iconv_close(cd);
    out.truncate(outPtr - out.data());
    return out;
}

QByteArray declaredCharset(const QByteArray& raw)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(raw.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QString readText(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read ") + path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString ExtractionPages::sharedDir()
{
    return SharedData::path(QStringLiteral("pages"));
}

QString ExtractionPages::koreanDir()
{
    return QStringLiteral(STORYTELLER_TEST_DATA) + QStringLiteral("/web");
}

QByteArray ExtractionPages::toUtf8(const QByteArray& raw)
{
    if (raw.startsWith("\xEF\xBB\xBF"))
        return raw.mid(3);
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(raw.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                        : QStringDecoder::Utf16BE);
        return QString(utf16.decode(raw.mid(2))).toUtf8();
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(raw);
    if (!utf8.hasError())
        return raw;
    QByteArray charset = declaredCharset(raw);
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8")
        charset = "windows-1252";
    if (charset == "gb2312" || charset == "gbk")
        charset = "gb18030"; // what browsers decode both as
    const QByteArray converted = viaIconv(raw, charset);
    return converted.isEmpty() ? asUtf8.toUtf8() : converted;
}

QVector<ExtractionPage> ExtractionPages::load(const QString& dir, const QString& prefix)
{
    QVector<ExtractionPage> pages;
    const QDir root(dir);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        if (!name.startsWith(prefix) || !root.exists(name + QStringLiteral("/source.html")))
            continue;
        ExtractionPage page;
        page.name = name;
        QFile source(root.filePath(name + QStringLiteral("/source.html")));
        if (source.open(QIODevice::ReadOnly))
            page.html = toUtf8(source.readAll());
        else
            page.problem = QStringLiteral("cannot read source.html");
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(
            readText(root.filePath(name + QStringLiteral("/expected.json")), &page.problem)
                .toUtf8(),
            &error);
        if (!json.isObject() && page.problem.isEmpty())
            page.problem = QStringLiteral("expected.json: ") + error.errorString();
        const QJsonObject expected = json.object();
        page.title = expected.value(QLatin1String("title")).toString();
        page.lang = expected.value(QLatin1String("lang")).toString();
        page.text = expected.value(QLatin1String("text")).toString();
        pages.append(page);
    }
    return pages;
}

} // namespace st::webtest
