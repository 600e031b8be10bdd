#include "core/web/TextStats.h"

namespace st {

TextRun TextRun::of(QStringView text)
{
    TextRun run;
    bool inSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (run.nonSpace == 0)
                run.lead = true;
            inSpace = true;
            continue;
        }
        if (inSpace && run.nonSpace > 0)
            ++run.gaps;
        inSpace = false;
        ++run.nonSpace;
    }
    run.trail = inSpace;
    return run;
}

TextRun TextRun::join(const TextRun& a, const TextRun& b)
{
    if (a.nonSpace == 0 && b.nonSpace == 0)
        return {0, 0, a.lead || b.lead, a.lead || b.lead};
    if (a.nonSpace == 0)
        return {b.nonSpace, b.gaps, a.lead || b.lead, b.trail};
    if (b.nonSpace == 0)
        return {a.nonSpace, a.gaps, a.lead, a.trail || b.lead};
    return {a.nonSpace + b.nonSpace, a.gaps + b.gaps + ((a.trail || b.lead) ? 1 : 0), a.lead,
            b.trail};
}

bool TextStats::isComma(QChar c)
{
    switch (c.unicode()) {
    case 0x002C: // ,
    case 0x060C: // Arabic
    case 0xFE50: // small
    case 0xFE10: // vertical
    case 0xFE11: // vertical ideographic
    case 0x2E41: // reversed
    case 0x2E34: // raised
    case 0x2E32: // turned
    case 0xFF0C: // fullwidth (Chinese)
    case 0x3001: // ideographic (Japanese, Chinese enumeration)
        return true;
    default:
        return false;
    }
}

double TextStats::linkDensity(int n) const
{
    const int total = length(n);
    return total == 0 ? 0.0 : linkLength(n) / total;
}

void TextStats::compute(const DomTree& tree, int root)
{
    m_nodes.assign(std::size_t(tree.size()), Node());
    tree.forEachPostOrder(root, [&](int n) {
        Node& node = m_nodes[std::size_t(n)];
        if (tree.isText(n)) {
            const QString& text = tree.text(n);
            node.run = TextRun::of(text);
            node.rawLength = int(text.size());
            for (const QChar c : text) {
                if (isComma(c)) {
                    ++node.allCommas;
                    node.commas += c == QLatin1Char(',') ? 1 : 0;
                }
            }
            return;
        }
        for (int c = tree.firstChild(n); c != DomTree::kNone; c = tree.next(c)) {
            const Node& child = m_nodes[std::size_t(c)];
            node.run = TextRun::join(node.run, child.run);
            node.rawLength += child.rawLength;
            node.commas += child.commas;
            node.allCommas += child.allCommas;
            node.linkLength += child.linkLength;
            node.blockInside = node.blockInside || child.blockInside ||
                               (tree.isElement(c) && tags::isDivToPBlock(tree.tag(c)));
        }
        if (tree.is(n, Tag::A)) {
            const QStringView href = tree.attr(n, Attr::Href);
            const bool hash = href.size() > 1 && href.front() == QLatin1Char('#');
            node.linkLength += node.run.length() * (hash ? 0.3 : 1.0);
        }
    });
}

} // namespace st
