#include "decimator.h"

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// Collects one column's extremes and writes them out in time order.
struct ColumnExtremes
{
    qsizetype first = -1;
    qsizetype low = -1;
    qsizetype high = -1;

    void add(qsizetype index, const std::vector<double> &values)
    {
        if (first < 0) {
            first = low = high = index;
            return;
        }
        if (values[size_t(index)] < values[size_t(low)])
            low = index;
        if (values[size_t(index)] > values[size_t(high)])
            high = index;
    }

    void flush(const Series &in, Series &out)
    {
        if (first < 0)
            return;
        qsizetype picks[3] = {first, std::min(low, high), std::max(low, high)};
        qsizetype last = -1;
        for (qsizetype index : picks) {
            if (index == last)
                continue;
            out.times.push_back(in.times[size_t(index)]);
            out.values.push_back(in.values[size_t(index)]);
            last = index;
        }
        first = low = high = -1;
    }
};

} // namespace

Series Decimator::decimate(const Series &series, double from, double to, int columns)
{
    Series out;
    out.labels = series.labels;
    if (series.isEmpty() || columns <= 0 || !(to > from))
        return out;

    const auto &times = series.times;
    const auto &values = series.values;
    const size_t n = times.size();
    // The visible part, plus one neighbour on each side.
    size_t begin = size_t(std::lower_bound(times.begin(), times.end(), from) - times.begin());
    size_t end = size_t(std::upper_bound(times.begin(), times.end(), to) - times.begin());
    if (begin > 0)
        --begin;
    if (end < n)
        ++end;

    out.times.reserve(size_t(columns) * 3 + 2);
    out.values.reserve(size_t(columns) * 3 + 2);
    const double scale = columns / (to - from);
    ColumnExtremes column;
    long current = -1;
    for (size_t i = begin; i < end; ++i) {
        if (std::isnan(values[i]))
            continue;
        // Truncation is floor for the points inside the window; only the one
        // neighbour before it needs the real floor.
        const double position = (times[i] - from) * scale;
        const long index = position >= 0 ? long(position) : long(std::floor(position));
        if (index != current) {
            column.flush(series, out);
            current = index;
        }
        column.add(qsizetype(i), values);
    }
    column.flush(series, out);
    return out;
}

} // namespace lotse
