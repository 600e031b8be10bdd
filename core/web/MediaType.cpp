#include "core/web/MediaType.h"

namespace st {

QString MediaType::essence(const QByteArray& contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? contentType : contentType.left(semicolon))
        .trimmed()
        .toLower();
}

MediaType::Kind MediaType::classify(const QString& essence)
{
    if (essence.isEmpty())
        return Kind::Missing;
    if (essence == QLatin1String("text/html") || essence == QLatin1String("application/xhtml+xml"))
        return Kind::Html;
    if (essence == QLatin1String("text/plain") || essence == QLatin1String("text/markdown") ||
        essence == QLatin1String("text/x-markdown"))
        return Kind::PlainText;
    return Kind::Other;
}

bool MediaType::looksLikeHtml(const QByteArray& body)
{
    QByteArray head = body.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed().toLower();
    static const char* const tags[] = {"<!doctype html",
                                       "<html",
                                       "<head",
                                       "<script",
                                       "<iframe",
                                       "<h1",
                                       "<div",
                                       "<font",
                                       "<table",
                                       "<a",
                                       "<style",
                                       "<title",
                                       "<b",
                                       "<body",
                                       "<br",
                                       "<p",
                                       "<!--"};
    for (const char* tag : tags) {
        const QByteArray prefix(tag);
        if (!head.startsWith(prefix) || head.size() <= prefix.size())
            continue;
        const char next = head.at(prefix.size());
        // The tag name must end there ("<p>" but not "<pre>"); a comment needs nothing more.
        if (next == ' ' || next == '>' || next == '\t' || next == '\n' || next == '\r' ||
            next == '\f' || prefix == "<!--")
            return true;
    }
    return false;
}

} // namespace st
