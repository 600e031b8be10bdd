#pragma once

#include "core/create/ImportOutcome.h"

#include <QMetaType>
#include <QVector>
#include <algorithm>

namespace st {

/// What a batch import did: one outcome per entry that finished, in order. After a cancel,
/// the entry in progress and those after it have no outcome (see notImported()).
struct ImportSummary
{
    QVector<ImportOutcome> outcomes;
    /// Entries in the batch (refused files count as one each).
    int total = 0;

    int succeeded() const
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [](const ImportOutcome& o) { return o.ok; }));
    }
    int failed() const { return int(outcomes.size()) - succeeded(); }
    /// Entries left undone by a cancel.
    int notImported() const { return total - int(outcomes.size()); }
};

} // namespace st

Q_DECLARE_METATYPE(st::ImportSummary)
