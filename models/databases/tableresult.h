#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Turns a database's Table into the QueryResult every consumer reads: the
/// table itself, plus one point per row taken from a numeric column, the other
/// columns as labels, so KPIs and checks reduce a database answer like a
/// Prometheus vector.
class TableResult final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::TableResult)

public:
    /// @p valueColumn names the column to take the points from; empty means the
    /// first numeric one. Naming a column the table lacks is an Invalid error.
    static std::expected<QueryResult, Error> make(Table table, const QString &valueColumn = {});
    /// Whether @p value holds a number (not a bool, a text or a date).
    static bool isNumber(const QVariant &value);
    /// The first column whose non-null values are all numbers; -1 if none.
    static int firstNumericColumn(const Table &table);
};

} // namespace lotse
