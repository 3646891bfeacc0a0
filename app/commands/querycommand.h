#pragma once

#include "core/queryresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

class Source;

/// `lotse query`: runs one query against one source through the same
/// read-only, time-limited path that dashboard cards and runbook checks use,
/// and prints a table with aligned columns or JSON. Runbook authors try a
/// check with it. `--explain [--analyze]` asks a PostgreSQL source for plan
/// advice instead. Exits 0 when the query answered, 1 when it failed or was
/// refused, 2 on a bad command line.
class QueryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::QueryCommand)

public:
    static int run(const QStringList &arguments);

    /// Any result as rows and columns: a Table as it is, series as one row per
    /// point (labels, time, value), a string as one cell.
    static Table tableOf(const QueryResult &result);
    /// @p table with aligned columns; cells longer than @p width are cut.
    static QString formatText(const Table &table, int width = 80);
};

} // namespace lotse
