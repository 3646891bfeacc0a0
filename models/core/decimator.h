#pragma once

#include "core/series.h"

namespace lotse {

/// Thins a series to what a chart can show: per pixel column the first, the
/// smallest and the largest point (in time order), so spikes survive. The
/// result has at most about three points per column; NaN points are dropped.
class Decimator final
{
public:
    /// @p from and @p to bound the visible window in seconds; @p columns is the
    /// plot width in device pixels. Points outside the window are kept only as
    /// the neighbours that let a line enter and leave the plot.
    static Series decimate(const Series &series, double from, double to, int columns);
};

} // namespace lotse
