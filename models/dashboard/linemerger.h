#pragma once

#include "core/series.h"

#include <memory>
#include <vector>

namespace lotse {

/// Extends what a chart or a sparkline holds with a read of only the newest
/// samples, so a refresh fetches what is new instead of the whole window.
/// Such a read starts one step before the last point held: that step of
/// overlap replaces the last point, which may have been evaluated before all
/// of its samples had arrived.
class LineMerger final
{
public:
    /// Where the read of what follows @p held starts (one step before its last
    /// point); NaN when nothing is held, and the whole window must be read.
    static double resumeFrom(const std::vector<std::shared_ptr<const Series>> &held, double step);
    /// @p held up to where @p fresh starts, then @p fresh; points before @p from
    /// (out of the window now) are dropped.
    static Series merged(const Series &held, const Series &fresh, double from);
    /// Each series of @p fresh merged with the held one of the same labels;
    /// held series without news are kept while they have points in the
    /// window. Held series come first, in their order, so lines keep their colours.
    static std::vector<Series> mergedAll(const std::vector<std::shared_ptr<const Series>> &held,
                                         std::vector<Series> fresh, double from);
};

} // namespace lotse
