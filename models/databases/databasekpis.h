#pragma once

#include "dashboard/dashboard.h"

namespace lotse {

class Source;

/// The KPI cards of a database source as a small dashboard: the cards its
/// kind lists (SourceKind::kpiCards()), read from that source by the same
/// DashboardSession and judged by the same thresholds as a dashboard's cards.
/// Their titles are translated in the context lotse::DatabaseKpis.
class DatabaseKpis final
{
public:
    /// The dashboard for @p source (no charts); no KPIs for a kind without any.
    static Dashboard dashboardFor(const Source &source, int refreshSeconds);
};

} // namespace lotse
