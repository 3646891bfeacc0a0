#include "window/welcomecontroller.h"

#include "connections/connectionprobe.h"
#include "connections/connectionscontroller.h"
#include "connections/sourcefactory.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/welcomepage.h"
#include "sources/sourceregistry.h"
#include "window/dashboardcontroller.h"
#include "reports/snapshotcontroller.h"
#include "window/sourcescontroller.h"
#include "window/startupoptions.h"

#include <QAction>
#include <QCommandLinkButton>

namespace lotse {

namespace {

/// scripts/demo starts its Prometheus here when the port is free.
const QString kDemoUrl = QStringLiteral("http://127.0.0.1:9095");
/// The demo runs on this machine: it answers at once or not at all.
constexpr int kDemoTimeoutMs = 3000;

} // namespace

WelcomeController::WelcomeController(SourcesController *sources, DashboardController *dashboards,
                                     SnapshotController *snapshots, QAction *openDashboard, QAction *importGrafana,
                                     QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_dashboards(dashboards)
    , m_snapshots(snapshots)
    , m_openDashboard(openDashboard)
    , m_importGrafana(importGrafana)
{
    connect(m_sources, &SourcesController::ready, this, [this] {
        if (m_page)
            m_page->setSourcesReady(!m_sources->sources()->sources().isEmpty());
    });
}

WelcomePage *WelcomeController::page() const
{
    return m_page;
}

QString WelcomeController::demoUrl()
{
    const QString url = qEnvironmentVariable("LOTSE_DEMO_URL");
    return url.isEmpty() ? kDemoUrl : url;
}

void WelcomeController::show(DashboardPage *page)
{
    m_page = new WelcomePage;
    page->setView(m_page);
    connect(m_page, &WelcomePage::connectRequested, this, [this] { m_sources->connections()->open(); });
    connect(m_page, &WelcomePage::demoRequested, this, &WelcomeController::openDemo);
    connect(m_page, &WelcomePage::dashboardRequested, m_openDashboard, &QAction::trigger);
    connect(m_page, &WelcomePage::snapshotRequested, m_snapshots, &SnapshotController::chooseFileToOpen);
    connect(m_page, &WelcomePage::importRequested, m_dashboards, &DashboardController::chooseFile);
    connect(m_page, &WelcomePage::grafanaRequested, m_importGrafana, &QAction::trigger);
    m_page->setSourcesReady(!m_sources->sources()->sources().isEmpty());
    m_page->connectButton()->setFocus();
    probeDemo();
}

void WelcomeController::probeDemo()
{
    Connection connection;
    connection.name = QStringLiteral("demo");
    connection.address = demoUrl();
    connection.timeoutMs = kDemoTimeoutMs;
    auto source = SourceFactory::create(connection, {});
    if (!source)
        return;
    auto *probe = new ConnectionProbe(std::move(*source), m_page);
    connect(probe, &ConnectionProbe::finished, m_page, [this, probe, url = connection.address] {
        m_page->setDemo(probe->isOk() ? url : QString());
        probe->deleteLater();
    });
    probe->start();
}

void WelcomeController::openDemo(const QString &url)
{
    connect(
        m_sources, &SourcesController::ready, m_dashboards, [this] { m_dashboards->open(QStringLiteral("demo")); },
        Qt::SingleShotConnection);
    m_sources->start(StartupOptions::parse({QStringLiteral("lotse"), QStringLiteral("--prometheus"), url}));
}

} // namespace lotse
