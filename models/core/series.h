#pragma once

#include <QMap>
#include <QString>

#include <vector>

namespace lotse {

using Labels = QMap<QString, QString>;

/// One time series stored in columns: timestamps (Unix seconds) and values side
/// by side, so that decimation and painting walk contiguous memory.
struct Series
{
    Labels labels;
    std::vector<double> times;
    std::vector<double> values;

    qsizetype size() const { return qsizetype(times.size()); }
    bool isEmpty() const { return times.empty(); }
};

} // namespace lotse
