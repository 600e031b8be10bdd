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
    bool classify(const DomTree& tree, int table) const;

    std::vector<bool> m_data;
    std::vector<bool> m_inside;
    // What lies below each node, measured bottom-up once, so nested tables cost no rescans.
    std::vector<bool> m_captionBelow;   // a <caption> with content
    std::vector<bool> m_dataPartsBelow; // <col>, <colgroup>, <tfoot>, <thead>, <th>
    std::vector<bool> m_tableBelow;
};

} // namespace st
