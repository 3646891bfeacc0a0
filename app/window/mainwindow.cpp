#include "window/mainwindow.h"

#include "alerts/alertscontroller.h"
#include "alerts/alertsview.h"
#include "alerts/alerttray.h"
#include "common/timetext.h"
#include "connections/connectionscontroller.h"
#include "dashboard/comparepicker.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/timerangebar.h"
#include "dashboard/variablebar.h"
#include "databases/databasesview.h"
#include "definitions/dashboardloader.h"
#include "definitions/definitioncatalog.h"
#include "snapshot/snapshot.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/sourceregistry.h"
#include "window/grafanaimportcontroller.h"
#include "window/notifier.h"
#include "window/startupoptions.h"
#include "common/shortcutsdialog.h"
#include "window/welcomecontroller.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace lotse {

MainWindow::MainWindow(Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new WindowSettings(localization, this))
    , m_notifier(new Notifier(this))
    , m_rangeBar(new TimeRangeBar)
    , m_variableBar(new VariableBar)
    , m_variableToolBar(new QToolBar)
    , m_sources(new SourcesController(m_notifier, this))
    , m_dashboards(new DashboardController(m_sources, m_rangeBar, m_variableBar, m_variableToolBar, m_notifier, this))
    , m_snapshots(new SnapshotController(m_dashboards, m_settings, m_notifier, this))
    , m_exports(new ExportController(m_dashboards, m_sources->versions(), m_settings, m_notifier, this))
    , m_diagnosis(new DiagnosisController(m_sources, m_dashboards, m_settings, m_notifier, this))
    , m_grafana(new GrafanaImportController(m_dashboards, m_notifier, this))
    , m_actions(this)
    , m_welcome(new WelcomeController(m_sources, m_dashboards, m_snapshots, m_actions.openDashboard,
                                      m_actions.importGrafana, this))
    , m_areas(new QTabWidget)
    , m_dashboardPage(new DashboardPage)
    , m_databases(new DatabasesView)
    , m_alertsView(new AlertsView)
    , m_alerts(new AlertsController(m_sources, m_dashboards, m_diagnosis, m_settings, m_alertsView, this))
    , m_toolBar(new QToolBar)
    , m_rangeHolder(new QWidget)
    , m_comparePicker(new ComparePicker)
    , m_sourceLabel(new QLabel)
    , m_statusLabel(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    createMenus();
    createWidgets();
    retranslate();
    m_settings->restoreWindow(this);
    setTheme(m_settings->theme());
    connectActions();
    connectControllers();
}

MainWindow::~MainWindow()
{
    // The views go before the sessions and the sources they show.
    delete takeCentralWidget();
}

void MainWindow::createWidgets()
{
    m_toolBar->setObjectName(QStringLiteral("timeToolBar"));
    m_toolBar->setMovable(false);
    // The range bar sits in a holder of its own, so the Databases tab can
    // disable it without undoing what the dashboard controller decided.
    auto *holder = new QHBoxLayout(m_rangeHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    holder->addWidget(m_rangeBar);
    holder->addSpacing(fontMetrics().averageCharWidth() * 2);
    holder->addWidget(m_comparePicker);
    m_dashboards->setComparePicker(m_comparePicker);
    m_toolBar->addWidget(m_rangeHolder);
    m_toolBar->addSeparator();
    for (QAction *action : {m_actions.diagnose, m_actions.exportPdf}) {
        m_toolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    // The variables take a row of their own, shown while a dashboard has any.
    m_variableToolBar->setObjectName(QStringLiteral("variableToolBar"));
    m_variableToolBar->setMovable(false);
    m_variableToolBar->addWidget(m_variableBar);
    m_variableToolBar->setVisible(false);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_variableToolBar);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_statusLabel);
    // The dashboard and the databases share the window; the toolbar's time
    // range is the dashboard's, a refresh reads whichever area is shown.
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->setDocumentMode(true);
    m_areas->addTab(m_dashboardPage, QString());
    m_areas->addTab(m_databases, QString());
    m_areas->addTab(m_alertsView, QString());
    setCentralWidget(m_areas);
}

void MainWindow::connectActions()
{
    connect(m_actions.openDashboard, &QAction::triggered, this, [this] {
        // The list of dashboards pops up where the File menu was, by mouse or Ctrl+O alike.
        const QRect file = menuBar()->actionGeometry(m_fileMenu->menuAction());
        m_dashboardMenu->popup(menuBar()->mapToGlobal(file.bottomLeft()));
    });
    connect(m_actions.fromFile, &QAction::triggered, m_dashboards, &DashboardController::chooseFile);
    connect(m_actions.importGrafana, &QAction::triggered, m_grafana, &GrafanaImportController::chooseFile);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.exportPdf, &QAction::triggered, m_exports, &ExportController::chooseDashboardReport);
    connect(m_actions.saveSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::chooseFileToSave);
    connect(m_actions.openSnapshot, &QAction::triggered, m_snapshots, &SnapshotController::chooseFileToOpen);
    connect(m_actions.connections, &QAction::triggered, this, [this] { connections()->open(); });
    connect(m_actions.diagnose, &QAction::triggered, this,
            [this] { m_diagnosis->chooseRunbook(m_sourceLabel->text()); });
    connect(m_actions.recentDiagnoses, &QAction::triggered, m_diagnosis, &DiagnosisController::showRecent);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.languages, &QActionGroup::triggered, this,
            [this](QAction *language) { m_settings->setLanguage(language->data().toString()); });
    connect(m_actions.themes, &QActionGroup::triggered, this, [this](QAction *theme) {
        setTheme(Theme::fromId(theme->data().toString()).value_or(Theme::Mode::System));
    });
    connect(m_actions.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

QMenu *MainWindow::addMenu(const QList<QAction *> &actions)
{
    QMenu *menu = menuBar()->addMenu(QString());
    for (QAction *action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    return menu;
}

void MainWindow::createMenus()
{
    m_fileMenu = addMenu({m_actions.openDashboard, m_actions.openSnapshot, m_actions.importGrafana, nullptr,
                          m_actions.saveSnapshot, m_actions.exportPdf, nullptr, m_actions.quit});
    m_dashboardMenu = new QMenu(this);
    connect(m_dashboardMenu, &QMenu::aboutToShow, this, &MainWindow::fillDashboardMenu);
    m_viewMenu
        = addMenu({m_rangeBar->refreshAction(), m_rangeBar->pauseAction(), m_rangeBar->resetZoomAction(), nullptr});
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_actions.themes->actions());
    m_settingsMenu = addMenu({m_actions.connections, m_alerts->tray()->action()});
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_actions.languages->actions());
    m_diagnoseMenu = addMenu({m_actions.diagnose, m_actions.recentDiagnoses});
    m_diagnoseMenu->setToolTipsVisible(true);
    m_helpMenu = addMenu({m_actions.shortcuts, nullptr, m_actions.about});
}

void MainWindow::connectControllers()
{
    connect(m_sources, &SourcesController::aboutToReplace, this, [this] {
        // The views let go of the old sources before the registry does.
        SourceRegistry none;
        m_databases->setSources(&none);
    });
    connect(m_sources, &SourcesController::ready, this, [this] {
        updateDashboardState();
        m_databases->setSources(m_sources->sources());
        m_dashboards->reopen(); // on the new sources
        Q_EMIT sourcesReady();
    });
    connect(m_dashboards, &DashboardController::shown, this, [this](DashboardView *view) {
        m_dashboardPage->setView(view);
        updateDashboardState();
    });
    connect(m_dashboards, &DashboardController::statusChanged, this, &MainWindow::updateStatus);
    connect(m_dashboards, &DashboardController::diagnoseRequested, this,
            [this](const QString &runbook, const QString &node) {
                Q_EMIT diagnoseRequested(runbook, node);
                m_diagnosis->start(runbook, node);
            });
    connect(m_diagnosis, &DiagnosisController::started, this, &MainWindow::diagnosisStarted);
    connect(m_diagnosis, &DiagnosisController::saved, this, &MainWindow::diagnosisSaved);
    connect(m_diagnosis, &DiagnosisController::reportRequested, m_exports, &ExportController::chooseDiagnosisReport);
    connect(m_exports, &ExportController::exported, this, &MainWindow::pdfExported);
    connect(m_snapshots, &SnapshotController::saved, this, &MainWindow::snapshotSaved);
    connect(m_snapshots, &SnapshotController::opened, this, &MainWindow::snapshotOpened);
    connect(m_notifier, &Notifier::fileFailed, this, &MainWindow::fileFailed);
    connect(m_areas, &QTabWidget::currentChanged, this, [this] {
        // The time range is the dashboard's: on the Databases tab it would do nothing.
        m_rangeHolder->setEnabled(!databasesShown());
        // So are the variables: the other areas read no dashboard.
        m_variableBar->setEnabled(m_areas->currentWidget() == m_dashboardPage);
        if (m_areas->currentWidget() == m_alertsView)
            m_alerts->refresh();
        updateStatus();
    });
    connect(m_rangeBar, &TimeRangeBar::refreshRequested, this, [this] {
        if (m_areas->currentWidget() == m_alertsView)
            m_alerts->refresh();
        else if (databasesShown())
            m_databases->refresh();
        else
            m_dashboards->refresh();
    });
}

void MainWindow::fillDashboardMenu()
{
    m_dashboardMenu->clear();
    // The previous list's group owns its actions: deleting it clears them too.
    qDeleteAll(m_dashboardMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const QString current = session() ? session()->dashboard().id : QString();
    const DefinitionCatalog catalog(QStringLiteral("dashboards"));
    const QStringList ids = catalog.ids();
    auto *choices = new QActionGroup(m_dashboardMenu);
    for (const QString &id : ids) {
        // Titles, in the language shown; the id only for a file that does not load.
        const auto dashboard = DashboardLoader::loadFile(catalog.resolve(id));
        QAction *action = choices->addAction(dashboard ? dashboard->title.text(m_settings->language()) : id);
        action->setToolTip(id);
        action->setCheckable(true);
        action->setChecked(id == current);
        m_dashboardMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { m_dashboards->open(id); });
    }
    if (!ids.isEmpty())
        m_dashboardMenu->addSeparator();
    m_dashboardMenu->addAction(m_actions.fromFile);
}

void MainWindow::retranslate()
{
    m_actions.retranslate(m_settings->language());
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_diagnoseMenu->setTitle(tr("&Diagnose"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Time range"));
    m_areas->setTabText(m_areas->indexOf(m_dashboardPage), tr("Dashboard"));
    m_areas->setTabText(m_areas->indexOf(m_databases), tr("Databases"));
    m_areas->setTabToolTip(m_areas->indexOf(m_databases),
                           tr("Live lists and KPIs of the PostgreSQL, Redis and ClickHouse sources"));
    m_areas->setTabText(m_areas->indexOf(m_alertsView), tr("Alerts"));
    m_alerts->tray()->retranslate();
    updateDashboardState();
    updateStatus();
}

void MainWindow::start(const QStringList &arguments)
{
    const StartupOptions options = StartupOptions::parse(arguments);
    if (options.language)
        m_settings->setLanguage(*options.language);
    m_dashboards->saveScreenshotTo(options.screenshot);
    if (options.welcome) {
        // Nothing to read yet: a welcome, not boxes about a Prometheus that is not there.
        m_welcome->show(m_dashboardPage);
        m_sources->useConnections({});
        return;
    }
    PrometheusSource::warmParsers();
    // Once the sources are in place: at once from the command line, or once
    // the connections' secrets are found.
    connect(
        m_sources, &SourcesController::ready, this,
        [this, options] {
            if (options.area == QLatin1String("databases"))
                showDatabases();
            else if (options.area == QLatin1String("alerts"))
                m_areas->setCurrentWidget(m_alertsView);
            if (const auto variables = VariableValues::fromArguments(options.variables))
                m_dashboards->setVariables(*variables);
            else
                m_notifier->showProblem(tr("The --var option cannot be used."), variables.error());
            m_dashboards->openAt(options.dashboard, options.at);
        },
        Qt::SingleShotConnection);
    m_sources->start(options);
}

WelcomePage *MainWindow::welcomePage() const
{
    return m_welcome->page();
}

void MainWindow::showDatabases()
{
    m_areas->setCurrentWidget(m_databases);
}

bool MainWindow::databasesShown() const
{
    return m_areas->currentWidget() == m_databases;
}

void MainWindow::updateDashboardState()
{
    // Qt appends the application's display name ("… — Lotse") itself.
    const QString title = session() ? session()->dashboard().title.text(m_settings->language()) : QString();
    if (!session())
        setWindowTitle(QString());
    else if (snapshot())
        setWindowTitle(tr("%1 — snapshot of %2").arg(title, TimeText::dateAndClock(snapshot()->at())));
    else
        setWindowTitle(title);
    const QString banner = snapshot() ? SnapshotController::describe(*snapshot()) : QString();
    m_dashboardPage->setBanner(banner);
    m_sourceLabel->setText(snapshot() ? banner : m_sources->description());
    m_actions.exportPdf->setEnabled(session());
    m_actions.saveSnapshot->setEnabled(session());
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    // The status speaks of the dashboard; the Databases area shows its own state in each list.
    m_statusLabel->setText(databasesShown() ? QString() : m_dashboards->statusText());
}

void MainWindow::setTheme(Theme::Mode mode)
{
    m_settings->setTheme(mode);
    m_actions.checkTheme(Theme::id(mode));
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog::show(this,
                          {m_actions.openDashboard, m_actions.openSnapshot, m_actions.saveSnapshot, m_actions.exportPdf,
                           m_actions.quit, m_rangeBar->refreshAction(), m_rangeBar->pauseAction(),
                           m_rangeBar->resetZoomAction(), m_actions.connections, m_actions.diagnose,
                           m_actions.shortcuts});
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Lotse"),
                                tr("<h3>Lotse %1</h3><p>A cockpit for performance troubleshooting: live KPIs and "
                                   "charts from Prometheus, guided diagnosis along runbooks, reports as PDF.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitToolBar();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitToolBar();
}

void MainWindow::fitToolBar()
{
    QList<QToolButton *> buttons;
    for (QAction *action : {m_actions.diagnose, m_actions.exportPdf}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            buttons.append(button);
    }
    for (QToolButton *button : std::as_const(buttons))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (m_toolBar->sizeHint().width() <= width())
        return;
    for (QToolButton *button : std::as_const(buttons))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveWindow(this);
    QMainWindow::closeEvent(event);
}

} // namespace lotse
