#pragma once

#include "core/timerange.h"
#include "dashboard/dashboard.h"
#include "dashboard/dashboardview.h"
#include "sources/sourceinfo.h"

#include "variables/variablevalues.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace lotse {

struct Dashboard;
class DashboardSession;
class Notifier;
class Snapshot;
class SourceRegistry;
class SourcesController;
class TimeRangeBar;

/// The dashboard the window shows: opens one (or a snapshot's) as a session
/// that records what it reads, follows the time-range bar (ranges, zoom,
/// refresh interval, pause) and says how the last refresh went.
class DashboardController final : public QObject
{
    Q_OBJECT

public:
    /// Reads @p sources; @p window parents dialogs and is what `--screenshot` pictures.
    DashboardController(SourcesController *sources, TimeRangeBar *rangeBar, Notifier *notifier, QWidget *window);

    DashboardSession *session() const;
    DashboardView *view() const;
    /// What the session reads through, recording every answer for a snapshot.
    SourceRegistry *recorded() const;
    /// The snapshot shown, while one is.
    const Snapshot *snapshot() const { return m_snapshot.get(); }
    /// The sources with their servers' versions: the live ones, or the snapshot's.
    QList<SourceInfo> sourceVersions() const;

    /// Opens a built-in dashboard id or a file; tells the user when it cannot.
    bool open(const QString &idOrFile);
    /// Opens @p idOrFile; with @p at (RFC 3339 or Unix seconds), as a fixed
    /// range of the dashboard's span up to that instant.
    void openAt(const QString &idOrFile, const QString &at);
    /// Values for the variables of the dashboards opened from now on (--var);
    /// a dashboard takes those it declares.
    void setVariables(const VariableValues &values) { m_variables = values; }
    /// Asks for a dashboard file and opens it.
    void chooseFile();
    /// Opens the live dashboard again on sources just replaced; a snapshot stays.
    void reopen();
    /// Shows @p snapshot's session in place of the dashboard, with no server read.
    void showSnapshot(std::shared_ptr<Snapshot> snapshot);
    void refresh();
    /// Saves a picture of the window to @p path after the next refresh.
    void saveScreenshotTo(const QString &path);
    /// "Updated 12:00:00", "Refreshing…", …; empty while no dashboard is open.
    QString statusText() const;

Q_SIGNALS:
    /// A session is shown in @p view (a dashboard's or a snapshot's).
    void shown(lotse::DashboardView *view);
    void statusChanged();
    /// A KPI card asked to diagnose with @p runbook from @p node.
    void diagnoseRequested(const QString &runbook, const QString &node);

private:
    /// The dashboard @p idOrFile with the variables bound; the user is told what is wrong when it cannot be.
    std::optional<Dashboard> load(const QString &idOrFile);
    void showDashboard(Dashboard dashboard);
    /// Shows @p session, which reads through @p recorded (RecordingSources).
    void showSession(DashboardSession *session, SourceRegistry *recorded);
    /// Lets the snapshot go once the session reading it is gone.
    void releaseSnapshot();
    void connectRangeBar();
    void connectSession();
    /// Reads the runbooks the cards link to (off the GUI thread) for their titles.
    void nameRunbooks();
    void onRefreshFinished();
    void chooseRange(const TimeRange &range);
    void zoomTo(double fromSeconds, double toSeconds);
    void resetZoom();
    void setZoomed(bool zoomed);
    void saveScreenshot();

    SourcesController *m_sources;
    TimeRangeBar *m_rangeBar;
    Notifier *m_notifier;
    VariableValues m_variables;
    QWidget *m_window;
    QPointer<SourceRegistry> m_recorded;
    std::shared_ptr<Snapshot> m_snapshot;
    QPointer<DashboardSession> m_session;
    QPointer<DashboardView> m_view;
    QTimer m_refreshingDelay;
    std::optional<TimeRange> m_rangeBeforeZoom;
    QDateTime m_updatedAt;
    int m_unreadable = 0;
    QString m_screenshot;
};

} // namespace lotse
