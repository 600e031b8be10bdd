#pragma once

#include "core/web/DomTree.h"

#include <vector>

namespace st {

/// Which tables of a subtree hold data rather than layout (Readability's _markDataTables,
/// after Firefox's accessibility heuristics): a summary, a caption, <th>/<thead>/<col>…,
/// or enough rows and columns make a data table; role="presentation", datatable="0",
/// nested tables and single rows or columns make a layout table.
class DataTables
{
public:
    DataTables(const DomTree& tree, int root);

    bool isDataTable(int n) const { return flag(m_data, n); }
    /// Has an ancestor that is a data table (any distance up, within the root).
    bool isInsideDataTable(int n) const { return flag(m_inside, n); }

private:
    static bool flag(const std::vector<bool>& v, int n)
    {
        return std::size_t(n) < v.size() && v[std::size_t(n)];
    }
    static bool classify(const DomTree& tree, int table);

    std::vector<bool> m_data;
    std::vector<bool> m_inside;
};

} // namespace st
