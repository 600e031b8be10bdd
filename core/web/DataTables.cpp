#include "core/web/DataTables.h"

#include <algorithm>

namespace st {
namespace {

int spanOf(QStringView value)
{
    bool ok = false;
    const int span = value.trimmed().toInt(&ok);
    return ok && span > 0 ? span : 1;
}

} // namespace

DataTables::DataTables(const DomTree& tree, int root)
    : m_data(std::size_t(tree.size()), false), m_inside(std::size_t(tree.size()), false),
      m_captionBelow(std::size_t(tree.size()), false),
      m_dataPartsBelow(std::size_t(tree.size()), false),
      m_tableBelow(std::size_t(tree.size()), false)
{
    tree.forEachPostOrder(root, [&](int n) {
        bool caption = false, dataParts = false, table = false;
        for (int c = tree.firstElementChild(n); c != DomTree::kNone;
             c = tree.nextElementSibling(c)) {
            const std::size_t i = std::size_t(c);
            const Tag t = tree.tag(c);
            caption = caption || m_captionBelow[i] ||
                      (t == Tag::Caption && tree.firstChild(c) != DomTree::kNone);
            dataParts = dataParts || m_dataPartsBelow[i] || t == Tag::Col || t == Tag::Colgroup ||
                        t == Tag::Tfoot || t == Tag::Thead || t == Tag::Th;
            table = table || m_tableBelow[i] || t == Tag::Table;
        }
        m_captionBelow[std::size_t(n)] = caption;
        m_dataPartsBelow[std::size_t(n)] = dataParts;
        m_tableBelow[std::size_t(n)] = table;
    });
    for (int n = tree.nextElement(root, false, root); n != DomTree::kNone;
         n = tree.nextElement(n, false, root)) {
        const int up = tree.parent(n);
        m_inside[std::size_t(n)] =
            up != root && (m_inside[std::size_t(up)] || m_data[std::size_t(up)]);
        if (tree.is(n, Tag::Table))
            m_data[std::size_t(n)] = classify(tree, n);
    }
}

bool DataTables::classify(const DomTree& tree, int table) const
{
    if (tree.attr(table, Attr::Role) == QLatin1String("presentation"))
        return false;
    if (tree.attr(table, Attr::DataTable) == QLatin1String("0"))
        return false;
    if (!tree.attr(table, Attr::Summary).isEmpty())
        return true;

    const std::size_t at = std::size_t(table);
    if (m_captionBelow[at] || m_dataPartsBelow[at])
        return true;
    if (m_tableBelow[at])
        return false; // nested tables: layout

    // No table below: every row and cell here belongs to this table alone.
    int rows = 0, columns = 0;
    for (int n = tree.nextElement(table, false, table); n != DomTree::kNone;
         n = tree.nextElement(n, false, table)) {
        if (!tree.is(n, Tag::Tr))
            continue;
        rows += spanOf(tree.attr(n, Attr::RowSpan));
        int inRow = 0;
        for (int c = tree.nextElement(n, false, n); c != DomTree::kNone;
             c = tree.nextElement(c, false, n)) {
            if (tree.is(c, Tag::Td))
                inRow += spanOf(tree.attr(c, Attr::ColSpan));
        }
        columns = std::max(columns, inRow);
    }
    if (rows == 1 || columns == 1)
        return false;
    if (rows >= 10 || columns > 4)
        return true;
    return rows * columns > 10;
}

} // namespace st
