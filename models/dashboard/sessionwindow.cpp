#include "dashboard/sessionwindow.h"

#include "dashboard/dashboardsession.h"

#include <cmath>

namespace lotse {

TimeWindow SessionWindow::of(const DashboardSession &session)
{
    if (session.chartCount() > 0 && session.chart(0).window.length() > 0)
        return session.chart(0).window;
    const TimeRange range = session.timeRange();
    if (!range.isRelative())
        return range.resolve(session.now());
    QDateTime newest;
    const KpiModel &kpis = *session.kpis();
    for (int row = 0; row < kpis.rowCount(); ++row) {
        const QDateTime readAt = kpis.value(row).readAt;
        if (readAt.isValid() && (!newest.isValid() || readAt > newest))
            newest = readAt;
    }
    return range.resolve(newest.isValid() ? newest : session.now());
}

QDateTime SessionWindow::instantOf(const DashboardSession &session)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(of(session).to * 1000.0), Qt::UTC);
}

} // namespace lotse
