#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QPointer>

namespace lotse {

class AlertsReader;
class AlertsView;
class DashboardController;
class DiagnosisController;
class SourcesController;

/// The Alerts area's work: reads the alerts of every Prometheus-compatible
/// source off the GUI thread (AlertsReader) whenever the dashboard refreshes,
/// the sources change or the area is shown, hands them to the AlertsView, and
/// follows its runbook links: Diagnose opens the wizard, a web page the browser.
class AlertsController final : public QObject
{
    Q_OBJECT

public:
    AlertsController(SourcesController *sources, DashboardController *dashboards, DiagnosisController *diagnosis,
                     AlertsView *view, QObject *parent = nullptr);

    /// Reads the alerts again; updated() follows.
    void refresh();
    const QList<Alert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    /// The view shows what the sources answered.
    void updated();

private:
    void show(const QList<Alert> &alerts, const QStringList &problems);

    SourcesController *m_sources;
    DiagnosisController *m_diagnosis;
    AlertsView *m_view;
    AlertsReader *m_reader;
    QList<Alert> m_alerts;
};

} // namespace lotse
