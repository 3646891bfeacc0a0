#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace lotse {

class DashboardController;
class DashboardPage;
class SnapshotController;
class SourcesController;
class WelcomePage;

/// A first start without sources: shows the WelcomePage in place of a
/// dashboard, looks whether the demo's Prometheus answers, and carries out
/// what the user chooses there (connect, the demo, a dashboard, a snapshot,
/// a dashboard file, a Grafana dashboard).
class WelcomeController final : public QObject
{
    Q_OBJECT

public:
    WelcomeController(SourcesController *sources, DashboardController *dashboards, SnapshotController *snapshots,
                      QAction *openDashboard, QAction *importGrafana, QObject *parent);

    /// Puts a welcome page on @p page (until a dashboard or a snapshot takes its place).
    void show(DashboardPage *page);
    /// The page while it is shown.
    WelcomePage *page() const;

    /// Where the demo's Prometheus listens: LOTSE_DEMO_URL, else the port scripts/demo prefers.
    static QString demoUrl();

private:
    void probeDemo();
    void openDemo(const QString &url);

    SourcesController *m_sources;
    DashboardController *m_dashboards;
    SnapshotController *m_snapshots;
    QAction *m_openDashboard;
    QAction *m_importGrafana;
    QPointer<WelcomePage> m_page;
};

} // namespace lotse
