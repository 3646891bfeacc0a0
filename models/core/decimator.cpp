#include "core/decimator.h"

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// Appends the points at @p indexes in time order, each once.
void appendPicks(const Series &in, Series &out, qsizetype first, qsizetype low, qsizetype high)
{
    const qsizetype picks[3] = {first, std::min(low, high), std::max(low, high)};
    qsizetype last = -1;
    for (qsizetype index : picks) {
        if (index == last)
            continue;
        out.times.push_back(in.times[size_t(index)]);
        out.values.push_back(in.values[size_t(index)]);
        last = index;
    }
}

} // namespace

Series Decimator::decimate(const Series &series, double from, double to, int columns)
{
    Series out;
    out.labels = series.labels;
    if (series.isEmpty() || columns <= 0 || !(to > from))
        return out;

    const auto &times = series.times;
    const auto &values = series.values;
    // Only points with both a time and a value: a series whose columns
    // differ in length (a damaged file) must not be read past its end.
    const size_t n = std::min(times.size(), values.size());
    const auto last = times.begin() + std::ptrdiff_t(n);
    // The visible part, plus one neighbour on each side.
    size_t begin = size_t(std::lower_bound(times.begin(), last, from) - times.begin());
    size_t end = size_t(std::upper_bound(times.begin(), last, to) - times.begin());
    if (begin > 0)
        --begin;
    if (end < n)
        ++end;

    out.times.reserve(size_t(columns) * 3 + 2);
    out.values.reserve(size_t(columns) * 3 + 2);
    const double scale = columns / (to - from);
    size_t i = begin;
    while (i < end) {
        // One column at a time: find where it ends, then scan it in a tight loop.
        const double position = (times[i] - from) * scale;
        const double column = std::floor(position);
        const double boundary = from + (column + 1) / scale;
        size_t stop = i + 1;
        while (stop < end && times[stop] < boundary)
            ++stop;
        size_t first = i;
        while (first < stop && std::isnan(values[first]))
            ++first;
        if (first < stop) {
            size_t low = first;
            size_t high = first;
            for (size_t k = first + 1; k < stop; ++k) {
                // A NaN compares false both ways, so it is never picked.
                if (values[k] < values[low])
                    low = k;
                if (values[k] > values[high])
                    high = k;
            }
            appendPicks(series, out, qsizetype(first), qsizetype(low), qsizetype(high));
        }
        i = stop;
    }
    return out;
}

} // namespace lotse
