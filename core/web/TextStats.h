#pragma once

#include "core/web/DomTree.h"

#include <QStringView>
#include <vector>

namespace st {

/// The length of a text once trimmed and with every run of whitespace counted as one
/// character (Readability's normalised inner text), kept in a form that joins: the
/// length of a + b follows from the runs of a and b, so subtrees are measured bottom-up.
struct TextRun
{
    int nonSpace = 0;
    int gaps = 0;       // whitespace runs between non-space characters
    bool lead = false;  // starts with whitespace (or, when nonSpace == 0, has any)
    bool trail = false; // ends with whitespace (or, when nonSpace == 0, has any)

    int length() const { return nonSpace + gaps; }
    static TextRun of(QStringView text);
    static TextRun join(const TextRun& a, const TextRun& b);
};

/// Per-node text measures of one subtree, computed once, children before parents, so no
/// subtree's text is ever concatenated: normalised length, raw length, commas, the length
/// of link text (Readability's link density), and whether a paragraph-breaking block
/// (DIV_TO_P_ELEMS) lies inside. Nodes created after compute() read as empty.
class TextStats
{
public:
    void compute(const DomTree& tree, int root);

    int length(int n) const { return at(n).run.length(); }
    int rawLength(int n) const { return at(n).rawLength; }
    int commas(int n) const { return at(n).commas; }       // ','
    int allCommas(int n) const { return at(n).allCommas; } // ',' and its Arabic, CJK … forms
    double linkLength(int n) const { return at(n).linkLength; }
    double linkDensity(int n) const;
    bool hasBlockInside(int n) const { return at(n).blockInside; }

    static bool isComma(QChar c);

private:
    struct Node
    {
        TextRun run;
        int rawLength = 0;
        int commas = 0;
        int allCommas = 0;
        double linkLength = 0;
        bool blockInside = false;
    };
    const Node& at(int n) const
    {
        static const Node empty;
        return std::size_t(n) < m_nodes.size() ? m_nodes[std::size_t(n)] : empty;
    }
    std::vector<Node> m_nodes;
};

} // namespace st
