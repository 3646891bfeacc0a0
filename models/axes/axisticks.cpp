#include "axes/axisticks.h"

#include <cmath>

namespace lotse {

double AxisTicks::timeStep(double span, int ticks)
{
    static const double steps[]
        = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};
    const double raw = span / std::max(1, ticks);
    for (double step : steps) {
        if (step >= raw)
            return step;
    }
    return steps[std::size(steps) - 1];
}

QList<double> AxisTicks::timeTicks(const TimeWindow &window, double step, int utcOffset)
{
    QList<double> ticks;
    if (!(step > 0) || window.length() <= 0)
        return ticks;
    // Round in local time, so an hour step lands on the hour of the local clock.
    for (double local = std::ceil((window.from + utcOffset) / step) * step; local - utcOffset <= window.to;
         local += step)
        ticks.append(local - utcOffset);
    return ticks;
}

} // namespace lotse
