#include "core/web/TitleFinder.h"

#include "core/web/NodePatterns.h"
#include "core/web/TextSimilarity.h"

#include <QRegularExpression>

namespace st {
namespace {

constexpr int kMaxHeadings = 20;
constexpr int kHeadingTextLimit = 400;

int wordCount(const QString& text)
{
    // JavaScript's str.split(/\s+/).length: an empty string still counts one.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space).size());
}

bool isSeparator(QChar c)
{
    return QStringView(
               u"|-\u2014\u2013\u00B7:\u00BB\u203A/\\_[(~\u2022>\uFF5C\uFF1A\uFF0F\uFF0D\u3010")
        .contains(c);
}

/// The text of \a title left once \a part is cut off at its start or end with a separator
/// in between (the separator and spaces dropped); a null string when \a part is not so.
QString remainderAround(const QString& title, const QString& part)
{
    if (part.isEmpty() || part.size() >= title.size())
        return {};
    QStringView rest;
    if (title.startsWith(part, Qt::CaseInsensitive)) {
        rest = QStringView(title).mid(part.size()).trimmed();
        if (rest.isEmpty() || !isSeparator(rest.front()))
            return {};
    } else if (title.endsWith(part, Qt::CaseInsensitive)) {
        rest = QStringView(title).left(title.size() - part.size()).trimmed();
        if (rest.isEmpty() || !isSeparator(rest.back()))
            return {};
    } else {
        return {};
    }
    QString out = rest.toString();
    while (!out.isEmpty() && (isSeparator(out.front()) || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (isSeparator(out.back()) || out.back().isSpace() ||
                              QStringView(u"])\u3011").contains(out.back())))
        out.chop(1);
    return out;
}

/// A link to the site's home page: "/", "/en-US/", "index.html", "https://host/".
bool isHomeLink(QStringView href)
{
    static const QRegularExpression home(
        QStringLiteral("^((https?:)?//[^/?#]+)?/?([a-z]{2}([-_][a-z]{2})?/?)?(index\\.\\w+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return home.match(href.trimmed()).hasMatch();
}

/// A heading that is the site's logo rather than the page's title: it links to the home
/// page, or it or one of its two nearest ancestors is classed as a logo or brand.
bool isLogo(const DomTree& tree, int heading)
{
    static const QRegularExpression logoClass(
        QStringLiteral("logo|brand|masthead|site-?(title|name|header)|blog-?(title|name)"),
        QRegularExpression::CaseInsensitiveOption);
    int seen = 0;
    for (int n = tree.nextElement(heading, false, heading); n != DomTree::kNone && seen < 20;
         n = tree.nextElement(n, false, heading), ++seen) {
        if (tree.is(n, Tag::A) && tree.hasAttr(n, Attr::Href))
            return isHomeLink(tree.attr(n, Attr::Href));
    }
    int n = heading;
    for (int level = 0; level < 3 && n != DomTree::kNone && tree.isElement(n);
         ++level, n = tree.parent(n)) {
        if (logoClass.match(tree.classAndId(n)).hasMatch())
            return true;
    }
    return false;
}

struct Headings
{
    QStringList texts; // the visible <h1>s, then the visible <h2>s
    int h1Count = 0;
    std::vector<bool> logo; // per <h1>
};

Headings headingsOf(const DomTree& tree)
{
    Headings out;
    QStringList h2s;
    int n = tree.nextElement(DomTree::document(), false);
    while (n != DomTree::kNone && out.texts.size() + h2s.size() < kMaxHeadings * 2) {
        if (!NodePatterns::isProbablyVisible(tree, n)) {
            n = tree.nextElement(n, true);
            continue;
        }
        const bool h1 = tree.is(n, Tag::H1) && out.texts.size() < kMaxHeadings;
        if (h1 || (tree.is(n, Tag::H2) && h2s.size() < kMaxHeadings)) {
            const QString text = tree.textContent(n, kHeadingTextLimit).simplified();
            if (!text.isEmpty() && h1) {
                out.texts.append(text);
                out.logo.push_back(isLogo(tree, n));
            } else if (!text.isEmpty()) {
                h2s.append(text);
            }
            n = tree.nextElement(n, true);
            continue;
        }
        n = tree.nextElement(n, false);
    }
    out.h1Count = int(out.texts.size());
    out.texts += h2s;
    return out;
}

QString fromJsonLd(const PageMetadata& meta, const QString& cleanedDocumentTitle)
{
    if (meta.jsonLdName.isEmpty() || meta.jsonLdHeadline.isEmpty() ||
        meta.jsonLdName == meta.jsonLdHeadline)
        return meta.jsonLdName.isEmpty() ? meta.jsonLdHeadline : meta.jsonLdName;
    // Some sites put their own name in "name": take the one that matches <title>.
    const bool nameMatches =
        TextSimilarity::similarity(meta.jsonLdName, cleanedDocumentTitle) > 0.75;
    const bool headlineMatches =
        TextSimilarity::similarity(meta.jsonLdHeadline, cleanedDocumentTitle) > 0.75;
    return headlineMatches && !nameMatches ? meta.jsonLdHeadline : meta.jsonLdName;
}

} // namespace

QString TitleFinder::withoutSiteName(const QString& title, const QString& siteName)
{
    const QString site = siteName.trimmed();
    if (site.isEmpty() || title.compare(site, Qt::CaseInsensitive) == 0)
        return title;
    const QString rest = remainderAround(title, site);
    return rest.isEmpty() ? title : rest;
}

QString TitleFinder::fromDocumentTitle(const QString& title, const QStringList& headings,
                                       int h1Count)
{
    static const QRegularExpression separated(QStringLiteral(" [\\|\\-\\\\/>»] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\/>»] "));
    static const QRegularExpression beforeLast(QStringLiteral("^(.*)[\\|\\-\\\\/>»] .*$"));
    static const QRegularExpression afterFirst(
        QStringLiteral("^[^\\|\\-\\\\/>»]*[\\|\\-\\\\/>»](.*)$"));
    static const QRegularExpression separators(QStringLiteral("[\\|\\-\\\\/>»]+"));
    QString current = title;
    bool hadHierarchical = false;
    if (separated.match(title).hasMatch()) {
        hadHierarchical = hierarchical.match(title).hasMatch();
        current = beforeLast.match(title).captured(1);
        if (wordCount(current) < 3)
            current = afterFirst.match(title).captured(1);
    } else if (title.contains(QLatin1String(": "))) {
        if (!headings.contains(title)) {
            current = title.mid(title.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(current) < 3)
                current = title.mid(title.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(title.left(title.indexOf(QLatin1Char(':')))) > 5)
                current = title;
        }
    } else if ((title.size() > 150 || title.size() < 15) && h1Count == 1) {
        current = headings.front();
    }
    current = current.simplified();
    const int words = wordCount(current);
    if (words <= 4 &&
        (!hadHierarchical || words != wordCount(QString(title).remove(separators)) - 1))
        current = title;
    return current;
}

QString TitleFinder::find(const DomTree& tree, const PageMetadata& meta)
{
    const Headings found = headingsOf(tree);
    const QStringList& headings = found.texts;
    const int h1Count = found.h1Count;
    const QString& title = meta.documentTitle;
    const QString cleaned =
        title.isEmpty() ? QString() : fromDocumentTitle(title, headings, h1Count);

    QString fromMeta = fromJsonLd(meta, cleaned);
    if (fromMeta.isEmpty())
        fromMeta = meta.metaTitle;
    if (!fromMeta.isEmpty() && fromMeta.compare(meta.siteName, Qt::CaseInsensitive) != 0)
        return withoutSiteName(fromMeta, meta.siteName);

    if (title.isEmpty())
        return h1Count > 0 ? headings.front() : QString();
    for (const QString& heading : headings) {
        if (heading.compare(title, Qt::CaseInsensitive) == 0)
            return title;
    }
    for (int i = 0; i < h1Count; ++i) {
        const QString& heading = headings[i];
        const QString rest = remainderAround(title, heading);
        if (rest.isEmpty())
            continue;
        // The site's logo on one side of <title>: the other side is the article's title.
        const bool siteHeading =
            found.logo[std::size_t(i)] || heading.compare(meta.siteName, Qt::CaseInsensitive) == 0;
        return siteHeading ? rest : heading;
    }
    return cleaned.isEmpty() ? title : cleaned;
}

} // namespace st
