#pragma once

#include "core/series.h"
#include "core/timerange.h"

#include <optional>

namespace lotse {

/// Reads a series at one instant and over a window, for the time cursor and
/// the legend table. The series' times are in order, as every source gives them.
class SeriesProbe final
{
public:
    struct Sample
    {
        double time = 0;
        double value = 0;
    };

    struct Stats
    {
        double last = 0;
        double min = 0;
        double max = 0;
        double mean = 0;
        bool any = false; ///< false: no finite point in the window, the rest is meaningless
    };

    /// The sample at @p seconds or the nearest before it, if it lies within
    /// @p step: a gap in the series is no value, not the value before the gap.
    static std::optional<Sample> at(const Series &series, double seconds, double step);
    /// The smallest distance between neighbouring points: the query's step.
    static double stepOf(const Series &series);
    /// Last, min, max and mean of the finite points within @p window.
    static Stats stats(const Series &series, const TimeWindow &window);
};

} // namespace lotse
