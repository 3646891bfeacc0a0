#include "dashboard/seriesprobe.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lotse {

std::optional<SeriesProbe::Sample> SeriesProbe::at(const Series &series, double seconds, double step)
{
    const auto after = std::upper_bound(series.times.cbegin(), series.times.cend(), seconds);
    if (after == series.times.cbegin())
        return std::nullopt;
    const auto index = size_t(std::distance(series.times.cbegin(), after) - 1);
    const double time = series.times[index];
    const double value = series.values[index];
    // Half a millisecond of slack: times travel as milliseconds through the axis.
    if (seconds - time > step + 5e-4 || !std::isfinite(value))
        return std::nullopt;
    return Sample{time, value};
}

double SeriesProbe::stepOf(const Series &series)
{
    double step = std::numeric_limits<double>::infinity();
    for (size_t i = 1; i < series.times.size(); ++i) {
        const double gap = series.times[i] - series.times[i - 1];
        if (gap > 0)
            step = std::min(step, gap);
    }
    return std::isfinite(step) ? step : 0;
}

SeriesProbe::Stats SeriesProbe::stats(const Series &series, const TimeWindow &window)
{
    Stats stats;
    double sum = 0;
    qsizetype count = 0;
    const auto first = std::lower_bound(series.times.cbegin(), series.times.cend(), window.from);
    for (auto index = size_t(std::distance(series.times.cbegin(), first));
         index < series.times.size() && series.times[index] <= window.to; ++index) {
        const double value = series.values[index];
        if (!std::isfinite(value))
            continue;
        stats.min = stats.any ? std::min(stats.min, value) : value;
        stats.max = stats.any ? std::max(stats.max, value) : value;
        stats.last = value;
        stats.any = true;
        sum += value;
        ++count;
    }
    if (count > 0)
        stats.mean = sum / double(count);
    return stats;
}

} // namespace lotse
