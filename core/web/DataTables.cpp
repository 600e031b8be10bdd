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
    : m_data(std::size_t(tree.size()), false), m_inside(std::size_t(tree.size()), false)
{
    for (int n = tree.nextElement(root, false, root); n != DomTree::kNone;
         n = tree.nextElement(n, false, root)) {
        const int up = tree.parent(n);
        m_inside[std::size_t(n)] =
            up != root && (m_inside[std::size_t(up)] || m_data[std::size_t(up)]);
        if (tree.is(n, Tag::Table))
            m_data[std::size_t(n)] = classify(tree, n);
    }
}

bool DataTables::classify(const DomTree& tree, int table)
{
    if (tree.attr(table, Attr::Role) == QLatin1String("presentation"))
        return false;
    if (tree.attr(table, Attr::DataTable) == QLatin1String("0"))
        return false;
    if (!tree.attr(table, Attr::Summary).isEmpty())
        return true;

    bool caption = false, dataParts = false, nested = false;
    for (int n = tree.nextElement(table, false, table); n != DomTree::kNone;
         n = tree.nextElement(n, false, table)) {
        switch (tree.tag(n)) {
        case Tag::Caption:
            caption = caption || tree.firstChild(n) != DomTree::kNone;
            break;
        case Tag::Col:
        case Tag::Colgroup:
        case Tag::Tfoot:
        case Tag::Thead:
        case Tag::Th:
            dataParts = true;
            break;
        case Tag::Table:
            nested = true;
            break;
        default:
            break;
        }
    }
    if (caption || dataParts)
        return true;
    if (nested)
        return false;

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
