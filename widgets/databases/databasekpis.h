#pragma once

#include "dashboard/dashboard.h"

namespace lotse {

class Source;

/// The KPI cards of a database source: a small dashboard per kind (cache hit
/// ratio and connections for PostgreSQL, memory and hit ratio for Redis, …),
/// read from that source by the same DashboardSession and judged by the same
/// thresholds as a dashboard's Prometheus cards. Queries are a built-in list
/// with `value=COLUMN` or one plain read-only statement of the source.
class DatabaseKpis final
{
public:
    /// The dashboard for @p source (no charts); no KPIs for a kind without any.
    static Dashboard dashboardFor(const Source &source, int refreshSeconds);
};

} // namespace lotse
