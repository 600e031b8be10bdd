#include "core/web/NodePatterns.h"

#include <QRegularExpression>

namespace st {
namespace {

QRegularExpression caseless(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

bool matches(const QRegularExpression& re, QStringView text)
{
    return !text.isEmpty() && re.match(text).hasMatch();
}

} // namespace

bool NodePatterns::isUnlikely(const QString& classAndId)
{
    static const QRegularExpression unlikely =
        caseless("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|"
                 "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
                 "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
                 "yom-remote|cookie|newsletter|subscribe");
    static const QRegularExpression maybe = caseless("and|article|body|column|content|main|shadow");
    return matches(unlikely, classAndId) && !matches(maybe, classAndId);
}

bool NodePatterns::isUnlikelyRole(QStringView role)
{
    for (const char* r :
         {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}) {
        if (role == QLatin1String(r))
            return true;
    }
    return false;
}

int NodePatterns::classWeight(const DomTree& tree, int n)
{
    static const QRegularExpression positive =
        caseless("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|"
                 "blog|story");
    static const QRegularExpression negative = caseless(
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|"
        "footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
        "sidebar|skyscraper|sponsor|shopping|tags|widget");
    int weight = 0;
    for (const Attr attr : {Attr::Class, Attr::Id}) {
        const QStringView value = tree.attr(n, attr);
        if (matches(negative, value))
            weight -= 25;
        if (matches(positive, value))
            weight += 25;
    }
    return weight;
}

bool NodePatterns::isProbablyVisible(const DomTree& tree, int n)
{
    static const QRegularExpression hiddenStyle =
        caseless("(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(!\\s*important"
                 "\\s*)?(;|$)");
    if (tree.hasAttr(n, Attr::Hidden))
        return false;
    if (tree.attr(n, Attr::AriaHidden).trimmed() == QLatin1String("true") &&
        !tree.attr(n, Attr::Class).contains(QLatin1String("fallback-image")))
        return false;
    return !matches(hiddenStyle, tree.attr(n, Attr::Style));
}

bool NodePatterns::isByline(const QString& classAndId)
{
    static const QRegularExpression byline = caseless("byline|author|dateline|writtenby|p-author");
    return matches(byline, classAndId);
}

bool NodePatterns::isShare(const QString& classAndId)
{
    static const QRegularExpression share = caseless("(\\b|_)(share|sharedaddy)(\\b|_)");
    return matches(share, classAndId);
}

bool NodePatterns::isVideoUrl(QStringView url)
{
    static const QRegularExpression videos =
        caseless("//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq)\\.com|"
                 "(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)");
    return matches(videos, url);
}

bool NodePatterns::isAdOrLoadingWords(const QString& text)
{
    static const QRegularExpression words =
        caseless("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
                 "광고|広告|((loading|正在加载|Загрузка|chargement|cargando|読み込み中|로딩 "
                 "중)(…|\\.\\.\\.)?))$");
    return matches(words, text.trimmed());
}

} // namespace st
