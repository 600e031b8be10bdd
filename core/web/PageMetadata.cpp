#include "core/web/PageMetadata.h"

#include "core/util/JsonInput.h"

#include <QHash>
#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace st {
namespace {

using Json = nlohmann::json;

/// Entities left in attribute values that were escaped twice ("&amp;quot;").
QString unescapeEntities(QString text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(quot|amp|apos|lt|gt|#x([0-9a-fA-F]+)|#([0-9]+));"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("quot"))
            out += QLatin1Char('"');
        else if (name == QLatin1String("amp"))
            out += QLatin1Char('&');
        else if (name == QLatin1String("apos"))
            out += QLatin1Char('\'');
        else if (name == QLatin1String("lt"))
            out += QLatin1Char('<');
        else if (name == QLatin1String("gt"))
            out += QLatin1Char('>');
        else {
            bool ok = false;
            uint code =
                m.hasCaptured(2) ? m.captured(2).toUInt(&ok, 16) : m.captured(3).toUInt(&ok);
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0xFFFD;
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1);
        }
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

bool isArticleType(const Json& type)
{
    static const char* const kTypes[] = {"Article",
                                         "AdvertiserContentArticle",
                                         "NewsArticle",
                                         "AnalysisNewsArticle",
                                         "AskPublicNewsArticle",
                                         "BackgroundNewsArticle",
                                         "OpinionNewsArticle",
                                         "ReportageNewsArticle",
                                         "ReviewNewsArticle",
                                         "Report",
                                         "SatiricalArticle",
                                         "ScholarlyArticle",
                                         "MedicalScholarlyArticle",
                                         "SocialMediaPosting",
                                         "BlogPosting",
                                         "LiveBlogPosting",
                                         "DiscussionForumPosting",
                                         "TechArticle",
                                         "APIReference"};
    if (type.is_array()) {
        for (const Json& t : type) {
            if (isArticleType(t))
                return true;
        }
        return false;
    }
    if (!type.is_string())
        return false;
    const std::string& name = type.get_ref<const std::string&>();
    for (const char* known : kTypes) {
        if (name == known)
            return true;
    }
    return false;
}

QString jsonString(const Json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>()).simplified();
}

/// The first object of an Article type: the value itself, an element of a top-level
/// array, or an element of "@graph".
const Json* findArticle(const Json& value)
{
    if (value.is_array()) {
        for (const Json& item : value) {
            if (const Json* found = findArticle(item))
                return found;
        }
        return nullptr;
    }
    if (!value.is_object())
        return nullptr;
    if (value.contains("@type") && isArticleType(value["@type"]))
        return &value;
    const auto graph = value.find("@graph");
    return graph != value.end() && graph->is_array() ? findArticle(*graph) : nullptr;
}

void readJsonLd(const QStringList& scripts, PageMetadata& meta)
{
    static const QRegularExpression cdata(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
    for (QString script : scripts) {
        script.remove(cdata);
        // Bounded nesting: findArticle and isArticleType recurse.
        const QByteArray bytes = script.toUtf8();
        const JsonInput::Parsed parsed = JsonInput::parse(bytes);
        if (!parsed.ok())
            continue;
        const Json* article = findArticle(parsed.value);
        if (!article)
            continue;
        meta.jsonLdName = jsonString(*article, "name");
        meta.jsonLdHeadline = jsonString(*article, "headline");
        const auto author = article->find("author");
        meta.hasByline = meta.hasByline || (author != article->end() && !author->is_null());
        const auto publisher = article->find("publisher");
        if (publisher != article->end() && publisher->is_object())
            meta.siteName = jsonString(*publisher, "name");
        return;
    }
}

/// Readability's meta keys: "og:title", "twitter:title", "dc:creator", "parsely-title", …
QString metaKey(const DomTree& tree, int meta)
{
    static const QRegularExpression property(
        QStringLiteral("\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|"
                       "published_time|title|site_name)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(
        QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]"
                       "\\s*)?(author|creator|pub-date|description|title|site_name|"
                       "application-name)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression space(QStringLiteral("\\s"));
    const QRegularExpressionMatch byProperty = property.match(tree.attr(meta, Attr::Property));
    if (byProperty.hasMatch())
        return byProperty.captured(0).toLower().remove(space);
    const QStringView metaName = tree.attr(meta, Attr::Name);
    if (name.match(metaName).hasMatch())
        return metaName.toString().toLower().remove(space).replace(QLatin1Char('.'),
                                                                   QLatin1Char(':'));
    return {};
}

} // namespace

QString PageMetadata::primaryLanguage(QStringView tag)
{
    const QStringView trimmed = tag.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed[end].isLetter() && trimmed[end].unicode() < 128)
        ++end;
    if (end < 2 || end > 8 ||
        (end < trimmed.size() && trimmed[end] != QLatin1Char('-') &&
         trimmed[end] != QLatin1Char('_')))
        return {};
    return trimmed.left(end).toString().toLower();
}

PageMetadata PageMetadata::read(const DomTree& tree, const PageSignals& pageSignals)
{
    PageMetadata meta;
    QHash<QString, QString> values;
    QString contentLanguage, locale;
    for (int n = tree.nextElement(DomTree::document(), false); n != DomTree::kNone;
         n = tree.nextElement(n, false)) {
        if (tree.is(n, Tag::Html) || tree.is(n, Tag::Body)) {
            if (meta.language.isEmpty())
                meta.language = primaryLanguage(tree.attr(n, Attr::Lang));
        } else if (tree.is(n, Tag::Title) && meta.documentTitle.isEmpty()) {
            meta.documentTitle = tree.textContent(n, 4096).simplified();
        } else if (tree.is(n, Tag::Meta)) {
            const QString content = tree.attr(n, Attr::Content).trimmed().toString();
            if (content.isEmpty())
                continue;
            if (tree.attr(n, Attr::HttpEquiv)
                    .compare(QLatin1String("content-language"), Qt::CaseInsensitive) == 0)
                contentLanguage = content.section(QLatin1Char(','), 0, 0);
            if (tree.attr(n, Attr::Property)
                    .compare(QLatin1String("og:locale"), Qt::CaseInsensitive) == 0)
                locale = content;
            const QString key = metaKey(tree, n);
            if (!key.isEmpty())
                values.insert(key, unescapeEntities(content).simplified());
        }
    }
    if (meta.language.isEmpty())
        meta.language = primaryLanguage(contentLanguage);
    if (meta.language.isEmpty())
        meta.language = primaryLanguage(locale);

    readJsonLd(pageSignals.jsonLd, meta);
    for (const char* key : {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                            "weibo:webpage:title", "title", "twitter:title", "parsely-title"}) {
        meta.metaTitle = values.value(QString::fromLatin1(key));
        if (!meta.metaTitle.isEmpty())
            break;
    }
    for (const char* key : {"dc:creator", "dcterm:creator", "author", "parsely-author"})
        meta.hasByline = meta.hasByline || values.contains(QString::fromLatin1(key));
    if (meta.siteName.isEmpty())
        meta.siteName = values.value(QStringLiteral("og:site_name"));
    if (meta.siteName.isEmpty())
        meta.siteName = values.value(QStringLiteral("application-name"));
    return meta;
}

} // namespace st
