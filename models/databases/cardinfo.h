#pragma once

#include "core/thresholds.h"
#include "core/unit.h"
#include "dashboard/dashboard.h"

#include <optional>

namespace lotse {

/// One KPI card of a database kind's tab (SourceKind::kpiCards()): read from
/// the source by the same DashboardSession, and judged by the same thresholds,
/// as a dashboard's cards. The query is a built-in list with `value=COLUMN`
/// or one plain read-only statement of the source. Thresholds follow
/// CONTRACT.md where a guide names one; otherwise the kind notes why they
/// were chosen.
struct CardInfo
{
    const char *id;
    const char *title; ///< untranslated, in the context lotse::DatabaseKpis
    const char *query;
    Unit unit;
    Reduce reduce;
    Thresholds::Direction direction;
    std::optional<double> warning;
    std::optional<double> critical;
    /// For a ratio: what it is a share of, whose zero makes the card n/a
    /// (docs/dashboards.md), and why, untranslated in lotse::DatabaseKpis.
    const char *denominator = nullptr;
    const char *zero = nullptr;
};

} // namespace lotse
