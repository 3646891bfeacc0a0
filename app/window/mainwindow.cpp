#include "window/mainwindow.h"

#include "common/choicedialog.h"
#include "connections/connectionscontroller.h"
#include "connections/connectionsecrets.h"
#include "connections/connectionsfile.h"
#include "documents/dashboardpdf.h"
#include "definitions/dashboardloader.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "databases/databasesview.h"
#include "definitions/definitioncatalog.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosisstore.h"
#include "documents/diagnosispdf.h"
#include "diagnosis/diagnosiswizard.h"
#include "common/exportpdfdialog.h"
#include "diagnosis/findingspage.h"
#include "core/localization.h"
#include "snapshot/recordingsource.h"
#include "layout/reportdocument.h"
#include "definitions/runbookloader.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotfile.h"
#include "commands/sourceoptions.h"
#include "connections/sourcefactory.h"
#include "sources/sourceregistry.h"
#include "sources/sourceversions.h"
#include "dashboard/timerangebar.h"
#include "common/timetext.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QTextStream>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

namespace {

const QString kDefaultPrometheus = QStringLiteral("http://127.0.0.1:9090");
const QString kDefaultDashboard = QStringLiteral("demo");
const QStringList kSourceOptions
    = {QStringLiteral("prometheus"), QStringLiteral("postgres"), QStringLiteral("redis"), QStringLiteral("clickhouse")};
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kReportPageKey = QStringLiteral("report/page");
const QString kReportOrientationKey = QStringLiteral("report/orientation");
const QString kFileDirectoryKey = QStringLiteral("files/directory");
/// A refresh shorter than this is not worth a "Refreshing…" flashing by.
constexpr int kRefreshingDelayMs = 300;

QDateTime localTime(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)));
}

// What the worker threads hand back. Runbooks are parsed and the diagnosis
// store is read there: the GUI thread never waits for a file or SQLite.

/// A runbook by id or file, or why it cannot be used.
std::expected<Runbook, QString> loadRunbook(const QString &idOrFile)
{
    const QString path = DefinitionCatalog(QStringLiteral("runbooks")).resolve(idOrFile);
    if (path.isEmpty())
        return std::unexpected(MainWindow::tr("There is no runbook \"%1\".").arg(idOrFile));
    auto runbook = RunbookLoader::loadFile(path);
    if (!runbook) {
        QStringList problems;
        for (const Diagnostic &problem : runbook.error())
            problems.append(problem.toString());
        return std::unexpected(problems.join(QLatin1Char('\n')));
    }
    return std::move(*runbook);
}

/// Every runbook the catalog knows, each loaded or with its error.
using RunbookList = QList<std::pair<QString, std::expected<Runbook, QString>>>;

RunbookList loadRunbooks()
{
    RunbookList runbooks;
    for (const QString &id : DefinitionCatalog(QStringLiteral("runbooks")).ids())
        runbooks.append({id, loadRunbook(id)});
    return runbooks;
}

/// The saved diagnoses, newest first, with the titles of their runbooks.
struct RecentDiagnoses
{
    std::expected<QList<StoredDiagnosis>, QString> stored;
    QHash<QString, LocalizedText> titles;
};

RecentDiagnoses listDiagnoses(const QString &storePath)
{
    RecentDiagnoses recent{DiagnosisStore(storePath).list(), {}};
    for (const StoredDiagnosis &entry : recent.stored.value_or(QList<StoredDiagnosis>())) {
        if (recent.titles.contains(entry.runbook))
            continue;
        const auto runbook = loadRunbook(entry.runbook);
        recent.titles.insert(entry.runbook, runbook ? runbook->title : LocalizedText{entry.runbook, entry.runbook});
    }
    return recent;
}

/// A saved diagnosis and the runbook it walked.
using SavedDiagnosis = std::expected<std::pair<DiagnosisRecord, Runbook>, QString>;

SavedDiagnosis loadDiagnosis(const QString &storePath, const QString &id)
{
    auto record = DiagnosisStore(storePath).load(id);
    if (!record)
        return std::unexpected(record.error());
    auto runbook = record->runbook();
    if (!runbook)
        return std::unexpected(runbook.error().message);
    return std::pair{std::move(*record), std::move(*runbook)};
}

} // namespace

MainWindow::MainWindow(Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
    , m_sources(new SourceRegistry(this))
    , m_versions(new SourceVersions(this))
    , m_secrets(new ConnectionSecrets(this))
    , m_connections(new ConnectionsController(m_secrets, this))
    , m_areas(new QTabWidget)
    , m_dashboardPage(new QWidget)
    , m_snapshotBanner(new QLabel)
    , m_databases(new DatabasesView)
    , m_rangeBar(new TimeRangeBar)
    , m_toolBar(new QToolBar)
    , m_languages(new QActionGroup(this))
    , m_sourceLabel(new QLabel)
    , m_statusLabel(new QLabel)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_toolBar->setObjectName(QStringLiteral("timeToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_rangeBar);
    m_rangeBar->setEnabled(false); // until a dashboard is open
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_refreshingDelay.setSingleShot(true);
    m_refreshingDelay.setInterval(kRefreshingDelayMs);
    connect(&m_refreshingDelay, &QTimer::timeout, this, &MainWindow::updateStatus);

    createActions();
    createMenus();
    m_toolBar->addSeparator();
    for (QAction *action : {m_diagnose, m_exportPdf}) {
        m_toolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    createStatusBar();
    // The dashboard and the databases share the window; the toolbar's time
    // range is the dashboard's, a refresh reads whichever area is shown.
    auto *dashboardLayout = new QVBoxLayout(m_dashboardPage);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    // A snapshot says so above its cards, so no one mistakes it for live data.
    m_snapshotBanner->setObjectName(QStringLiteral("snapshotBanner"));
    m_snapshotBanner->setWordWrap(true);
    m_snapshotBanner->setTextFormat(Qt::PlainText);
    m_snapshotBanner->setStyleSheet(
        QStringLiteral("QLabel { background: palette(tooltip-base); color: palette(tooltip-text);"
                       " padding: 0.4em 0.8em; border-bottom: 1px solid palette(mid); }"));
    m_snapshotBanner->hide();
    dashboardLayout->addWidget(m_snapshotBanner);
    m_areas->setObjectName(QStringLiteral("areas"));
    m_areas->setDocumentMode(true);
    m_areas->addTab(m_dashboardPage, QString());
    m_areas->addTab(m_databases, QString());
    setCentralWidget(m_areas);
    showPlaceholder();
    retranslate();
    restoreWindow();

    connect(m_areas, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_rangeBar, &TimeRangeBar::rangeChosen, this, &MainWindow::chooseRange);
    connect(m_rangeBar, &TimeRangeBar::zoomResetRequested, this, &MainWindow::resetZoom);
    connect(m_rangeBar, &TimeRangeBar::refreshRequested, this, [this] {
        if (databasesShown())
            m_databases->refresh();
        else if (m_session)
            m_session->refresh();
    });
    connect(m_rangeBar, &TimeRangeBar::refreshIntervalChosen, this, [this](qint64 seconds) {
        if (m_session)
            m_session->setRefreshInterval(seconds);
    });
    connect(m_rangeBar, &TimeRangeBar::pausedToggled, this, [this](bool paused) {
        if (m_session)
            m_session->setPaused(paused);
    });
}

MainWindow::~MainWindow() = default;

DashboardView *MainWindow::dashboardView() const
{
    return m_view;
}

DashboardSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::createActions()
{
    m_openDashboard = new QAction(this);
    m_openDashboard->setShortcut(QKeySequence::Open);
    m_fromFile = new QAction(this);
    connect(m_fromFile, &QAction::triggered, this, &MainWindow::chooseDashboardFile);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_exportPdf = new QAction(QIcon(QStringLiteral(":/icons/export-pdf.svg")), QString(), this);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPdf, &QAction::triggered, this, &MainWindow::chooseExportPdf);
    m_saveSnapshot = new QAction(this);
    m_saveSnapshot->setShortcut(QKeySequence::Save);
    connect(m_saveSnapshot, &QAction::triggered, this, &MainWindow::chooseSnapshotToSave);
    m_openSnapshot = new QAction(this);
    m_openSnapshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openSnapshot, &QAction::triggered, this, &MainWindow::chooseSnapshotToOpen);
    m_connectionsAction = new QAction(this);
    m_connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_connectionsAction, &QAction::triggered, this, [this] { m_connections->open(); });
    connect(m_connections, &ConnectionsController::connectionsChanged, this, &MainWindow::useConnections);
    connect(m_secrets, &ConnectionSecrets::keychainUnavailable, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    updateFileActions();
    m_diagnose = new QAction(this);
    m_diagnose->setIcon(QIcon(QStringLiteral(":/icons/diagnose.svg")));
    m_diagnose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_diagnose, &QAction::triggered, this, &MainWindow::chooseRunbook);
    m_recentDiagnoses = new QAction(this);
    connect(m_recentDiagnoses, &QAction::triggered, this, &MainWindow::showRecentDiagnoses);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // Language names are written in their own language, whatever the UI shows.
    const std::pair<QString, QString> languages[]
        = {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto &[id, name] : languages) {
        QAction *action = m_languages->addAction(name);
        action->setData(id);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, id] { m_localization->setLanguage(id); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openDashboard);
    // The list of dashboards pops up where the File menu was, by mouse or Ctrl+O alike.
    m_dashboardMenu = new QMenu(this);
    connect(m_dashboardMenu, &QMenu::aboutToShow, this, &MainWindow::fillDashboardMenu);
    connect(m_openDashboard, &QAction::triggered, this, [this] {
        const QRect file = menuBar()->actionGeometry(m_fileMenu->menuAction());
        m_dashboardMenu->popup(menuBar()->mapToGlobal(file.bottomLeft()));
    });
    m_fileMenu->addAction(m_openSnapshot);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveSnapshot);
    m_fileMenu->addAction(m_exportPdf);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_rangeBar->refreshAction());
    m_viewMenu->addAction(m_rangeBar->pauseAction());
    m_viewMenu->addAction(m_rangeBar->resetZoomAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_connectionsAction);
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    m_diagnoseMenu = menuBar()->addMenu(QString());
    m_diagnoseMenu->setToolTipsVisible(true);
    m_diagnoseMenu->addAction(m_diagnose);
    m_diagnoseMenu->addAction(m_recentDiagnoses);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::createStatusBar()
{
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_statusLabel);
}

void MainWindow::fillDashboardMenu()
{
    m_dashboardMenu->clear();
    // The previous list's group owns its actions: deleting it clears them too.
    qDeleteAll(m_dashboardMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const QString current = m_session ? m_session->dashboard().id : QString();
    const QStringList ids = DefinitionCatalog(QStringLiteral("dashboards")).ids();
    auto *choices = new QActionGroup(m_dashboardMenu);
    for (const QString &id : ids) {
        QAction *action = choices->addAction(id);
        action->setCheckable(true);
        action->setChecked(id == current);
        m_dashboardMenu->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { openDashboard(id); });
    }
    if (!ids.isEmpty())
        m_dashboardMenu->addSeparator();
    m_dashboardMenu->addAction(m_fromFile);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openDashboard->setText(tr("&Open Dashboard…"));
    m_fromFile->setText(tr("From &File…"));
    m_quit->setText(tr("&Quit"));
    m_exportPdf->setText(tr("&Export PDF…"));
    m_exportPdf->setIconText(tr("Export PDF"));
    m_exportPdf->setToolTip(tr("Write the dashboard with its KPIs and charts as a PDF report (%1)")
                                .arg(m_exportPdf->shortcut().toString(QKeySequence::NativeText)));
    m_saveSnapshot->setText(tr("&Save Snapshot…"));
    m_saveSnapshot->setToolTip(
        tr("Keep what the dashboard shows, every value and point, in a file that opens without a server"));
    m_openSnapshot->setText(tr("Open S&napshot…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_connectionsAction->setText(tr("&Connections…"));
    m_diagnoseMenu->setTitle(tr("&Diagnose"));
    m_diagnose->setText(tr("Diagnose…"));
    m_diagnose->setToolTip(tr("Walk a runbook step by step on live checks (%1)")
                               .arg(m_diagnose->shortcut().toString(QKeySequence::NativeText)));
    m_recentDiagnoses->setText(tr("&Recent Diagnoses…"));
    m_recentDiagnoses->setToolTip(tr("Review a saved diagnosis"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Lotse"));
    m_toolBar->setWindowTitle(tr("Time range"));
    m_areas->setTabText(m_areas->indexOf(m_dashboardPage), tr("Dashboard"));
    m_areas->setTabText(m_areas->indexOf(m_databases), tr("Databases"));
    m_areas->setTabToolTip(m_areas->indexOf(m_databases),
                           tr("Live lists and KPIs of the PostgreSQL, Redis and ClickHouse sources"));
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language());
    if (!m_view)
        showPlaceholder();
    updateTitle();
    updateSourceLabel();
    updateStatus();
}

QString MainWindow::language() const
{
    return m_localization ? m_localization->language() : DashboardView::currentLanguage();
}

void MainWindow::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    SourceOptions::addTo(parser);
    parser.addOption({QStringLiteral("dashboard"), tr("Built-in dashboard id or a dashboard file."), tr("ID|FILE"),
                      kDefaultDashboard});
    parser.addOption(
        {QStringLiteral("screenshot"), tr("Save a picture of the window after the first refresh."), tr("FILE")});
    parser.addOption({QStringLiteral("area"), tr("The area shown first: dashboard or databases."), tr("AREA")});
    // Options meant for others (Qt's own, future ones) are no reason to refuse to start.
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("lang")) && m_localization)
        m_localization->setLanguage(parser.value(QStringLiteral("lang")));
    m_screenshot = parser.value(QStringLiteral("screenshot"));
    const QString dashboard = parser.value(QStringLiteral("dashboard"));
    const QString area = parser.value(QStringLiteral("area"));
    const QString at = parser.value(QStringLiteral("at"));
    // Connections (a file, else the user's own) unless sources are named on the command line.
    const bool named = std::any_of(kSourceOptions.begin(), kSourceOptions.end(),
                                   [&parser](const QString &option) { return parser.isSet(option); });
    QString file = parser.value(QStringLiteral("connections"));
    if (file.isEmpty() && !named && QFile::exists(ConnectionsFile::userPath()))
        file = ConnectionsFile::userPath();
    if (!file.isEmpty()) {
        const auto connections = ConnectionsFile::read(file);
        if (connections) {
            connect(
                this, &MainWindow::sourcesReady, this, [this, dashboard, area, at] { proceed(dashboard, area, at); },
                Qt::SingleShotConnection);
            useConnections(*connections);
            return;
        }
        QStringList problems;
        for (const Diagnostic &problem : connections.error())
            problems.append(problem.toString());
        showProblem(tr("The connections file %1 cannot be used.").arg(file), problems.join(QLatin1Char('\n')));
    }
    if (!named)
        parser.parse(QStringList(arguments) << QStringLiteral("--prometheus") << kDefaultPrometheus);
    if (const auto built = SourceOptions::build(parser, *m_sources, false); !built)
        showProblem(tr("The data source cannot be used."), built.error());
    installSources(m_sources->sources(), {});
    proceed(dashboard, area, at);
}

void MainWindow::useConnections(const QList<Connection> &connections)
{
    struct Gathering
    {
        QList<Source *> sources;
        QStringList problems;
        qsizetype pending = 0;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->sources.resize(connections.size());
    gathering->pending = connections.size();
    if (connections.isEmpty()) {
        installSources({}, {});
        return;
    }
    for (qsizetype index = 0; index < connections.size(); ++index) {
        const Connection &connection = connections.at(index);
        m_secrets->find(connection, [this, gathering, connection, index](const QString &secret) {
            auto source = SourceFactory::create(connection, secret);
            if (source)
                gathering->sources[index] = *source;
            else
                gathering->problems.append(source.error());
            if (--gathering->pending > 0)
                return;
            gathering->sources.removeAll(nullptr);
            installSources(gathering->sources, gathering->problems);
        });
    }
}

void MainWindow::installSources(const QList<Source *> &sources, const QStringList &problems)
{
    if (!problems.isEmpty())
        showProblem(tr("Some connections cannot be used."), problems.join(QLatin1Char('\n')));
    if (sources != m_sources->sources()) {
        // The views let go of the old sources before the registry does.
        SourceRegistry none;
        m_databases->setSources(&none);
        m_sources->replaceAll(sources);
    }
    m_versions->probe(*m_sources); // once: reports and snapshots name every server's version
    updateSourceLabel();
    m_databases->setSources(m_sources);
    if (m_session && !m_snapshot)
        showDashboard(m_session->dashboard());
    Q_EMIT sourcesReady();
}

void MainWindow::proceed(const QString &dashboard, const QString &area, const QString &at)
{
    if (area == QLatin1String("databases"))
        showDatabases();
    if (!openDashboard(dashboard) || at.isEmpty())
        return;
    // --at: review the dashboard's span up to that instant, as a fixed range.
    if (const auto instant = SourceOptions::instantFrom(at)) {
        const qint64 span = m_session->timeRange().span();
        m_session->setTimeRange(TimeRange::absolute(instant->addSecs(-span), *instant));
    } else {
        showProblem(tr("The --at option cannot be used."), instant.error());
    }
}

void MainWindow::saveScreenshot()
{
    const QString path = std::exchange(m_screenshot, QString());
    // The window is grabbed from its own backing store, so this works under
    // Xvfb and on the offscreen platform alike.
    if (grab().save(path))
        QTextStream(stdout) << path << Qt::endl;
    else
        QTextStream(stderr) << tr("Cannot save the screenshot to %1.").arg(path) << Qt::endl;
}

bool MainWindow::openDashboard(const QString &idOrFile)
{
    const DefinitionCatalog catalog(QStringLiteral("dashboards"));
    const QString path = catalog.resolve(idOrFile);
    if (path.isEmpty()) {
        showProblem(tr("There is no dashboard \"%1\".").arg(idOrFile),
                    tr("Give a built-in id (%1) or a dashboard file.").arg(catalog.ids().join(QStringLiteral(", "))));
        return false;
    }
    auto dashboard = DashboardLoader::loadFile(path);
    if (!dashboard) {
        QStringList problems;
        for (const Diagnostic &problem : dashboard.error())
            problems.append(problem.toString());
        showProblem(tr("The dashboard %1 has errors and cannot be shown.").arg(path), problems.join(QLatin1Char('\n')));
        return false;
    }
    showDashboard(std::move(*dashboard));
    return true;
}

void MainWindow::showDashboard(Dashboard dashboard)
{
    // Every answer is recorded as it is read, so File ▸ Save Snapshot can keep it.
    auto *recorded = new SourceRegistry;
    RecordingSource::wrapAll(*m_sources, *recorded);
    auto *session = new DashboardSession(std::move(dashboard), recorded, this);
    releaseSnapshot();
    showSession(session, recorded);
}

void MainWindow::showSnapshot(std::shared_ptr<Snapshot> snapshot)
{
    auto *recorded = new SourceRegistry;
    RecordingSource::wrapAll(*snapshot->sources(), *recorded);
    DashboardSession *session = snapshot->createSession(this, recorded);
    releaseSnapshot();
    m_snapshot = std::move(snapshot);
    showSession(session, recorded);
    // A snapshot is one fixed moment: there is no other range to choose.
    m_rangeBar->setEnabled(false);
}

void MainWindow::releaseSnapshot()
{
    if (m_session) {
        // The old session may still have answers under way from the snapshot's sources.
        connect(m_session, &QObject::destroyed, this, [keep = m_snapshot] {});
        m_session->deleteLater();
    }
    m_snapshot.reset();
}

void MainWindow::showSession(DashboardSession *session, SourceRegistry *recorded)
{
    recorded->setParent(session);
    m_recorded = recorded;
    m_rangeBeforeZoom.reset();
    m_updatedAt = {};
    m_unreadable = 0;
    m_session = session;
    m_view = new DashboardView(m_session, recorded);
    setDashboardContent(m_view);
    connectSession();
    m_rangeBar->setEnabled(true);
    m_rangeBar->setTimeRange(m_session->timeRange());
    m_rangeBar->setRefreshInterval(m_session->refreshInterval());
    m_rangeBar->setPaused(m_session->isPaused());
    setZoomed(false);
    updateTitle();
    updateSourceLabel();
    updateFileActions();
    m_session->refresh();
}

void MainWindow::connectSession()
{
    connect(m_view, &DashboardView::zoomRequested, this, &MainWindow::zoomTo);
    connect(m_view, &DashboardView::zoomResetRequested, this, &MainWindow::resetZoom);
    connect(m_view, &DashboardView::diagnoseRequested, this, &MainWindow::onDiagnoseRequested);
    connect(m_session, &DashboardSession::timeRangeChanged, this,
            [this] { m_rangeBar->setTimeRange(m_session->timeRange()); });
    connect(m_session, &DashboardSession::refreshIntervalChanged, this,
            [this] { m_rangeBar->setRefreshInterval(m_session->refreshInterval()); });
    connect(m_session, &DashboardSession::pausedChanged, this, [this] {
        m_rangeBar->setPaused(m_session->isPaused());
        updateStatus();
    });
    connect(m_session, &DashboardSession::refreshStarted, this, [this] { m_refreshingDelay.start(); });
    connect(m_session, &DashboardSession::refreshFinished, this, &MainWindow::onRefreshFinished);
}

void MainWindow::showPlaceholder()
{
    if (!m_placeholder) {
        auto *label = new QLabel;
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        setDashboardContent(label);
        m_placeholder = label;
    }
    m_placeholder->setText(tr("No dashboard is open. Choose one in File ▸ Open Dashboard."));
}

void MainWindow::setDashboardContent(QWidget *content)
{
    // Later, not now: the previous view may be the sender of what led here.
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = content;
    m_dashboardPage->layout()->addWidget(content);
}

void MainWindow::showDatabases()
{
    m_areas->setCurrentWidget(m_databases);
}

bool MainWindow::databasesShown() const
{
    return m_areas->currentWidget() == m_databases;
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("Lotse"));
        return;
    }
    const QString title = m_session->dashboard().title.text(language());
    setWindowTitle(m_snapshot ? tr("Lotse — %1 — snapshot of %2").arg(title, TimeText::dateAndClock(m_snapshot->at()))
                              : tr("Lotse — %1").arg(title));
}

void MainWindow::updateSourceLabel()
{
    m_snapshotBanner->setVisible(m_snapshot != nullptr);
    if (m_snapshot) {
        const QString text
            = tr("Snapshot of %1, saved %2 in %3. It shows what was read then; no server is read.")
                  .arg(TimeText::dateAndClock(m_snapshot->at()), TimeText::dateAndClock(m_snapshot->savedAt()),
                       QDir::toNativeSeparators(m_snapshot->path()));
        m_snapshotBanner->setText(text);
        m_sourceLabel->setText(text);
        return;
    }
    QStringList parts;
    for (const Source *source : m_sources->sources())
        parts.append(tr("%1: %2").arg(source->name(), source->location()));
    m_sourceLabel->setText(parts.isEmpty() ? tr("No data source") : parts.join(QStringLiteral(" · ")));
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    // The status speaks of the dashboard; the Databases area shows its own state in each list.
    if (!m_session || databasesShown()) {
        m_statusLabel->clear();
        return;
    }
    QStringList parts;
    if (m_snapshot)
        parts.append(tr("Snapshot of %1").arg(TimeText::dateAndClock(m_snapshot->at())));
    else if (m_session->isBusy() && !m_refreshingDelay.isActive())
        parts.append(tr("Refreshing…"));
    else if (m_updatedAt.isValid())
        parts.append(tr("Updated %1").arg(TimeText::clock(m_updatedAt)));
    if (m_session->isPaused() && m_session->timeRange().isRelative())
        parts.prepend(tr("Paused"));
    if (m_unreadable > 0)
        parts.append(tr("%1 of %2 KPIs could not be read").arg(m_unreadable).arg(m_session->kpis()->rowCount()));
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::onRefreshFinished()
{
    m_refreshingDelay.stop();
    m_updatedAt = QDateTime::currentDateTime();
    const KpiModel *kpis = m_session->kpis();
    m_unreadable = 0;
    for (int row = 0; row < kpis->rowCount(); ++row) {
        if (!kpis->data(kpis->index(row), KpiModel::ErrorRole).toString().isEmpty())
            ++m_unreadable;
    }
    updateStatus();
    if (!m_screenshot.isEmpty()) {
        // Let the charts take the new points and paint before the picture.
        QTimer::singleShot(0, this, [this] {
            if (!m_screenshot.isEmpty() && !m_session->isBusy())
                saveScreenshot();
        });
    }
}

void MainWindow::chooseRange(const TimeRange &range)
{
    if (!m_session)
        return;
    m_rangeBeforeZoom.reset();
    setZoomed(false);
    m_session->setTimeRange(range);
}

void MainWindow::zoomTo(double fromSeconds, double toSeconds)
{
    if (!m_session)
        return;
    // Only the range before the first zoom matters: Reset zoom goes all the way back.
    if (!m_rangeBeforeZoom)
        m_rangeBeforeZoom = m_session->timeRange();
    setZoomed(true);
    m_session->setTimeRange(TimeRange::absolute(localTime(fromSeconds), localTime(toSeconds)));
}

void MainWindow::resetZoom()
{
    if (!m_session || !m_rangeBeforeZoom)
        return;
    const TimeRange previous = *m_rangeBeforeZoom;
    m_rangeBeforeZoom.reset();
    setZoomed(false);
    m_session->setTimeRange(previous);
}

void MainWindow::setZoomed(bool zoomed)
{
    m_rangeBar->setZoomed(zoomed);
    if (m_view)
        m_view->setZoomed(zoomed);
}

void MainWindow::onDiagnoseRequested(const QString &runbook, const QString &node)
{
    Q_EMIT diagnoseRequested(runbook, node);
    startDiagnosis(runbook, node);
}

QDateTime MainWindow::diagnosisInstant() const
{
    if (m_session && !m_session->timeRange().isRelative())
        return m_session->timeRange().to();
    return m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
}

DiagnosisWizard *MainWindow::diagnosisWizard() const
{
    return m_wizard;
}

QString MainWindow::linkedRunbook() const
{
    if (!m_session)
        return {};
    const QList<KpiSpec> &kpis = m_session->dashboard().kpis;
    const auto linked
        = std::find_if(kpis.cbegin(), kpis.cend(), [](const KpiSpec &kpi) { return !kpi.runbook.isEmpty(); });
    return linked == kpis.cend() ? QString() : linked->runbook;
}

ChoiceDialog *MainWindow::openChoices(const QString &title, const QString &prompt, const QList<ChoiceEntry> &entries,
                                      const QString &current)
{
    auto *dialog = new ChoiceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setPrompt(prompt);
    dialog->setEntries(entries, current);
    dialog->open();
    return dialog;
}

void MainWindow::chooseRunbook()
{
    statusBar()->showMessage(tr("Loading the runbooks…"));
    QtConcurrent::run(loadRunbooks).then(this, [this](RunbookList runbooks) {
        statusBar()->clearMessage();
        QList<ChoiceEntry> entries;
        for (const auto &[id, runbook] : runbooks) {
            entries.append(runbook ? ChoiceEntry{id, tr("%1 (%2)").arg(runbook->title.text(language()), id),
                                                 runbook->description.text(language()), true}
                                   : ChoiceEntry{id, tr("%1 (cannot be used)").arg(id), runbook.error(), false});
        }
        // The runbook the dashboard's cards link to comes first to hand.
        ChoiceDialog *dialog = openChoices(tr("Diagnose"),
                                           tr("Choose a runbook. Its checks are read at %1 from %2.")
                                               .arg(TimeText::dateAndClock(diagnosisInstant()), m_sourceLabel->text()),
                                           entries, linkedRunbook());
        dialog->setEmptyText(tr("No runbooks are installed."));
        dialog->setAcceptText(tr("Start Diagnosis"));
        connect(dialog, &ChoiceDialog::chosen, this, [this, runbooks](const QString &id) {
            for (const auto &[candidate, runbook] : runbooks) {
                if (candidate == id && runbook)
                    openWizard(*runbook, {});
            }
        });
    });
}

void MainWindow::startDiagnosis(const QString &runbook, const QString &node)
{
    QtConcurrent::run(loadRunbook, runbook).then(this, [this, runbook, node](std::expected<Runbook, QString> loaded) {
        if (!loaded) {
            showProblem(tr("The runbook \"%1\" cannot be used.").arg(runbook), loaded.error());
            return;
        }
        openWizard(std::move(*loaded), node);
    });
}

void MainWindow::openWizard(Runbook runbook, const QString &node)
{
    auto *session = new DiagnosisSession(std::move(runbook), m_sources, diagnosisInstant());
    auto *wizard = new DiagnosisWizard(session, DiagnosisWizard::Mode::Walk, this);
    // Saved when the engineer finishes; the wizard and its session go when it closes.
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        if (wizard->session())
            saveDiagnosis(*wizard->session());
    });
    wizard->start(node);
    showWizard(wizard);
}

void MainWindow::showWizard(DiagnosisWizard *wizard)
{
    connect(wizard, &DiagnosisWizard::reportRequested, this, [this, wizard] { chooseReportFor(wizard); });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Modeless, not open(): that would be window-modal, and the dashboard must
    // stay usable while the engineer walks the runbook.
    wizard->setWindowModality(Qt::NonModal);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    m_wizard = wizard;
    Q_EMIT diagnosisStarted(wizard);
}

void MainWindow::saveDiagnosis(const DiagnosisSession &session)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = DiagnosisStore::defaultPath();
    const DiagnosisRecord record = DiagnosisRecord::of(session);
    const QString verdict = DiagnosisSession::verdictId(session.verdict());
    QtConcurrent::run([path, id, record, verdict] {
        return DiagnosisStore(path).save(id, record, verdict);
    }).then(this, [this, id](std::expected<void, QString> saved) {
        if (!saved) {
            showProblem(tr("The diagnosis could not be saved."), saved.error());
            return;
        }
        statusBar()->showMessage(tr("Diagnosis saved; Diagnose ▸ Recent Diagnoses shows it again."), 6000);
        Q_EMIT diagnosisSaved(id);
    });
}

void MainWindow::showRecentDiagnoses()
{
    QtConcurrent::run(listDiagnoses, DiagnosisStore::defaultPath()).then(this, [this](RecentDiagnoses recent) {
        if (!recent.stored) {
            showProblem(tr("The saved diagnoses cannot be listed."), recent.stored.error());
            return;
        }
        QList<ChoiceEntry> entries;
        for (const StoredDiagnosis &entry : *recent.stored) {
            const QString title = recent.titles.value(entry.runbook).text(language());
            entries.append({entry.id,
                            tr("%1 at %2: %3")
                                .arg(title, TimeText::dateAndClock(entry.at), FindingsPage::verdictName(entry.verdict)),
                            tr("Runbook %1, version %2; saved %3.")
                                .arg(entry.runbook)
                                .arg(entry.version)
                                .arg(TimeText::dateAndClock(entry.updated)),
                            true});
        }
        ChoiceDialog *dialog = openChoices(tr("Recent Diagnoses"),
                                           tr("Saved diagnoses open read-only, as they were finished."), entries);
        dialog->setEmptyText(tr("No diagnosis has been saved yet."));
        dialog->setAcceptText(tr("Open"));
        connect(dialog, &ChoiceDialog::chosen, this, &MainWindow::openSavedDiagnosis);
    });
}

void MainWindow::openSavedDiagnosis(const QString &id)
{
    QtConcurrent::run(loadDiagnosis, DiagnosisStore::defaultPath(), id).then(this, [this](SavedDiagnosis saved) {
        if (!saved) {
            showProblem(tr("The saved diagnosis cannot be opened."), saved.error());
            return;
        }
        auto &[record, runbook] = *saved;
        auto session = record.restore(std::move(runbook), m_sources);
        if (!session) {
            showProblem(tr("The saved diagnosis cannot be opened."), session.error().message);
            return;
        }
        showWizard(new DiagnosisWizard(session->release(), DiagnosisWizard::Mode::Review, this));
    });
}

void MainWindow::chooseDashboardFile()
{
    const QString directory = DefinitionCatalog(QStringLiteral("dashboards")).userDirectory();
    auto *dialog = new QFileDialog(this, tr("Open Dashboard"), directory, tr("Dashboards (*.yaml *.yml)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { openDashboard(file); });
    dialog->open();
}

void MainWindow::updateFileActions()
{
    const bool shown = m_session != nullptr;
    m_exportPdf->setEnabled(shown);
    m_saveSnapshot->setEnabled(shown);
}

QList<SourceInfo> MainWindow::sourceVersions() const
{
    return m_snapshot ? m_snapshot->data().sources : m_versions->sources();
}

ReportOptions MainWindow::reportOptions() const
{
    const QSettings settings;
    ReportOptions options;
    options.pageSize = ReportOptions::pageSizeFrom(settings.value(kReportPageKey).toString()).value_or(QPageSize::A4);
    options.orientation = ReportOptions::orientationFrom(settings.value(kReportOrientationKey).toString())
                              .value_or(QPageLayout::Portrait);
    options.language = language();
    if (m_snapshot)
        options.snapshotSavedAt = m_snapshot->savedAt();
    return options;
}

QString MainWindow::suggestedPath(const QString &stem, const QString &suffix) const
{
    // The folder used last, else Documents where there is one, else home.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString directory
        = QSettings().value(kFileDirectoryKey, QDir(documents).exists() ? documents : QDir::homePath()).toString();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return QDir(directory).filePath(QStringLiteral("%1-%2.%3").arg(stem, stamp, suffix));
}

void MainWindow::chooseExportPdf()
{
    if (!m_session)
        return;
    auto *dialog
        = new ExportPdfDialog(suggestedPath(m_session->dashboard().id, QStringLiteral("pdf")), reportOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { exportPdf(dialog->path(), dialog->options()); });
    dialog->open();
}

void MainWindow::chooseReportFor(DiagnosisWizard *wizard)
{
    const DiagnosisSession *session = wizard->session();
    if (!session)
        return;
    auto *dialog
        = new ExportPdfDialog(suggestedPath(session->runbook().id, QStringLiteral("pdf")), reportOptions(), wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, wizard = QPointer(wizard)] {
        if (wizard)
            exportDiagnosisReport(wizard, dialog->path(), dialog->options());
    });
    dialog->open();
}

void MainWindow::exportPdf(const QString &path, const ReportOptions &options)
{
    if (!m_session)
        return;
    if (!m_snapshot && !m_versions->isFinished()) {
        // The title block names every server's version: wait for the last to answer.
        statusBar()->showMessage(tr("Asking the servers for their versions…"));
        connect(
            m_versions, &SourceVersions::finished, this, [this, path, options] { exportPdf(path, options); },
            Qt::SingleShotConnection);
        return;
    }
    // The report copies what is shown now; refreshes while it is written change nothing in it.
    const DashboardPdf pdf(*m_session, sourceVersions(), options);
    runExport(path, [pdf](QIODevice *out) { return pdf.begin(out); });
    QSettings settings;
    settings.setValue(kReportPageKey,
                      options.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(kReportOrientationKey,
                      options.orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                    : QStringLiteral("portrait"));
}

void MainWindow::exportDiagnosisReport(const DiagnosisWizard *wizard, const QString &path, const ReportOptions &options)
{
    if (!wizard || !wizard->session())
        return;
    ReportOptions report = options;
    report.snapshotSavedAt.reset(); // a diagnosis reads its own sources, not the snapshot
    const DiagnosisPdf pdf(*wizard->session(), m_versions->sources(), report);
    runExport(path, [pdf](QIODevice *out) { return pdf.begin(out); });
}

void MainWindow::runExport(const QString &path, const ReportExport::Layout &layout)
{
    QSettings().setValue(kFileDirectoryKey, QFileInfo(path).absolutePath());
    ReportExport *job = ReportExport::start(path, layout, this);
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    connect(job, &ReportExport::finished, this, [this](const QString &written) {
        statusBar()->showMessage(tr("PDF written to %1.").arg(QDir::toNativeSeparators(written)), 8000);
        Q_EMIT pdfExported(written);
    });
    connect(job, &ReportExport::canceled, this,
            [this] { statusBar()->showMessage(tr("Export canceled; no file was changed."), 6000); });
    connect(job, &ReportExport::failed, this,
            [this](const QString &message) { fail(tr("The PDF could not be written."), message); });
}

void MainWindow::chooseSnapshotToSave()
{
    if (!m_session)
        return;
    auto *dialog
        = new QFileDialog(this, tr("Save Snapshot"), suggestedPath(m_session->dashboard().id, QStringLiteral("lotse")),
                          tr("Lotse snapshots (*.lotse)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("lotse"));
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::saveSnapshot);
    dialog->open();
}

void MainWindow::saveSnapshot(const QString &path)
{
    if (!m_session || !m_recorded)
        return;
    if (m_session->isBusy()) {
        // What is being read belongs in the snapshot: save once it is in.
        connect(
            m_session, &DashboardSession::refreshFinished, this, [this, path] { saveSnapshot(path); },
            Qt::SingleShotConnection);
        return;
    }
    auto data = SnapshotFile::capture(*m_session, *m_recorded, sourceVersions());
    if (!data) {
        fail(tr("The snapshot could not be saved."), data.error().message);
        return;
    }
    QSettings().setValue(kFileDirectoryKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run([path, data = std::move(*data)] {
        return SnapshotFile::write(path, data);
    }).then(this, [this, path](std::expected<void, Error> written) {
        if (!written) {
            fail(tr("The snapshot could not be saved."), written.error().message);
            return;
        }
        statusBar()->showMessage(tr("Snapshot saved to %1.").arg(QDir::toNativeSeparators(path)), 8000);
        Q_EMIT snapshotSaved(path);
    });
}

void MainWindow::chooseSnapshotToOpen()
{
    const QString directory = QSettings().value(kFileDirectoryKey).toString();
    auto *dialog = new QFileDialog(this, tr("Open Snapshot"), directory, tr("Lotse snapshots (*.lotse)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openSnapshot);
    dialog->open();
}

void MainWindow::openSnapshot(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    QtConcurrent::run(SnapshotFile::read, path).then(this, [this, path](std::expected<SnapshotData, Error> data) {
        statusBar()->clearMessage();
        auto snapshot = data ? Snapshot::fromData(std::move(*data), path) : std::unexpected(data.error());
        if (!snapshot) {
            fail(tr("The snapshot %1 cannot be opened.").arg(QDir::toNativeSeparators(path)), snapshot.error().message);
            return;
        }
        showSnapshot(std::make_shared<Snapshot>(std::move(*snapshot)));
        Q_EMIT snapshotOpened(path);
    });
}

void MainWindow::fail(const QString &text, const QString &details)
{
    statusBar()->clearMessage();
    showProblem(text, details);
    Q_EMIT fileFailed(details);
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

void MainWindow::showProblem(const QString &text, const QString &details)
{
    // Not exec(): the window keeps refreshing while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lotse"), text, QMessageBox::Close, this);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreWindow()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace lotse
