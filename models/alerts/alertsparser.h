#pragma once

#include "alerts/alert.h"
#include "core/error.h"

#include <QByteArray>
#include <QList>

#include <expected>

namespace lotse {

/// Reads the three answers that list alerts: Prometheus' /api/v1/alerts and
/// /api/v1/rules (alerting rules with their active alerts) and Alertmanager's
/// /api/v2/alerts. The body comes bounded from HttpExchange; beyond that, the
/// number of alerts and labels and the length of every text are capped here,
/// and anything that is not the documented shape is Malformed, never a crash.
class AlertsParser final
{
public:
    static constexpr qsizetype kMaxAlerts = 10000;
    static constexpr qsizetype kMaxLabels = 256;
    static constexpr qsizetype kMaxText = 16 * 1024;

    /// /api/v1/alerts: {"status":"success","data":{"alerts":[…]}}.
    static std::expected<QList<Alert>, Error> prometheusAlerts(const QByteArray &body);
    /// /api/v1/rules: {"data":{"groups":[{"rules":[{"type":"alerting","alerts":[…]}]}]}}.
    static std::expected<QList<Alert>, Error> prometheusRules(const QByteArray &body);
    /// Alertmanager /api/v2/alerts: a list of alerts with status.state, all firing.
    static std::expected<QList<Alert>, Error> alertmanagerAlerts(const QByteArray &body);
};

} // namespace lotse
