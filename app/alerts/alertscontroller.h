#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QPointer>

namespace lotse {

class AlertTray;
class AlertsReader;
class AlertsView;
class DashboardController;
class DiagnosisController;
class SourcesController;
class WindowSettings;

/// The Alerts area's work: reads the alerts of every Prometheus-compatible
/// source off the GUI thread (AlertsReader) whenever the dashboard refreshes,
/// the sources change or the area is shown, hands them to the AlertsView, and
/// follows its runbook links: Diagnose opens the wizard, a web page the browser.
/// The tray icon (AlertTray) counts the firing ones.
class AlertsController final : public QObject
{
    Q_OBJECT

public:
    AlertsController(SourcesController *sources, DashboardController *dashboards, DiagnosisController *diagnosis,
                     WindowSettings *settings, AlertsView *view, QObject *parent = nullptr);

    /// Reads the alerts again; updated() follows.
    void refresh();
    const QList<Alert> &alerts() const { return m_alerts; }
    /// The tray icon and its Settings action.
    AlertTray *tray() const { return m_tray; }

Q_SIGNALS:
    /// The view shows what the sources answered.
    void updated();

private:
    void show(const QList<Alert> &alerts, const QStringList &problems);

    SourcesController *m_sources;
    DiagnosisController *m_diagnosis;
    AlertsView *m_view;
    AlertsReader *m_reader;
    AlertTray *m_tray;
    QList<Alert> m_alerts;
};

} // namespace lotse
