#include "core/web/DomTree.h"

namespace st {

DomTree::DomTree()
{
    Node document;
    document.kind = Kind::Document;
    m_nodes.push_back(document);
}

int DomTree::createElement(Tag tag)
{
    Node node;
    node.tag = tag;
    node.attrBegin = quint32(m_attrs.size());
    m_nodes.push_back(std::move(node));
    return size() - 1;
}

int DomTree::createText(QString text)
{
    Node node;
    node.kind = Kind::Text;
    node.text = std::move(text);
    m_nodes.push_back(std::move(node));
    return size() - 1;
}

void DomTree::addAttr(int n, Attr attr, QString value)
{
    Node& node = m_nodes[std::size_t(n)];
    Q_ASSERT(node.attrBegin + node.attrCount == m_attrs.size());
    m_attrs.push_back({attr, std::move(value)});
    ++node.attrCount;
}

QStringView DomTree::attr(int n, Attr attr) const
{
    const Node& node = m_nodes[std::size_t(n)];
    for (quint32 i = node.attrBegin; i < node.attrBegin + node.attrCount; ++i) {
        if (m_attrs[i].name == attr)
            return m_attrs[i].value;
    }
    return {};
}

bool DomTree::hasAttr(int n, Attr attr) const
{
    const Node& node = m_nodes[std::size_t(n)];
    for (quint32 i = node.attrBegin; i < node.attrBegin + node.attrCount; ++i) {
        if (m_attrs[i].name == attr)
            return true;
    }
    return false;
}

QString DomTree::classAndId(int n) const
{
    return attr(n, Attr::Class) + QLatin1Char(' ') + attr(n, Attr::Id);
}

int DomTree::body() const
{
    for (int html = firstElementChild(document()); html != kNone; html = nextElementSibling(html)) {
        if (!is(html, Tag::Html))
            continue;
        for (int c = firstElementChild(html); c != kNone; c = nextElementSibling(c)) {
            if (is(c, Tag::Body))
                return c;
        }
    }
    return kNone;
}

int DomTree::firstElementChild(int n) const
{
    int c = firstChild(n);
    while (c != kNone && !isElement(c))
        c = next(c);
    return c;
}

int DomTree::nextElementSibling(int n) const
{
    int c = next(n);
    while (c != kNone && !isElement(c))
        c = next(c);
    return c;
}

int DomTree::elementChildCount(int n, int stopAt) const
{
    int count = 0;
    for (int c = firstChild(n); c != kNone && count < stopAt; c = next(c)) {
        if (isElement(c))
            ++count;
    }
    return count;
}

void DomTree::detach(int n)
{
    Node& node = m_nodes[std::size_t(n)];
    if (node.parent == kNone)
        return;
    Node& up = m_nodes[std::size_t(node.parent)];
    if (node.prev != kNone)
        m_nodes[std::size_t(node.prev)].next = node.next;
    else
        up.first = node.next;
    if (node.next != kNone)
        m_nodes[std::size_t(node.next)].prev = node.prev;
    else
        up.last = node.prev;
    node.parent = node.prev = node.next = kNone;
}

void DomTree::appendChild(int parent, int child)
{
    insertBefore(parent, child, kNone);
}

void DomTree::insertBefore(int parent, int child, int before)
{
    detach(child);
    Node& node = m_nodes[std::size_t(child)];
    Node& up = m_nodes[std::size_t(parent)];
    node.parent = parent;
    if (before == kNone) {
        node.prev = up.last;
        if (up.last != kNone)
            m_nodes[std::size_t(up.last)].next = child;
        else
            up.first = child;
        up.last = child;
        return;
    }
    Node& after = m_nodes[std::size_t(before)];
    node.next = before;
    node.prev = after.prev;
    if (after.prev != kNone)
        m_nodes[std::size_t(after.prev)].next = child;
    else
        up.first = child;
    after.prev = child;
}

void DomTree::replace(int oldNode, int newNode)
{
    const int up = parent(oldNode);
    if (up == kNone)
        return;
    detach(newNode);
    insertBefore(up, newNode, oldNode);
    detach(oldNode);
}

int DomTree::nextElement(int n, bool skipChildren, int root) const
{
    if (!skipChildren) {
        const int child = firstElementChild(n);
        if (child != kNone)
            return child;
    }
    for (int x = n; x != kNone && x != root; x = parent(x)) {
        const int sibling = nextElementSibling(x);
        if (sibling != kNone)
            return sibling;
    }
    return kNone;
}

bool DomTree::hasAncestor(int n, Tag t, int maxDepth) const
{
    int depth = 0;
    for (int up = parent(n); up != kNone; up = parent(up), ++depth) {
        if (maxDepth >= 0 && depth > maxDepth)
            return false;
        if (is(up, t))
            return true;
    }
    return false;
}

bool DomTree::isWhitespace(int n) const
{
    if (isText(n))
        return text(n).trimmed().isEmpty();
    return is(n, Tag::Br);
}

bool DomTree::isPhrasing(int n) const
{
    if (isText(n))
        return true;
    if (!isElement(n))
        return false;
    const Tag t = tag(n);
    if (tags::isPhrasing(t))
        return true;
    if (t != Tag::A && t != Tag::Del && t != Tag::Ins)
        return false;
    // Iterative: every descendant down through nested A/DEL/INS must be phrasing.
    std::vector<int> pending{n};
    while (!pending.empty()) {
        const int e = pending.back();
        pending.pop_back();
        for (int c = firstChild(e); c != kNone; c = next(c)) {
            if (isText(c) || (isElement(c) && tags::isPhrasing(tag(c))))
                continue;
            if (isElement(c) && (tag(c) == Tag::A || tag(c) == Tag::Del || tag(c) == Tag::Ins))
                pending.push_back(c);
            else
                return false;
        }
    }
    return true;
}

QString DomTree::textContent(int n, int limit) const
{
    QString out;
    if (isText(n))
        return text(n).left(limit);
    int c = firstChild(n);
    while (c != kNone && out.size() < limit) {
        if (isText(c))
            out += text(c);
        const int child = firstChild(c);
        if (child != kNone) {
            c = child;
            continue;
        }
        while (c != n && next(c) == kNone)
            c = parent(c);
        c = c == n ? kNone : next(c);
    }
    if (out.size() > limit)
        out.truncate(limit);
    return out;
}

} // namespace st
