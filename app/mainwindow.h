#pragma once

#include "timerange.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;

namespace lotse {

struct Dashboard;
class DashboardSession;
class DashboardView;
class Localization;
class SourceRegistry;
class TimeRangeBar;

/// The desktop application's window: menus, the time-range toolbar, the
/// dashboard in the middle and a status line. It creates the sources and the
/// session from the command line; the widgets below it only show them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localization *localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Reads `--prometheus URL`, `--dashboard ID|FILE`, `--lang de|en`,
    /// `--timeout SECONDS`, `--at T` (a fixed window ending at T) and
    /// `--screenshot FILE` (unknown options are ignored), opens the dashboard
    /// and starts refreshing it.
    void start(const QStringList &arguments);
    /// Opens a built-in dashboard id or a file; tells the user when it cannot.
    bool openDashboard(const QString &idOrFile);

    DashboardView *dashboardView() const;
    DashboardSession *session() const;
    TimeRangeBar *timeRangeBar() const { return m_rangeBar; }
    /// The text of the status line's right part ("Updated 12:00:00", …).
    QString statusText() const;

Q_SIGNALS:
    /// A KPI card asked to diagnose with @p runbook from @p node.
    void diagnoseRequested(const QString &runbook, const QString &node);

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
    void connectSession();
    void showPlaceholder();
    void updateTitle();
    void updateStatus();
    void updateSourceLabel();
    void chooseRange(const TimeRange &range);
    void zoomTo(double fromSeconds, double toSeconds);
    void resetZoom();
    void setZoomed(bool zoomed);
    void onRefreshFinished();
    void onDiagnoseRequested(const QString &runbook, const QString &node);
    void showAbout();
    void saveScreenshot();
    void showProblem(const QString &text, const QString &details);
    void restoreWindow();
    QString language() const;

    Localization *m_localization;
    SourceRegistry *m_sources;
    QPointer<DashboardSession> m_session;
    QPointer<DashboardView> m_view;
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
    QAction *m_diagnose;
    QAction *m_about;
    QActionGroup *m_languages;
    QLabel *m_sourceLabel;
    QLabel *m_statusLabel;
    QTimer m_refreshingDelay;
    std::optional<TimeRange> m_rangeBeforeZoom;
    QDateTime m_updatedAt;
    int m_unreadable = 0;
    QString m_screenshot;  ///< where to save a picture after the first refresh (--screenshot)
};

} // namespace lotse
