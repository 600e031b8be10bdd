#pragma once

#include "core/web/DomTags.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace st {

/// The attributes the extractor reads; the tree keeps no others.
enum class Attr : quint8
{
    Class,
    Id,
    Style,
    Hidden,
    AriaHidden,
    AriaModal,
    Role,
    Href,
    Rel,
    ItemProp,
    Lang,
    Src,
    Data,
    Type,
    Name,
    Property,
    Content,
    HttpEquiv,
    Summary,
    DataTable,
    RowSpan,
    ColSpan,
};

/// A small mutable DOM: the parts of a libgumbo tree the extractor needs, as index-linked
/// nodes in one vector, so the content-scoring passes can move, wrap, retag and remove
/// nodes cheaply. Node 0 is the document. Removed nodes stay in the vector, detached.
class DomTree
{
public:
    static constexpr int kNone = -1;
    enum class Kind : quint8
    {
        Document,
        Element,
        Text
    };

    DomTree();

    int createElement(Tag tag);
    int createText(QString text);
    void addAttr(int node, Attr attr, QString value); // only right after createElement

    int size() const { return int(m_nodes.size()); }
    static int document() { return 0; }
    /// The <body> under <html>, or kNone (a frameset page).
    int body() const;

    Kind kind(int n) const { return m_nodes[std::size_t(n)].kind; }
    bool isElement(int n) const { return kind(n) == Kind::Element; }
    bool isText(int n) const { return kind(n) == Kind::Text; }
    Tag tag(int n) const { return m_nodes[std::size_t(n)].tag; }
    bool is(int n, Tag t) const { return isElement(n) && tag(n) == t; }
    void setTag(int n, Tag t) { m_nodes[std::size_t(n)].tag = t; }
    const QString& text(int n) const { return m_nodes[std::size_t(n)].text; }

    QStringView attr(int n, Attr attr) const; // empty when absent
    bool hasAttr(int n, Attr attr) const;
    QString classAndId(int n) const; // "class id", Readability's match string

    int parent(int n) const { return m_nodes[std::size_t(n)].parent; }
    int firstChild(int n) const { return m_nodes[std::size_t(n)].first; }
    int lastChild(int n) const { return m_nodes[std::size_t(n)].last; }
    int next(int n) const { return m_nodes[std::size_t(n)].next; }
    int prev(int n) const { return m_nodes[std::size_t(n)].prev; }
    int firstElementChild(int n) const;
    int nextElementSibling(int n) const;
    int elementChildCount(int n, int stopAt = 1 << 30) const;

    void detach(int n);
    void appendChild(int parent, int child);
    void insertBefore(int parent, int child, int before); // before == kNone: append
    void replace(int oldNode, int newNode);

    /// The next element in document order after \a n (its children first unless
    /// \a skipChildren), never leaving the subtree of \a root.
    int nextElement(int n, bool skipChildren, int root = 0) const;
    /// The nearest ancestor with \a tag at most \a maxDepth + 1 levels up (maxDepth < 0: any).
    bool hasAncestor(int n, Tag t, int maxDepth) const;
    /// True when the node is whitespace-only text or a <br>.
    bool isWhitespace(int n) const;
    /// Readability's phrasing content: text, phrasing elements, and A/DEL/INS whose
    /// children all are phrasing.
    bool isPhrasing(int n) const;
    /// The text of the subtree, raw (not normalised), stopping after \a limit characters.
    QString textContent(int n, int limit = 1 << 30) const;

    /// Calls f(node) for every node of the subtree, children before their parent. f may
    /// detach the node it is given.
    template <typename F> void forEachPostOrder(int root, F&& f) const
    {
        int n = root;
        while (firstChild(n) != kNone)
            n = firstChild(n);
        while (true) {
            const int after = next(n), up = parent(n);
            const bool last = n == root;
            f(n);
            if (last)
                return;
            if (after != kNone) {
                n = after;
                while (firstChild(n) != kNone)
                    n = firstChild(n);
            } else {
                n = up;
            }
        }
    }

private:
    struct Node
    {
        int parent = kNone, first = kNone, last = kNone, prev = kNone, next = kNone;
        quint32 attrBegin = 0;
        quint16 attrCount = 0;
        Kind kind = Kind::Element;
        Tag tag = Tag::Other;
        QString text;
    };
    struct AttrValue
    {
        Attr name;
        QString value;
    };
    std::vector<Node> m_nodes;
    std::vector<AttrValue> m_attrs;
};

} // namespace st
