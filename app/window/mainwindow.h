#pragma once

#include "connections/connection.h"
#include "diagnosis/diagnosiswizard.h"
#include "window/reportexport.h"
#include "layout/reportoptions.h"
#include "sources/sourceinfo.h"
#include "core/timerange.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace lotse {

struct Dashboard;
struct Runbook;
class DashboardSession;
class DashboardView;
class DatabasesView;
class ChoiceDialog;
class DiagnosisSession;
struct ChoiceEntry;
class ConnectionSecrets;
class ConnectionsController;
class Localization;
class Snapshot;
class Source;
class SourceRegistry;
class SourceVersions;
class TimeRangeBar;

/// The desktop application's window: menus, the time-range toolbar, two areas
/// in tabs (the dashboard, and the Databases: a tab per database source with
/// its lists and cards) and a status line. It creates the sources and the
/// session from the command line; the widgets below it only show them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localization *localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads `--prometheus URL`, `--postgres DSN`, `--redis URL`,
    /// `--clickhouse URL`, `--dashboard ID|FILE`, `--lang de|en`,
    /// `--timeout SECONDS`, `--at T` (a fixed window ending at T),
    /// `--area dashboard|databases` (the one shown first) and
    /// `--screenshot FILE` (unknown options are ignored), opens the dashboard
    /// and starts refreshing it; the database sources get the Databases area.
    void start(const QStringList &arguments);
    /// Opens a built-in dashboard id or a file; tells the user when it cannot.
    bool openDashboard(const QString &idOrFile);

    DashboardView *dashboardView() const;
    /// The live sources the window reads (a snapshot's are its own).
    SourceRegistry *sources() const { return m_sources; }
    DashboardSession *session() const;
    /// The Databases area (its placeholder when no database source is configured).
    DatabasesView *databasesView() const { return m_databases; }
    /// The tabs that switch between the dashboard and the Databases area.
    QTabWidget *areas() const { return m_areas; }
    void showDatabases();
    TimeRangeBar *timeRangeBar() const { return m_rangeBar; }
    /// The text of the status line's right part ("Updated 12:00:00", …).
    QString statusText() const;

    /// Loads runbook @p runbook (an id or a file) off the GUI thread and opens
    /// the diagnosis wizard at @p node (the runbook's start when empty) on
    /// this window's sources at diagnosisInstant(); diagnosisStarted() follows.
    void startDiagnosis(const QString &runbook, const QString &node = {});
    /// Loads the saved diagnosis @p id and opens it read-only; diagnosisStarted() follows.
    void openSavedDiagnosis(const QString &id);
    /// The instant a diagnosis reads: the end of the dashboard's range when it
    /// is fixed (an incident under review), else now.
    QDateTime diagnosisInstant() const;
    /// The diagnosis wizard opened last, while it is open.
    DiagnosisWizard *diagnosisWizard() const;
    QAction *diagnoseAction() const { return m_diagnose; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    /// Settings ▸ Connections…: the dialog is run by this controller.
    ConnectionsController *connections() const { return m_connections; }
    /// Makes @p connections the window's sources (finding their secrets
    /// first, asking when no keychain is reachable) and reopens the dashboard on them.
    void useConnections(const QList<Connection> &connections);

    /// Writes what the dashboard shows as a PDF report to @p path, a page at a
    /// time behind a progress dialog; pdfExported() or exportFailed() follows.
    void exportPdf(const QString &path, const ReportOptions &options);
    /// Writes the diagnosis of @p wizard as a PDF report, the same way.
    void exportDiagnosisReport(const DiagnosisWizard *wizard, const QString &path, const ReportOptions &options);
    /// Saves what the dashboard shows, with every answer its sources gave, as
    /// a `.lotse` snapshot (after the refresh under way, if any); snapshotSaved() follows.
    void saveSnapshot(const QString &path);
    /// Reads a snapshot off the GUI thread and shows it in place of the
    /// dashboard, with no server read; snapshotOpened() follows.
    void openSnapshot(const QString &path);
    /// The snapshot shown, while one is.
    const Snapshot *snapshot() const { return m_snapshot.get(); }
    QAction *recentDiagnosesAction() const { return m_recentDiagnoses; }

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

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void fillDashboardMenu();
    void chooseDashboardFile();
    void showDashboard(Dashboard dashboard);
    void showSnapshot(std::shared_ptr<Snapshot> snapshot);
    /// Shows @p session, which reads through @p recorded (RecordingSources), in the Dashboard tab.
    void showSession(DashboardSession *session, SourceRegistry *recorded);
    /// Lets the snapshot go once the session reading it is gone.
    void releaseSnapshot();
    void chooseExportPdf();
    void chooseSnapshotToSave();
    void chooseSnapshotToOpen();
    void chooseReportFor(DiagnosisWizard *wizard);
    void runExport(const QString &path, const ReportExport::Layout &layout);
    /// Report options as last chosen, in the window's language; for a snapshot, with its time.
    ReportOptions reportOptions() const;
    QString suggestedPath(const QString &stem, const QString &suffix) const;
    /// The sources with their servers' versions, for reports and snapshots.
    QList<SourceInfo> sourceVersions() const;
    void fail(const QString &text, const QString &details);
    void updateFileActions();
    /// What start() does once the sources are in place.
    void proceed(const QString &dashboard, const QString &area, const QString &at);
    /// Every source, each made from its connection with its secret, or the problems.
    void installSources(const QList<Source *> &sources, const QStringList &problems);
    void connectSession();
    void showPlaceholder();
    /// Puts @p content (the dashboard or the placeholder) in the Dashboard tab; the one before goes.
    void setDashboardContent(QWidget *content);
    bool databasesShown() const;
    void updateTitle();
    void updateStatus();
    void updateSourceLabel();
    void chooseRange(const TimeRange &range);
    void zoomTo(double fromSeconds, double toSeconds);
    void resetZoom();
    void setZoomed(bool zoomed);
    void onRefreshFinished();
    void onDiagnoseRequested(const QString &runbook, const QString &node);
    void chooseRunbook();
    /// The runbook the dashboard's cards link to, if any.
    QString linkedRunbook() const;
    /// A choice dialog, opened, deleted when closed.
    ChoiceDialog *openChoices(const QString &title, const QString &prompt, const QList<ChoiceEntry> &entries,
                              const QString &current = {});
    void showRecentDiagnoses();
    void openWizard(Runbook runbook, const QString &node);
    void showWizard(DiagnosisWizard *wizard);
    void saveDiagnosis(const DiagnosisSession &session);
    void showAbout();
    void saveScreenshot();
    void showProblem(const QString &text, const QString &details);
    void restoreWindow();
    QString language() const;

    Localization *m_localization;
    SourceRegistry *m_sources;
    SourceVersions *m_versions;
    ConnectionSecrets *m_secrets;
    ConnectionsController *m_connections;
    QPointer<SourceRegistry> m_recorded; ///< what the dashboard session reads through, recording it
    std::shared_ptr<Snapshot> m_snapshot;
    QPointer<DashboardSession> m_session;
    QPointer<DashboardView> m_view;
    QTabWidget *m_areas;
    QWidget *m_dashboardPage;
    QLabel *m_snapshotBanner;
    QPointer<QWidget> m_content; ///< the dashboard or the placeholder, under the banner
    QPointer<QLabel> m_placeholder;
    DatabasesView *m_databases;
    TimeRangeBar *m_rangeBar;
    QToolBar *m_toolBar;
    QMenu *m_fileMenu;
    QMenu *m_dashboardMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_diagnoseMenu;
    QMenu *m_helpMenu;
    QAction *m_openDashboard;
    QAction *m_fromFile;
    QAction *m_quit;
    QAction *m_exportPdf;
    QAction *m_saveSnapshot;
    QAction *m_openSnapshot;
    QAction *m_connectionsAction;
    QMenu *m_settingsMenu;
    QAction *m_diagnose;
    QAction *m_recentDiagnoses;
    QAction *m_about;
    QActionGroup *m_languages;
    QLabel *m_sourceLabel;
    QLabel *m_statusLabel;
    QTimer m_refreshingDelay;
    QPointer<DiagnosisWizard> m_wizard;
    std::optional<TimeRange> m_rangeBeforeZoom;
    QDateTime m_updatedAt;
    int m_unreadable = 0;
    QString m_screenshot; ///< where to save a picture after the first refresh (--screenshot)
};

} // namespace lotse
