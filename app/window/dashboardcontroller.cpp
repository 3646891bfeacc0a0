#include "window/dashboardcontroller.h"

#include "variables/variablebinder.h"
#include "commands/sourceoptions.h"
#include "dashboard/comparepicker.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/timerangebar.h"
#include "definitions/dashboardloader.h"
#include "definitions/definitioncatalog.h"
#include "snapshot/recordingsource.h"
#include "snapshot/snapshot.h"
#include "common/timetext.h"
#include "sources/sourceregistry.h"
#include "sources/sourceversions.h"
#include "dashboard/kpicard.h"
#include "diagnosis/diagnosisfiles.h"
#include "window/notifier.h"
#include "window/sourcescontroller.h"
#include "variables/variablescontroller.h"

#include <QFileDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextStream>
#include <QWidget>

namespace lotse {

namespace {

/// A refresh shorter than this is not worth a "Refreshing…" flashing by.
constexpr int kRefreshingDelayMs = 300;

QDateTime localTime(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)));
}

} // namespace

DashboardController::DashboardController(SourcesController *sources, TimeRangeBar *rangeBar, VariableBar *variableBar,
                                         QWidget *variableHolder, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_sources(sources)
    , m_rangeBar(rangeBar)
    , m_notifier(notifier)
    , m_pickers(new VariablesController(sources, variableBar, variableHolder, this))
    , m_window(window)
{
    connect(m_pickers, &VariablesController::resolved, this, &DashboardController::onVariablesResolved);
    connect(m_pickers, &VariablesController::chosen, this, &DashboardController::onVariablesChosen);
    m_rangeBar->setEnabled(false); // until a dashboard is open
    m_refreshingDelay.setSingleShot(true);
    m_refreshingDelay.setInterval(kRefreshingDelayMs);
    connect(&m_refreshingDelay, &QTimer::timeout, this, &DashboardController::statusChanged);
    connectRangeBar();
}

DashboardSession *DashboardController::session() const
{
    return m_session;
}

DashboardView *DashboardController::view() const
{
    return m_view;
}

SourceRegistry *DashboardController::recorded() const
{
    return m_recorded;
}

QList<SourceInfo> DashboardController::sourceVersions() const
{
    return m_snapshot ? m_snapshot->data().sources : m_sources->versions()->sources();
}

void DashboardController::setComparePicker(ComparePicker *picker)
{
    m_comparePicker = picker;
    picker->setEnabled(false); // until a dashboard is open
    connect(picker, &ComparePicker::periodChosen, this, [this](qint64 seconds) {
        if (m_session)
            m_session->setComparePeriod(seconds);
    });
}

bool DashboardController::open(const QString &idOrFile)
{
    return openUntil(idOrFile, std::nullopt);
}

bool DashboardController::openUntil(const QString &idOrFile, const std::optional<QDateTime> &end)
{
    const DefinitionCatalog catalog(QStringLiteral("dashboards"));
    const QString path = catalog.resolve(idOrFile);
    if (path.isEmpty()) {
        m_notifier->showProblem(
            tr("There is no dashboard \"%1\".").arg(idOrFile),
            tr("Give a built-in id (%1) or a dashboard file.").arg(catalog.ids().join(QStringLiteral(", "))));
        return false;
    }
    auto dashboard = DashboardLoader::loadFile(path);
    if (!dashboard) {
        m_notifier->showProblem(tr("The dashboard %1 has errors and cannot be shown.").arg(path),
                                diagnosticsText(dashboard.error()));
        return false;
    }
    // --at: the dashboard's span up to that instant, as a fixed range; its variables are read there too.
    if (end) {
        const qint64 span = dashboard->range.span();
        dashboard->range = TimeRange::absolute(end->addSecs(-span), *end);
    }
    const VariableValues chosen = m_variables.only(dashboard->variables);
    return bindAndShow(std::move(*dashboard), chosen, path);
}

bool DashboardController::bindAndShow(Dashboard dashboard, const VariableValues &chosen, const QString &name)
{
    m_waiting.reset();
    if (!VariableBinder::effective(dashboard.variables, chosen)) {
        // A variable read from a source, with no default: its values are read first.
        const QList<VariableSpec> specs = dashboard.variables;
        const TimeWindow window = dashboard.range.resolve(QDateTime::currentDateTimeUtc());
        m_waiting = std::move(dashboard);
        m_waitingName = name;
        m_pickers->resolve(specs, chosen, window);
        return true;
    }
    if (!showBound(std::move(dashboard), chosen, name))
        return false;
    readVariables();
    return true;
}

bool DashboardController::showBound(Dashboard dashboard, const VariableValues &values, const QString &name)
{
    auto bound = VariableBinder::bind(std::move(dashboard), values);
    if (!bound) {
        m_notifier->showProblem(tr("The dashboard %1 cannot take these variables.").arg(name), bound.error());
        return false;
    }
    showDashboard(std::move(*bound));
    return true;
}

void DashboardController::onVariablesResolved(const VariableValues &values)
{
    if (!m_waiting)
        return;
    Dashboard dashboard = std::move(*m_waiting);
    m_waiting.reset();
    showBound(std::move(dashboard), values, m_waitingName);
}

void DashboardController::onVariablesChosen(const VariableValues &values)
{
    if (!m_session || m_snapshot)
        return;
    // The pick changes what is read, not when: the range, refresh and pause stay.
    Dashboard dashboard = m_session->dashboard();
    dashboard.range = m_session->timeRange();
    dashboard.refreshSeconds = m_session->refreshInterval();
    const bool paused = m_session->isPaused();
    const std::optional<qint64> compare = m_session->chosenComparePeriod();
    const QString name = dashboard.id;
    bindAndShow(std::move(dashboard), values, name);
    if (m_session && !m_waiting) {
        m_session->setPaused(paused);
        if (compare) {
            m_session->setComparePeriod(*compare);
            if (m_comparePicker)
                m_comparePicker->setPeriod(*compare);
        }
    }
}

bool DashboardController::isReadingVariables() const
{
    return m_pickers->isBusy();
}

void DashboardController::readVariables()
{
    const Dashboard &dashboard = m_session->dashboard();
    m_pickers->resolve(dashboard.variables, dashboard.values, m_session->currentWindow());
}

void DashboardController::openAt(const QString &idOrFile, const QString &at)
{
    if (at.isEmpty()) {
        open(idOrFile);
        return;
    }
    const auto instant = SourceOptions::instantFrom(at);
    openUntil(idOrFile, instant ? std::optional<QDateTime>(*instant) : std::nullopt);
    if (!instant)
        m_notifier->showProblem(tr("The --at option cannot be used."), instant.error());
}

void DashboardController::chooseFile()
{
    const QString directory = DefinitionCatalog(QStringLiteral("dashboards")).userDirectory();
    auto *dialog = new QFileDialog(m_window, tr("Open Dashboard"), directory, tr("Dashboards (*.yaml *.yml)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { open(file); });
    dialog->open();
}

void DashboardController::reopen()
{
    if (m_session && !m_snapshot) {
        showDashboard(m_session->dashboard());
        readVariables();
    }
}

void DashboardController::showDashboard(Dashboard dashboard)
{
    // Every answer is recorded as it is read, so File ▸ Save Snapshot can keep it.
    auto *recorded = new SourceRegistry;
    RecordingSource::wrapAll(*m_sources->sources(), *recorded);
    auto *session = new DashboardSession(std::move(dashboard), recorded, this);
    releaseSnapshot();
    showSession(session, recorded);
}

void DashboardController::showSnapshot(std::shared_ptr<Snapshot> snapshot)
{
    auto *recorded = new SourceRegistry;
    RecordingSource::wrapAll(*snapshot->sources(), *recorded);
    DashboardSession *session = snapshot->createSession(this, recorded);
    releaseSnapshot();
    m_snapshot = std::move(snapshot);
    showSession(session, recorded);
    m_pickers->showFixed(m_session->dashboard().variables, m_session->dashboard().values);
    // A snapshot is one fixed moment: there is no other range to choose, nor another period.
    m_rangeBar->setEnabled(false);
    if (m_comparePicker)
        m_comparePicker->setEnabled(false);
}

void DashboardController::releaseSnapshot()
{
    if (m_session) {
        // The old session may still have answers under way from the snapshot's sources.
        connect(m_session, &QObject::destroyed, this, [keep = m_snapshot] {});
        m_session->deleteLater();
    }
    m_snapshot.reset();
}

void DashboardController::showSession(DashboardSession *session, SourceRegistry *recorded)
{
    // A dashboard still waiting for its variables would replace this one
    // (a snapshot, a reopened dashboard) once they were read.
    m_waiting.reset();
    recorded->setParent(session);
    m_recorded = recorded;
    m_rangeBeforeZoom.reset();
    m_updatedAt = {};
    m_unreadable = 0;
    m_session = session;
    m_view = new DashboardView(m_session, recorded);
    Q_EMIT shown(m_view);
    connectSession();
    nameRunbooks();
    m_rangeBar->setEnabled(true);
    m_rangeBar->setTimeRange(m_session->timeRange());
    m_rangeBar->setRefreshInterval(m_session->refreshInterval());
    m_rangeBar->setPaused(m_session->isPaused());
    if (m_comparePicker) {
        m_comparePicker->setEnabled(true);
        m_comparePicker->setPeriod(m_session->comparePeriod());
    }
    setZoomed(false);
    // A window on screen lays the charts out first: they are read at their width, once.
    if (m_window->isVisible())
        m_session->awaitChartWidths();
    hideFoldedSections();
    m_session->refresh();
}

void DashboardController::hideFoldedSections()
{
    // A section folded when the dashboard opens is not read, not even once:
    // the view tells what is on screen only after its first layout.
    for (int row = 0; row < m_session->kpis()->rowCount(); ++row) {
        if (m_view->isSectionCollapsed(m_session->kpis()->spec(row).section))
            m_session->setKpiShown(row, false);
    }
    for (int index = 0; index < m_session->chartCount(); ++index) {
        if (m_view->isSectionCollapsed(m_session->dashboard().charts.at(index).section))
            m_session->setChartShown(index, false);
    }
}

void DashboardController::connectRangeBar()
{
    connect(m_rangeBar, &TimeRangeBar::rangeChosen, this, &DashboardController::chooseRange);
    connect(m_rangeBar, &TimeRangeBar::zoomResetRequested, this, &DashboardController::resetZoom);
    connect(m_rangeBar, &TimeRangeBar::refreshIntervalChosen, this, [this](qint64 seconds) {
        if (m_session)
            m_session->setRefreshInterval(seconds);
    });
    connect(m_rangeBar, &TimeRangeBar::pausedToggled, this, [this](bool paused) {
        if (m_session)
            m_session->setPaused(paused);
    });
}

void DashboardController::connectSession()
{
    connect(m_view, &DashboardView::zoomRequested, this, &DashboardController::zoomTo);
    connect(m_view, &DashboardView::zoomResetRequested, this, &DashboardController::resetZoom);
    connect(m_view, &DashboardView::diagnoseRequested, this, &DashboardController::diagnoseRequested);
    // What is not on screen is not read (the view does no I/O; the session reads).
    connect(m_view, &DashboardView::panelsShownChanged, this, [this, view = m_view] {
        // A view being replaced says, as it hides, that nothing of it is
        // shown: that is about its own session, not the one replacing it.
        if (view != m_view)
            return;
        for (int row = 0; row < m_session->kpis()->rowCount(); ++row)
            m_session->setKpiShown(row, m_view->isCardShown(row));
        for (int index = 0; index < m_session->chartCount(); ++index)
            m_session->setChartShown(index, m_view->isChartShown(index));
    });
    connect(m_session, &DashboardSession::timeRangeChanged, this,
            [this] { m_rangeBar->setTimeRange(m_session->timeRange()); });
    connect(m_session, &DashboardSession::refreshIntervalChanged, this,
            [this] { m_rangeBar->setRefreshInterval(m_session->refreshInterval()); });
    connect(m_session, &DashboardSession::pausedChanged, this, [this] {
        m_rangeBar->setPaused(m_session->isPaused());
        Q_EMIT statusChanged();
    });
    connect(m_session, &DashboardSession::refreshStarted, this, [this] { m_refreshingDelay.start(); });
    connect(m_session, &DashboardSession::refreshFinished, this, &DashboardController::onRefreshFinished);
}

void DashboardController::nameRunbooks()
{
    // The list arrives from a worker; by then another dashboard or a snapshot
    // may have replaced the view or its session, and Qt 6.4 still runs the
    // continuation of a destroyed context.
    const QPointer<DashboardView> view = m_view;
    const QPointer<DashboardSession> session = m_session;
    QtConcurrent::run(DiagnosisFiles::runbooks).then(this, [view, session](DiagnosisFiles::RunbookList runbooks) {
        if (!view || !session || view->session() != session)
            return;
        for (KpiCard *card : view->cards()) {
            const KpiSpec &spec = view->session()->kpis()->spec(card->row());
            for (const auto &[id, runbook] : runbooks) {
                if (id != spec.runbook || !runbook)
                    continue;
                const RunbookNode *node = spec.node.isEmpty() ? nullptr : runbook->node(spec.node);
                card->setRunbookTitles(runbook->title, node ? node->title : LocalizedText{});
            }
        }
    });
}

void DashboardController::refresh()
{
    if (m_session)
        m_session->refresh();
}

QString DashboardController::statusText() const
{
    if (!m_session)
        return {};
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
    return parts.join(QStringLiteral(" · "));
}

void DashboardController::onRefreshFinished()
{
    m_refreshingDelay.stop();
    m_updatedAt = QDateTime::currentDateTime();
    const KpiModel *kpis = m_session->kpis();
    m_unreadable = 0;
    for (int row = 0; row < kpis->rowCount(); ++row) {
        if (!kpis->data(kpis->index(row), KpiModel::ErrorRole).toString().isEmpty())
            ++m_unreadable;
    }
    Q_EMIT statusChanged();
    if (!m_screenshot.isEmpty()) {
        // Let the charts take the new points and paint before the picture.
        QTimer::singleShot(0, this, [this] {
            if (!m_screenshot.isEmpty() && !m_session->isBusy())
                saveScreenshot();
        });
    }
}

void DashboardController::chooseRange(const TimeRange &range)
{
    if (!m_session)
        return;
    m_rangeBeforeZoom.reset();
    setZoomed(false);
    m_session->setTimeRange(range);
}

void DashboardController::zoomTo(double fromSeconds, double toSeconds)
{
    if (!m_session)
        return;
    // Only the range before the first zoom matters: Reset zoom goes all the way back.
    if (!m_rangeBeforeZoom)
        m_rangeBeforeZoom = m_session->timeRange();
    setZoomed(true);
    m_session->setTimeRange(TimeRange::absolute(localTime(fromSeconds), localTime(toSeconds)));
}

void DashboardController::resetZoom()
{
    if (!m_session || !m_rangeBeforeZoom)
        return;
    const TimeRange previous = *m_rangeBeforeZoom;
    m_rangeBeforeZoom.reset();
    setZoomed(false);
    m_session->setTimeRange(previous);
}

void DashboardController::setZoomed(bool zoomed)
{
    m_rangeBar->setZoomed(zoomed);
    if (m_view)
        m_view->setZoomed(zoomed);
}

void DashboardController::saveScreenshotTo(const QString &path)
{
    m_screenshot = path;
}

void DashboardController::saveScreenshot()
{
    const QString path = std::exchange(m_screenshot, QString());
    // The window is grabbed from its own backing store, so this works under
    // Xvfb and on the offscreen platform alike.
    if (m_window->grab().save(path))
        QTextStream(stdout) << path << Qt::endl;
    else
        QTextStream(stderr) << tr("Cannot save the screenshot to %1.").arg(path) << Qt::endl;
}

} // namespace lotse
