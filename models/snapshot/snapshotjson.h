#pragma once

#include "dashboard/kpimodel.h"

#include <QDateTime>
#include <QJsonObject>

namespace lotse {

/// The `lotse snapshot --json` document: each KPI's id, title, value, unit and
/// state, with the error text when the state is unknown.
class SnapshotJson final
{
public:
    static QJsonObject build(const QString &dashboardId, const KpiModel &kpis, const QDateTime &at,
                             const QString &language);
    /// True when every KPI could be read (the command's exit status).
    static bool allRead(const KpiModel &kpis);
};

} // namespace lotse
