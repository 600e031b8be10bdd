#pragma once

#include <QStringList>

namespace st {

/// Splits an SQL script into single statements for QSqlQuery, which runs one at a time.
/// Knows about quotes, `--` and `/* */` comments, and trigger bodies (BEGIN … END;).
class SqlStatementSplitter
{
public:
    static QStringList split(const QString& script);
};

} // namespace st
