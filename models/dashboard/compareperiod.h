#pragma once

#include "core/chartdata.h"
#include "core/timerange.h"

#include <QCoreApplication>

#include <optional>

namespace lotse {

/// Comparing a chart with an earlier period (`compare: 1d|1w`): the same
/// queries read over the window moved back by the period, and their points
/// moved forward onto the window again. Moving the range, not writing
/// `offset` into the query, is exact for any query: Prometheus evaluates a
/// range query at start + k·step, so reading [from − P, to − P] gives at each
/// point what `offset P` on every selector gives at from + k·step, and it
/// needs no PromQL rewriting of functions, subqueries or `@` modifiers.
class ComparePeriod final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ComparePeriod)

public:
    static constexpr qint64 Day = 86400;
    static constexpr qint64 Week = 7 * Day;

    /// The periods offered, in seconds; 0 is off.
    static const QList<qint64> &choices();
    /// "off" (0), "1d" or "1w"; anything else is not a period.
    static std::optional<qint64> parse(const QString &text);
    /// "Off", "1 day", "1 week".
    static QString text(qint64 seconds);
    /// @p name of a line read @p seconds earlier: "p95 (1 week ago)".
    static QString lineName(const QString &name, qint64 seconds);
    /// @p window moved @p seconds into the past.
    static TimeWindow shifted(const TimeWindow &window, qint64 seconds);
    /// Moves @p series' points @p seconds later, onto the window compared with.
    static void restamp(Series &series, qint64 seconds);
    /// Gives each earlier line (shift > 0) the index of the current line of the
    /// same name as its base, and its "(1 day ago)" name; earlier lines follow
    /// the current ones.
    static void link(QList<ChartLine> &lines);
};

} // namespace lotse
