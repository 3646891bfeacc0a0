#pragma once

#include "core/timerange.h"

#include <QList>

namespace lotse {

/// Where the labels of a time axis go: round times of the local clock.
/// (Value axes are ValueAxis.)
class AxisTicks final
{
public:
    /// Seconds between time labels for @p span seconds and about @p ticks
    /// labels: one of 1, 2, 5, 10, 15, 30 seconds or minutes, 1, 2, 3, 6, 12 hours, 1, 2, 7 days.
    static double timeStep(double span, int ticks);
    /// The instants within @p window that are whole multiples of @p step on
    /// a clock @p utcOffset seconds east of UTC.
    static QList<double> timeTicks(const TimeWindow &window, double step, int utcOffset);
};

} // namespace lotse
