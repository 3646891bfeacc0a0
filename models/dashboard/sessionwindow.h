#pragma once

#include "core/timerange.h"

#include <QDateTime>

namespace lotse {

class DashboardSession;

/// The window and instant a DashboardSession's last refresh read, which a
/// live session does not keep: its range moves on with the clock, while a
/// report or a snapshot must name the time its numbers are from.
class SessionWindow final
{
public:
    /// The charts' window; without charts, the range ending at the newest KPI
    /// reading (or at now, when nothing could be read).
    static TimeWindow of(const DashboardSession &session);
    /// The instant the KPIs were read: the window's end.
    static QDateTime instantOf(const DashboardSession &session);
};

} // namespace lotse
