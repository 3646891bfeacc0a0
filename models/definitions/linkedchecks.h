#pragma once

#include "core/diagnostic.h"
#include "dashboard/dashboard.h"
#include "diagnosis/runbook.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace lotse {

/// One metric, one judgement: a KPI card that links to a runbook check (its
/// `check:`, or the check of its runbook with the same query) judges by that
/// check's bands.
class LinkedChecks final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::LinkedChecks)

public:
    /// The runbook with an id, or nothing when there is none that loads.
    using RunbookLookup = std::function<std::optional<Runbook>(const QString &id)>;

    /// Cards without thresholds of their own take their check's bands.
    static void adopt(Dashboard &dashboard, const RunbookLookup &runbooks = builtIn());
    /// A warning, at the card's thresholds, for every card whose bands differ
    /// from its check's, and for a `check:` its runbook does not have.
    static Diagnostics compare(const Dashboard &dashboard, const RunbookLookup &runbooks = builtIn());
    /// Runbooks as `lotse diagnose --runbook ID` finds them.
    static RunbookLookup builtIn();

private:
    static const CheckSpec *linked(const KpiSpec &kpi, const Runbook &runbook);
};

} // namespace lotse
