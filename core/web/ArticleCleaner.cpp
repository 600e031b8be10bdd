#include "core/web/ArticleCleaner.h"

#include "core/web/DataTables.h"
#include "core/web/NodePatterns.h"
#include "core/web/TextStats.h"

#include <cmath>
#include <vector>

namespace st {
namespace {

constexpr int kShareTextLimit = 500;
constexpr int kSmallSubtree = 64; // an ad label or a loading notice is a few nodes at most

bool isEmbed(Tag t)
{
    return t == Tag::Object || t == Tag::Embed || t == Tag::Iframe;
}

bool isVideo(const DomTree& tree, int n)
{
    for (const Attr attr : {Attr::Src, Attr::Data, Attr::Href}) {
        if (NodePatterns::isVideoUrl(tree.attr(n, attr)))
            return true;
    }
    return false;
}

bool isTextish(Tag t)
{
    return t == Tag::Span || t == Tag::Li || t == Tag::Td || tags::isDivToPBlock(t);
}

/// What Readability's _cleanConditionally counts inside a node, summed bottom-up.
struct Inside
{
    TextRun run;
    int commas = 0;
    double linkLength = 0;
    int nodes = 0; // below this one
    int p = 0, img = 0, li = 0, input = 0, embeds = 0;
    bool video = false, dataTable = false;
    int headingText = 0, listText = 0, textishText = 0;

    void add(const DomTree& tree, int child, const Inside& c, const DataTables& tables)
    {
        run = TextRun::join(run, c.run);
        nodes += c.nodes + 1;
        commas += c.commas;
        linkLength += c.linkLength;
        p += c.p;
        img += c.img;
        li += c.li;
        input += c.input;
        embeds += c.embeds;
        video = video || c.video;
        dataTable = dataTable || c.dataTable;
        headingText += c.headingText;
        listText += c.listText;
        textishText += c.textishText;
        if (!tree.isElement(child))
            return;
        const Tag t = tree.tag(child);
        const int length = c.run.length();
        p += t == Tag::P ? 1 : 0;
        img += t == Tag::Img ? 1 : 0;
        li += t == Tag::Li ? 1 : 0;
        input += t == Tag::Input ? 1 : 0;
        if (isEmbed(t)) {
            const bool isVideoEmbed = isVideo(tree, child);
            video = video || isVideoEmbed;
            embeds += isVideoEmbed ? 0 : 1;
        }
        dataTable = dataTable || (t == Tag::Table && tables.isDataTable(child));
        headingText += tags::isHeading(t) ? length : 0;
        listText += (t == Tag::Ul || t == Tag::Ol) ? length : 0;
        textishText += isTextish(t) ? length : 0;
    }
};

class Cleaner
{
public:
    Cleaner(DomTree& tree, int article, const ExtractionFlags& flags)
        : m_tree(tree), m_article(article), m_flags(flags), m_tables(tree, article)
    {}

    void run()
    {
        if (m_flags.cleanConditionally) {
            cleanConditionally(Tag::Form);
            cleanConditionally(Tag::Fieldset);
        }
        for (const Tag t : {Tag::Object, Tag::Embed, Tag::Footer, Tag::Link, Tag::Aside})
            removeAll(t);
        removeShareWidgets();
        for (const Tag t : {Tag::Iframe, Tag::Input, Tag::Textarea, Tag::Select, Tag::Button})
            removeAll(t);
        if (m_flags.weightClasses) {
            for (const Tag t : {Tag::H1, Tag::H2})
                removeAll(t, [&](int n) { return NodePatterns::classWeight(m_tree, n) < 0; });
        }
        if (m_flags.cleanConditionally) {
            cleanConditionally(Tag::Table);
            cleanConditionally(Tag::Ul);
            cleanConditionally(Tag::Div);
        }
    }

private:
    template <typename F> void removeAll(Tag t, F&& shouldRemove)
    {
        std::vector<int> found;
        for (int n = m_tree.nextElement(m_article, false, m_article); n != DomTree::kNone;
             n = m_tree.nextElement(n, false, m_article)) {
            if (m_tree.is(n, t))
                found.push_back(n);
        }
        for (const int n : found) {
            if (shouldRemove(n))
                m_tree.detach(n);
        }
    }

    void removeAll(Tag t)
    {
        removeAll(t, [&](int n) { return !isEmbed(t) || !isVideo(m_tree, n); });
    }

    void removeShareWidgets()
    {
        TextStats stats;
        stats.compute(m_tree, m_article);
        for (int top = m_tree.firstElementChild(m_article); top != DomTree::kNone;
             top = m_tree.nextElementSibling(top)) {
            int n = m_tree.nextElement(top, false, top);
            while (n != DomTree::kNone) {
                if (NodePatterns::isShare(m_tree.classAndId(n)) &&
                    stats.rawLength(n) < kShareTextLimit) {
                    const int next = m_tree.nextElement(n, true, top);
                    m_tree.detach(n);
                    n = next;
                } else {
                    n = m_tree.nextElement(n, false, top);
                }
            }
        }
    }

    void cleanConditionally(Tag t)
    {
        m_inside.assign(std::size_t(m_tree.size()), Inside());
        m_tree.forEachPostOrder(m_article, [&](int n) {
            Inside& here = m_inside[std::size_t(n)];
            if (m_tree.isText(n)) {
                here.run = TextRun::of(m_tree.text(n));
                here.commas = int(m_tree.text(n).count(QLatin1Char(',')));
                return;
            }
            for (int c = m_tree.firstChild(n); c != DomTree::kNone; c = m_tree.next(c))
                here.add(m_tree, c, m_inside[std::size_t(c)], m_tables);
            if (m_tree.is(n, Tag::A)) {
                const QStringView href = m_tree.attr(n, Attr::Href);
                const bool hash = href.size() > 1 && href.front() == QLatin1Char('#');
                here.linkLength += here.run.length() * (hash ? 0.3 : 1.0);
            }
            if (n != m_article && m_tree.is(n, t) && shouldRemove(n, t, here))
                m_tree.detach(n);
        });
    }

    bool shouldRemove(int n, Tag t, const Inside& in) const
    {
        const int length = in.run.length();
        const double lengthD = length;
        const bool isList = t == Tag::Ul || t == Tag::Ol ||
                            (length > 0 ? in.listText / lengthD > 0.9 : in.listText > 0);
        if (t == Tag::Table && m_tables.isDataTable(n))
            return false;
        if (m_tables.isInsideDataTable(n) || m_tree.hasAncestor(n, Tag::Code, 3) || in.dataTable)
            return false;
        const int weight = m_flags.weightClasses ? NodePatterns::classWeight(m_tree, n) : 0;
        if (weight < 0)
            return true;
        if (in.commas >= 10)
            return false;
        if (in.video)
            return false;
        if (length < 40 && in.nodes <= kSmallSubtree &&
            NodePatterns::isAdOrLoadingWords(m_tree.textContent(n)))
            return true;

        const int p = in.p, img = in.img, li = in.li - 100, input = in.input;
        const double headingDensity = length > 0 ? in.headingText / lengthD : 0.0;
        const double linkDensity = length > 0 ? in.linkLength / lengthD : 0.0;
        const double textDensity = length > 0 ? in.textishText / lengthD : 0.0;
        const bool inFigure = m_tree.hasAncestor(n, Tag::Figure, 3);
        const bool remove =
            (!inFigure && img > 1 && double(p) / img < 0.5) || (!isList && li > p) ||
            (input > int(std::floor(p / 3.0))) ||
            (!isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) &&
             linkDensity > 0) ||
            (!isList && weight < 25 && linkDensity > 0.2) || (weight >= 25 && linkDensity > 0.5) ||
            (in.embeds == 1 && length < 75) || in.embeds > 1 || (img == 0 && textDensity == 0);
        if (isList && remove) {
            // A simple list of images stays.
            for (int c = m_tree.firstElementChild(n); c != DomTree::kNone;
                 c = m_tree.nextElementSibling(c)) {
                if (m_tree.elementChildCount(c, 2) > 1)
                    return true;
            }
            return img != in.li;
        }
        return remove;
    }

    DomTree& m_tree;
    const int m_article;
    const ExtractionFlags& m_flags;
    const DataTables m_tables;
    std::vector<Inside> m_inside;
};

} // namespace

void ArticleCleaner::clean(DomTree& tree, int article, const ExtractionFlags& flags)
{
    Cleaner(tree, article, flags).run();
}

} // namespace st
