#pragma once

#include "core/error.h"
#include "core/series.h"
#include "core/timerange.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace lotse {

/// One line of a chart: its legend name, every point fetched, and the points
/// thinned to the chart's width that are actually drawn. The fetched points
/// are shared, not copied, as the line moves between threads and snapshots.
struct ChartLine
{
    QString name;
    std::shared_ptr<const Series> fetched;
    Series shown;
    /// A line of the compare overlay: read this many seconds earlier and moved
    /// forward onto the window (ComparePeriod); 0 for a line of the window itself.
    qint64 shift = 0;
    int base = -1; ///< of a compare line: the index of the line it is compared with, if any
};

/// What a chart shows: its lines for a window, or why it cannot.
struct ChartData
{
    QList<ChartLine> lines;
    TimeWindow window;
    std::optional<Error> error;
    QStringList warnings;
    bool loading = false;
    /// Set when the lines are the last ones read, at that time, kept because
    /// this read failed as a whole: shown dimmed and dated, never as current.
    QDateTime keptFrom;
};

} // namespace lotse
