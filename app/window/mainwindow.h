#pragma once

#include "common/theme.h"
#include "layout/reportoptions.h"
#include "window/dashboardcontroller.h"
#include "diagnosis/diagnosiscontroller.h"
#include "reports/exportcontroller.h"
#include "reports/snapshotcontroller.h"
#include "window/sourcescontroller.h"
#include "window/windowactions.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace lotse {

class AlertsController;
class AlertsView;
class ComparePicker;
class ConnectionsController;
class DashboardPage;
class GrafanaImportController;
class DatabasesView;
class VariableBar;
class WelcomePage;
class Localization;
class Notifier;
class WelcomeController;
class WindowSettings;

/// The desktop application's window: menus, the time-range toolbar, two areas
/// in tabs (the dashboard, and the Databases: a tab per database source with
/// its lists and cards) and a status line. It builds them and wires them to
/// the controllers that do the work: sources, dashboard, snapshots, export
/// and diagnosis.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localization *localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads the command line (StartupOptions), sets the sources up, opens the
    /// dashboard and starts refreshing it; the database sources get the Databases area.
    void start(const QStringList &arguments);

    // What the window shows and does (for tests too); the controllers do the work.
    DashboardView *dashboardView() const { return m_dashboards->view(); }
    DashboardSession *session() const { return m_dashboards->session(); }
    /// The snapshot shown, while one is.
    const Snapshot *snapshot() const { return m_dashboards->snapshot(); }
    /// The live sources the window reads (a snapshot's are its own).
    SourceRegistry *sources() const { return m_sources->sources(); }
    /// Settings ▸ Connections…: the dialog is run by this controller.
    ConnectionsController *connections() const { return m_sources->connections(); }
    /// The Databases area (its placeholder when no database source is configured).
    DatabasesView *databasesView() const { return m_databases; }
    /// The Alerts area and its controller.
    AlertsView *alertsView() const { return m_alertsView; }
    AlertsController *alerts() const { return m_alerts; }
    /// File ▸ Import Grafana Dashboard…
    GrafanaImportController *grafanaImport() const { return m_grafana; }
    /// The tabs that switch between the dashboard, the Databases and the Alerts area.
    QTabWidget *areas() const { return m_areas; }
    void showDatabases();
    TimeRangeBar *timeRangeBar() const { return m_rangeBar; }
    ComparePicker *comparePicker() const { return m_comparePicker; }
    VariableBar *variableBar() const { return m_variableBar; }
    /// Whether the values of the dashboard's variables are being read.
    bool isReadingVariables() const { return m_dashboards->isReadingVariables(); }
    /// View ▸ Theme: applies @p mode and keeps it for the next start.
    void setTheme(Theme::Mode mode);
    /// The welcome page of a first start, while it is shown.
    WelcomePage *welcomePage() const;
    QAction *exportPdfAction() const { return m_actions.exportPdf; }
    /// The text of the status line's right part ("Updated 12:00:00", …).
    QString statusText() const;
    /// DiagnosisController::start(); diagnosisStarted() follows.
    void startDiagnosis(const QString &runbook, const QString &node = {}) { m_diagnosis->start(runbook, node); }
    /// DiagnosisController::openSaved(); diagnosisStarted() follows.
    void openSavedDiagnosis(const QString &id) { m_diagnosis->openSaved(id); }
    DiagnosisWizard *diagnosisWizard() const { return m_diagnosis->wizard(); }
    /// ExportController::exportDashboard(); pdfExported() or fileFailed() follows.
    void exportPdf(const QString &path, const ReportOptions &options) { m_exports->exportDashboard(path, options); }
    /// SnapshotController::save(); snapshotSaved() follows.
    void saveSnapshot(const QString &path) { m_snapshots->save(path); }
    /// SnapshotController::open(); snapshotOpened() follows.
    void openSnapshot(const QString &path) { m_snapshots->open(path); }

Q_SIGNALS:
    /// A KPI card asked to diagnose with @p runbook from @p node.
    void diagnoseRequested(const QString &runbook, const QString &node);
    /// A diagnosis wizard opened: a new walk or a saved one under review.
    void diagnosisStarted(lotse::DiagnosisWizard *wizard);
    /// A finished diagnosis was saved as @p id in the diagnosis store.
    void diagnosisSaved(const QString &id);
    void pdfExported(const QString &path);
    /// An export or a snapshot could not be written or read; the user was told why.
    void fileFailed(const QString &message);
    void snapshotSaved(const QString &path);
    void snapshotOpened(const QString &path);
    /// The sources were set up: from the command line at once, or from connections once their secrets are found.
    void sourcesReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Diagnose and Export PDF lose their words when the toolbar would
    /// otherwise hide them behind its overflow button (1024 px in German).
    void fitToolBar();
    /// A menu of @p actions, a separator for each null.
    QMenu *addMenu(const QList<QAction *> &actions);
    void createMenus();
    void createWidgets();
    void connectActions();
    void connectControllers();
    void retranslate();
    void fillDashboardMenu();
    bool databasesShown() const;
    /// The title, the banner and the source line, and which actions apply.
    void updateDashboardState();
    void updateStatus();
    void showAbout();
    void showShortcuts();

    WindowSettings *m_settings;
    Notifier *m_notifier;
    TimeRangeBar *m_rangeBar;
    VariableBar *m_variableBar;
    QToolBar *m_variableToolBar;
    SourcesController *m_sources;
    DashboardController *m_dashboards;
    SnapshotController *m_snapshots;
    ExportController *m_exports;
    DiagnosisController *m_diagnosis;
    GrafanaImportController *m_grafana;
    WindowActions m_actions;
    WelcomeController *m_welcome;
    QTabWidget *m_areas;
    DashboardPage *m_dashboardPage;
    DatabasesView *m_databases;
    AlertsView *m_alertsView;
    AlertsController *m_alerts;
    QToolBar *m_toolBar;
    QWidget *m_rangeHolder;
    ComparePicker *m_comparePicker;
    QMenu *m_fileMenu;
    QMenu *m_dashboardMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_themeMenu;
    QMenu *m_settingsMenu;
    QMenu *m_diagnoseMenu;
    QMenu *m_helpMenu;
    QLabel *m_sourceLabel;
    QLabel *m_statusLabel;
};

} // namespace lotse
