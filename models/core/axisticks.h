#pragma once

#include "core/timerange.h"
#include "core/unit.h"

#include <QList>

namespace lotse {

/// Where the labels of a chart's axes go: round values in the chart's unit,
/// round times of the local clock.
class AxisTicks final
{
public:
    /// 1, 2, 2.5 or 5 times a power of ten, at least @p raw.
    static double niceStep(double raw);
    /// A step that splits @p span into about @p ticks parts; bytes step in
    /// powers of 1024 so that labels read "256 MiB", not "268.4 MiB".
    static double valueStep(double span, int ticks, Unit unit);
    /// Seconds between time labels for @p span seconds and about @p ticks
    /// labels: one of 1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours, 1, 2, 7 days.
    static double timeStep(double span, int ticks);
    /// The instants within @p window that are whole multiples of @p step on
    /// a clock @p utcOffset seconds east of UTC.
    static QList<double> timeTicks(const TimeWindow &window, double step, int utcOffset);
};

} // namespace lotse
