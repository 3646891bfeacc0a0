#pragma once

#include "core/series.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace lotse {

/// Rows and columns, as a database answers.
struct Table
{
    QStringList columns;
    QList<QVariantList> rows;
};

/// What a query returned, whatever the source. A Prometheus vector is a list of
/// one-point series, a matrix a list of series, a scalar one unlabeled one-point
/// series; a string keeps its text in `text`. A database answers a Table; its
/// numeric column also fills `series` (one point per row, the other columns as
/// labels), so KPIs and checks reduce it like any vector.
struct QueryResult
{
    enum class Type {
        Vector,
        Matrix,
        Scalar,
        String,
        Table
    };

    Type type = Type::Vector;
    std::vector<Series> series;
    Table table;
    QString text;
    QStringList warnings; ///< non-fatal remarks the server attached to the answer
};

} // namespace lotse
