#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// `lotse alerts`: the firing and pending alerts of every Prometheus-compatible
/// source (and an Alertmanager) with their runbook links, as a table in the
/// interface language or as JSON. Exits 0 when none fires, 1 when one fires,
/// 2 when a source could not answer or the arguments are wrong.
class AlertsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::AlertsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace lotse
