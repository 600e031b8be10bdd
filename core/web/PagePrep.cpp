#include "core/web/PagePrep.h"

#include "core/web/NodePatterns.h"
#include "core/web/PageMetadata.h"
#include "core/web/TextSimilarity.h"
#include "core/web/TextStats.h"

namespace st {
namespace {

constexpr int kHeadingTextLimit = 1000;

/// \a n, or the first sibling after it that is not whitespace-only text.
int skipWhitespaceText(const DomTree& tree, int n)
{
    while (n != DomTree::kNone && !tree.isElement(n) && tree.isWhitespace(n))
        n = tree.next(n);
    return n;
}

/// Turns the <br> at \a br into a <p> holding the phrasing content after it when another
/// <br> follows (whitespace between ignored); the extra <br>s go.
void replaceBrChain(DomTree& tree, int br)
{
    bool replaced = false;
    int next = tree.next(br);
    while ((next = skipWhitespaceText(tree, next)) != DomTree::kNone && tree.is(next, Tag::Br)) {
        replaced = true;
        const int after = tree.next(next);
        tree.detach(next);
        next = after;
    }
    if (!replaced)
        return;
    const int p = tree.createElement(Tag::P);
    tree.replace(br, p);
    next = tree.next(p);
    while (next != DomTree::kNone) {
        if (tree.is(next, Tag::Br)) {
            const int following = skipWhitespaceText(tree, tree.next(next));
            if (following != DomTree::kNone && tree.is(following, Tag::Br))
                break;
        }
        if (!tree.isPhrasing(next))
            break;
        const int after = tree.next(next);
        tree.appendChild(p, next);
        next = after;
    }
    while (tree.lastChild(p) != DomTree::kNone && tree.isWhitespace(tree.lastChild(p)))
        tree.detach(tree.lastChild(p));
    if (tree.is(tree.parent(p), Tag::P))
        tree.setTag(tree.parent(p), Tag::Div);
}

bool isScoredTag(Tag t)
{
    return t == Tag::Section || t == Tag::H2 || t == Tag::H3 || t == Tag::H4 || t == Tag::H5 ||
           t == Tag::H6 || t == Tag::P || t == Tag::Td || t == Tag::Pre;
}

bool isWithoutContent(const DomTree& tree, const TextStats& stats, int n)
{
    if (stats.length(n) > 0)
        return false;
    for (int c = tree.firstElementChild(n); c != DomTree::kNone; c = tree.nextElementSibling(c)) {
        if (!tree.is(c, Tag::Br) && !tree.is(c, Tag::Hr))
            return false;
    }
    return true;
}

bool hasSingleParagraphInside(const DomTree& tree, int n)
{
    const int child = tree.firstElementChild(n);
    if (child == DomTree::kNone || !tree.is(child, Tag::P) ||
        tree.nextElementSibling(child) != DomTree::kNone)
        return false;
    for (int c = tree.firstChild(n); c != DomTree::kNone; c = tree.next(c)) {
        if (tree.isText(c) && !tree.isWhitespace(c))
            return false;
    }
    return true;
}

/// Wraps each run of phrasing content among the children of \a div in a new <p>.
bool wrapPhrasingRuns(DomTree& tree, int div)
{
    bool wrapped = false;
    int p = DomTree::kNone;
    for (int child = tree.firstChild(div); child != DomTree::kNone;) {
        const int after = tree.next(child);
        if (tree.isPhrasing(child)) {
            if (p != DomTree::kNone) {
                tree.appendChild(p, child);
            } else if (!tree.isWhitespace(child)) {
                p = tree.createElement(Tag::P);
                tree.replace(child, p);
                tree.appendChild(p, child);
                wrapped = true;
            }
        } else if (p != DomTree::kNone) {
            while (tree.lastChild(p) != DomTree::kNone && tree.isWhitespace(tree.lastChild(p)))
                tree.detach(tree.lastChild(p));
            p = DomTree::kNone;
        }
        child = after;
    }
    return wrapped;
}

class Walk
{
public:
    Walk(DomTree& tree, int body, const ExtractionFlags& flags, const QString& title,
         bool metadataNamesAuthor)
        : m_tree(tree), m_body(body), m_flags(flags), m_title(title),
          m_bylineDone(metadataNamesAuthor), m_titleHeaderDone(title.isEmpty())
    {
        m_stats.compute(tree, body);
    }

    std::vector<int> run()
    {
        int node = m_tree.nextElement(m_body, false, m_body);
        while (node != DomTree::kNone) {
            if (shouldRemove(node)) {
                const int next = m_tree.nextElement(node, true, m_body);
                m_tree.detach(node);
                node = next;
                continue;
            }
            if (isScoredTag(m_tree.tag(node)))
                m_toScore.push_back(node);
            if (m_tree.is(node, Tag::Div))
                node = prepareDiv(node);
            node = m_tree.nextElement(node, false, m_body);
        }
        return std::move(m_toScore);
    }

private:
    bool shouldRemove(int node)
    {
        const QString matchString = m_tree.classAndId(node);
        if (!NodePatterns::isProbablyVisible(m_tree, node))
            return true;
        if (m_tree.attr(node, Attr::AriaModal) == QLatin1String("true") &&
            m_tree.attr(node, Attr::Role) == QLatin1String("dialog"))
            return true;
        if (!m_bylineDone && isByline(node, matchString)) {
            m_bylineDone = true;
            return true;
        }
        if (!m_titleHeaderDone && (m_tree.is(node, Tag::H1) || m_tree.is(node, Tag::H2))) {
            const QString heading = m_tree.textContent(node, kHeadingTextLimit);
            if (TextSimilarity::similarity(m_title, heading) > 0.75) {
                m_titleHeaderDone = true;
                return true;
            }
        }
        if (m_flags.stripUnlikelys) {
            if (NodePatterns::isUnlikely(matchString) && !m_tree.hasAncestor(node, Tag::Table, 3) &&
                !m_tree.hasAncestor(node, Tag::Code, 3) && !m_tree.is(node, Tag::A))
                return true;
            if (NodePatterns::isUnlikelyRole(m_tree.attr(node, Attr::Role)))
                return true;
            if (isPageFurniture(node))
                return true;
        }
        const Tag t = m_tree.tag(node);
        return (t == Tag::Div || t == Tag::Section || t == Tag::Header || tags::isHeading(t)) &&
               isWithoutContent(m_tree, m_stats, node);
    }

    /// Navigation, asides and footers anywhere; a header outside any <article>/<main>.
    bool isPageFurniture(int node) const
    {
        switch (m_tree.tag(node)) {
        case Tag::Nav:
        case Tag::Aside:
        case Tag::Footer:
            return true;
        case Tag::Header:
            return !m_tree.hasAncestor(node, Tag::Article, -1) &&
                   !m_tree.hasAncestor(node, Tag::Main, -1);
        default:
            return false;
        }
    }

    bool isByline(int node, const QString& matchString) const
    {
        const bool marked = m_tree.attr(node, Attr::Rel) == QLatin1String("author") ||
                            m_tree.attr(node, Attr::ItemProp).contains(QLatin1String("author")) ||
                            NodePatterns::isByline(matchString);
        const int length = m_stats.length(node);
        return marked && length > 0 && length < 100;
    }

    /// Readability's <div> handling; returns the node the walk continues from.
    int prepareDiv(int div)
    {
        const bool wrapped = wrapPhrasingRuns(m_tree, div);
        if (hasSingleParagraphInside(m_tree, div) && m_stats.linkDensity(div) < 0.25) {
            const int p = m_tree.firstElementChild(div);
            m_tree.replace(div, p);
            m_toScore.push_back(p);
            return p;
        }
        if (!wrapped && !m_stats.hasBlockInside(div)) {
            m_tree.setTag(div, Tag::P);
            m_toScore.push_back(div);
        }
        return div;
    }

    DomTree& m_tree;
    const int m_body;
    const ExtractionFlags& m_flags;
    const QString& m_title;
    bool m_bylineDone;
    bool m_titleHeaderDone;
    TextStats m_stats;
    std::vector<int> m_toScore;
};

} // namespace

void PagePrep::prepareDocument(DomTree& tree)
{
    std::vector<int> brs;
    for (int n = tree.nextElement(DomTree::document(), false); n != DomTree::kNone;
         n = tree.nextElement(n, false)) {
        if (tree.is(n, Tag::Br))
            brs.push_back(n);
        else if (tree.is(n, Tag::Font))
            tree.setTag(n, Tag::Span);
    }
    for (const int br : brs) {
        if (tree.parent(br) != DomTree::kNone)
            replaceBrChain(tree, br);
    }
}

std::vector<int> PagePrep::markCandidates(DomTree& tree, int body, const ExtractionFlags& flags,
                                          const QString& title, bool metadataNamesAuthor)
{
    if (body == DomTree::kNone)
        return {};
    return Walk(tree, body, flags, title, metadataNamesAuthor).run();
}

} // namespace st
