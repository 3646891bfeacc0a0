#include "mainwindow.h"

#include "dashboardloader.h"
#include "dashboardsession.h"
#include "dashboardview.h"
#include "definitioncatalog.h"
#include "localization.h"
#include "sourceoptions.h"
#include "sourceregistry.h"
#include "timerangebar.h"
#include "timetext.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QLabel>
#include <QTextStream>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace lotse {

namespace {

const QString kDefaultPrometheus = QStringLiteral("http://127.0.0.1:9090");
const QString kDefaultDashboard = QStringLiteral("demo");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
/// A refresh shorter than this is not worth a "Refreshing…" flashing by.
constexpr int kRefreshingDelayMs = 300;

QDateTime localTime(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)));
}

} // namespace

MainWindow::MainWindow(Localization *localization, QWidget *parent)
    : QMainWindow(parent)
    , m_localization(localization)
    , m_sources(new SourceRegistry(this))
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
    m_rangeBar->setEnabled(false);  // until a dashboard is open
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_refreshingDelay.setSingleShot(true);
    m_refreshingDelay.setInterval(kRefreshingDelayMs);
    connect(&m_refreshingDelay, &QTimer::timeout, this, &MainWindow::updateStatus);

    createActions();
    createMenus();
    createStatusBar();
    showPlaceholder();
    retranslate();
    restoreWindow();

    connect(m_rangeBar, &TimeRangeBar::rangeChosen, this, &MainWindow::chooseRange);
    connect(m_rangeBar, &TimeRangeBar::zoomResetRequested, this, &MainWindow::resetZoom);
    connect(m_rangeBar, &TimeRangeBar::refreshRequested, this, [this] {
        if (m_session)
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
    m_diagnose = new QAction(this);
    m_diagnose->setIcon(QIcon(QStringLiteral(":/icons/diagnose.svg")));
    m_diagnose->setEnabled(false);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    // Language names are written in their own language, whatever the UI shows.
    const std::pair<QString, QString> languages[] = {{QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("de"), QStringLiteral("Deutsch")}};
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
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_rangeBar->refreshAction());
    m_viewMenu->addAction(m_rangeBar->pauseAction());
    m_viewMenu->addAction(m_rangeBar->resetZoomAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    m_diagnoseMenu = menuBar()->addMenu(QString());
    m_diagnoseMenu->setToolTipsVisible(true);
    m_diagnoseMenu->addAction(m_diagnose);

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
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_diagnoseMenu->setTitle(tr("&Diagnose"));
    m_diagnose->setText(tr("Diagnose…"));
    m_diagnose->setToolTip(tr("Guided diagnosis is coming"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Lotse"));
    m_toolBar->setWindowTitle(tr("Time range"));
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
    parser.addOption({QStringLiteral("screenshot"), tr("Save a picture of the window after the first refresh."),
                      tr("FILE")});
    // Options meant for others (Qt's own, future ones) are no reason to refuse to start.
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("lang")) && m_localization)
        m_localization->setLanguage(parser.value(QStringLiteral("lang")));
    if (!parser.isSet(QStringLiteral("prometheus")))
        parser.parse(QStringList(arguments) << QStringLiteral("--prometheus") << kDefaultPrometheus);
    if (const auto built = SourceOptions::build(parser, *m_sources); !built)
        showProblem(tr("The data source cannot be used."), built.error());
    updateSourceLabel();
    m_screenshot = parser.value(QStringLiteral("screenshot"));
    if (!openDashboard(parser.value(QStringLiteral("dashboard"))) || !parser.isSet(QStringLiteral("at")))
        return;
    // --at: review the dashboard's span up to that instant, as a fixed range.
    if (const auto at = SourceOptions::instant(parser)) {
        const qint64 span = m_session->timeRange().span();
        m_session->setTimeRange(TimeRange::absolute(at->addSecs(-span), *at));
    } else {
        showProblem(tr("The --at option cannot be used."), at.error());
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
    if (m_session)
        m_session->deleteLater();
    m_rangeBeforeZoom.reset();
    m_updatedAt = {};
    m_unreadable = 0;
    m_session = new DashboardSession(std::move(dashboard), m_sources, this);
    m_view = new DashboardView(m_session, m_sources);
    setCentralWidget(m_view);  // the previous view goes with deleteLater
    connectSession();
    m_rangeBar->setEnabled(true);
    m_rangeBar->setTimeRange(m_session->timeRange());
    m_rangeBar->setRefreshInterval(m_session->refreshInterval());
    m_rangeBar->setPaused(m_session->isPaused());
    setZoomed(false);
    updateTitle();
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
    auto *label = qobject_cast<QLabel *>(centralWidget());
    if (!label) {
        label = new QLabel;
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        setCentralWidget(label);
    }
    label->setText(tr("No dashboard is open. Choose one in File ▸ Open Dashboard."));
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("Lotse"));
        return;
    }
    setWindowTitle(tr("Lotse — %1").arg(m_session->dashboard().title.text(language())));
}

void MainWindow::updateSourceLabel()
{
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
    if (!m_session) {
        m_statusLabel->clear();
        return;
    }
    QStringList parts;
    if (m_session->isBusy() && !m_refreshingDelay.isActive())
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
    statusBar()->showMessage(tr("Guided diagnosis with runbook \"%1\" is coming.").arg(runbook), 6000);
    Q_EMIT diagnoseRequested(runbook, node);
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
