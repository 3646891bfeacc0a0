#pragma once

#include "series.h"

#include <QStringList>

#include <vector>

namespace lotse {

/// What a query returned, whatever the source. A Prometheus vector is a list of
/// one-point series, a matrix a list of series, a scalar one unlabeled one-point
/// series; a string keeps its text in `text`.
struct QueryResult
{
    enum class Type { Vector, Matrix, Scalar, String };

    Type type = Type::Vector;
    std::vector<Series> series;
    QString text;
    QStringList warnings;  ///< non-fatal remarks the server attached to the answer
};

} // namespace lotse
