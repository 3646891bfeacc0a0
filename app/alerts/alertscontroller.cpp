#include "alerts/alertscontroller.h"

#include "alerts/alertdiagnosis.h"
#include "alerts/alertsreader.h"
#include "alerts/alertsview.h"
#include "dashboard/dashboardsession.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/sourceregistry.h"
#include "alerts/alerttray.h"
#include "window/dashboardcontroller.h"
#include "diagnosis/diagnosiscontroller.h"
#include "window/sourcescontroller.h"

#include <QDesktopServices>

namespace lotse {

AlertsController::AlertsController(SourcesController *sources, DashboardController *dashboards,
                                   DiagnosisController *diagnosis, WindowSettings *settings, AlertsView *view,
                                   QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_diagnosis(diagnosis)
    , m_view(view)
    , m_reader(new AlertsReader(this))
    , m_tray(new AlertTray(settings, this))
{
    connect(m_reader, &AlertsReader::finished, this, &AlertsController::show);
    connect(sources, &SourcesController::aboutToReplace, this, [this] {
        // The reader's requests belong to sources that are about to go.
        m_reader->read({});
    });
    connect(sources, &SourcesController::ready, this, &AlertsController::refresh);
    // With the dashboard's refresh, manual or by its interval.
    connect(dashboards, &DashboardController::shown, this, [this, dashboards] {
        if (DashboardSession *session = dashboards->session())
            connect(session, &DashboardSession::refreshStarted, this, &AlertsController::refresh, Qt::UniqueConnection);
    });
    connect(view, &AlertsView::diagnoseRequested, this, [this](const Alert &alert) {
        if (const auto target = AlertDiagnosis::of(alert))
            m_diagnosis->start(*target);
    });
    connect(view, &AlertsView::openRequested, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

void AlertsController::refresh()
{
    QList<PrometheusSource *> prometheus;
    for (Source *source : m_sources->sources()->sources()) {
        if (auto *candidate = qobject_cast<PrometheusSource *>(source))
            prometheus.append(candidate);
    }
    m_reader->read(prometheus);
}

void AlertsController::show(const QList<Alert> &alerts, const QStringList &problems)
{
    m_alerts = alerts;
    m_view->setAlerts(alerts, problems);
    m_tray->show(alerts);
    Q_EMIT updated();
}

} // namespace lotse
