#pragma once

#include "core/timerange.h"
#include "dashboard/dashboardview.h"
#include "sources/sourceinfo.h"

#include "dashboard/dashboard.h"
#include "variables/variablevalues.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace lotse {

class DashboardSession;
class ComparePicker;
class Notifier;
class Snapshot;
class SourceRegistry;
class SourcesController;
class TimeRangeBar;
class VariableBar;
class VariablesController;

/// The dashboard the window shows: opens one (or a snapshot's) as a session
/// that records what it reads, follows the time-range bar (ranges, zoom,
/// refresh interval, pause) and says how the last refresh went.
class DashboardController final : public QObject
{
    Q_OBJECT

public:
    /// Reads @p sources; @p window parents dialogs and is what `--screenshot`
    /// pictures; the dashboard's variables are picked in @p variableBar, shown
    /// in @p variableHolder while there are any.
    DashboardController(SourcesController *sources, TimeRangeBar *rangeBar, VariableBar *variableBar,
                        QWidget *variableHolder, Notifier *notifier, QWidget *window);

    DashboardSession *session() const;
    DashboardView *view() const;
    /// What the session reads through, recording every answer for a snapshot.
    SourceRegistry *recorded() const;
    /// The snapshot shown, while one is.
    const Snapshot *snapshot() const { return m_snapshot.get(); }
    /// The sources with their servers' versions: the live ones, or the snapshot's.
    QList<SourceInfo> sourceVersions() const;

    /// The toolbar's compare choice: it sets the session's period and shows it.
    void setComparePicker(ComparePicker *picker);

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
    /// The pickers of the dashboard's variables.
    VariablesController *variables() const { return m_pickers; }
    bool isReadingVariables() const;
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
    /// Opens @p idOrFile, with @p end as a fixed range of its span up to then.
    bool openUntil(const QString &idOrFile, const std::optional<QDateTime> &end);
    /// Binds @p dashboard with @p chosen and shows it, after reading the
    /// values of variables that have none; @p name is for messages.
    bool bindAndShow(Dashboard dashboard, const VariableValues &chosen, const QString &name);
    /// Binds @p dashboard with @p values and shows it, or says why it cannot.
    bool showBound(Dashboard dashboard, const VariableValues &values, const QString &name);
    void onVariablesResolved(const VariableValues &values);
    void onVariablesChosen(const VariableValues &values);
    /// Reads the options of the shown dashboard's variables, for the pickers.
    void readVariables();
    void showDashboard(Dashboard dashboard);
    /// Shows @p session, which reads through @p recorded (RecordingSources).
    void showSession(DashboardSession *session, SourceRegistry *recorded);
    /// Tells the session the panels of sections folded from the start are not shown.
    void hideFoldedSections();
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
    QPointer<ComparePicker> m_comparePicker;
    Notifier *m_notifier;
    VariableValues m_variables;
    VariablesController *m_pickers;
    /// A dashboard waiting for the values of its variables, and its name.
    std::optional<Dashboard> m_waiting;
    QString m_waitingName;
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
