#pragma once

#include "core/chartdata.h"
#include "dashboard/dashboard.h"
#include "dashboard/kpimodel.h"
#include "core/queryreply.h"
#include "core/timerange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace lotse {

class RangeSource;
class Source;
struct MeasureReading;
class SourceRegistry;

/// A dashboard at work: reads its KPIs and charts from the sources for the
/// chosen time range, refreshes them on a timer, and keeps the results in
/// KpiModel and ChartData for the widgets to show. Knows nothing of widgets.
class DashboardSession final : public QObject
{
    Q_OBJECT

public:
    DashboardSession(Dashboard dashboard, SourceRegistry *sources, QObject *parent = nullptr);

    const Dashboard &dashboard() const { return m_dashboard; }
    KpiModel *kpis() const { return m_kpis; }
    const ChartData &chart(int index) const { return m_charts.at(index).data; }
    int chartCount() const { return int(m_charts.size()); }

    TimeRange timeRange() const { return m_range; }
    void setTimeRange(const TimeRange &range);
    /// Seconds between refreshes; 0 turns automatic refresh off.
    qint64 refreshInterval() const { return m_refreshSeconds; }
    void setRefreshInterval(qint64 seconds);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    /// Reads everything at @p at instead of the clock (headless `--at`, tests).
    void pinTime(const QDateTime &at);
    QDateTime now() const;
    TimeWindow currentWindow() const;

    /// The compare period chosen for the whole dashboard (the toolbar's, or the
    /// YAML's `compare:`), in seconds; 0 is off.
    qint64 comparePeriod() const { return m_compare.value_or(m_dashboard.compareSeconds); }
    /// Overlays every chart with its queries @p seconds earlier (0: none), over
    /// what the YAML says per chart, and reads again.
    void setComparePeriod(qint64 seconds);
    /// The period chosen in the toolbar, if one was.
    std::optional<qint64> chosenComparePeriod() const { return m_compare; }
    /// The period chart @p index overlays: the one chosen, else the chart's own, else the dashboard's.
    qint64 comparePeriod(int index) const;

    /// Width in device pixels that chart @p index is drawn at; it decides the step.
    void setChartWidth(int index, int pixels);
    /// Charts are not read before setChartWidth() has told their width (a view
    /// being laid out): a read at a guessed width would be read again.
    void awaitChartWidths();
    /// Whether chart @p index, or the card of KPI @p row, is on screen. Panels
    /// that are not are not read; one shown again is read at once when a
    /// refresh passed it by. Every panel is shown until told otherwise.
    void setChartShown(int index, bool shown);
    void setKpiShown(int row, bool shown);
    void setSparklineWidth(int pixels) { m_sparklineWidth = pixels; }
    /// Reads now the panels this refresh passed by because they were off screen,
    /// except those in the sections @p folded (folded on screen, and reported
    /// as not read): a report prints every panel as current as the ones seen.
    /// False when there was nothing to read; otherwise refreshFinished follows.
    bool readPassedBy(const QList<int> &folded);

    /// Reads KPIs and charts now, dropping answers still pending from before.
    void refresh();
    /// Reads only the KPI values (what `lotse snapshot --json` needs).
    void refreshKpis();
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void chartChanged(int index);
    void refreshStarted();
    /// Every request of the last refresh has answered.
    void refreshFinished();
    void timeRangeChanged();
    void refreshIntervalChanged();
    void pausedChanged();
    void comparePeriodChanged();

private:
    struct ChartState
    {
        ChartData data;
        int width = 1000;
        bool widthKnown = true;
        bool widthTold = false; ///< by setChartWidth()
        bool shown = true;
        bool deferred = false;      ///< a read waits for the width
        quint64 readFor = 0;        ///< the generation last read
        QList<qsizetype> partSizes; ///< lines of each query in data.lines
        double heldStep = 0;        ///< the step of the lines held
        double pendingStep = 0;
        TimeWindow pendingWindow;
        QList<QList<ChartLine>> parts; ///< lines per query, in query order
        QList<std::optional<Error>> partErrors;
        QStringList partWarnings;
        int partsPending = 0; ///< queries of this refresh still to answer
        QDateTime lastRead;   ///< when the lines were last read whole
    };

    /// What a card holds beyond its value: the sparkline's points as read, to extend.
    struct KpiState
    {
        bool shown = true;
        quint64 readFor = 0;
        std::shared_ptr<const Series> sparkline;
        double step = 0;
        double span = 0;
    };

    void start(bool withCharts);
    /// Reads the cards and charts @p kpiWanted and @p chartWanted name by row and index.
    void requestPanels(const std::function<bool(int)> &kpiWanted, const std::function<bool(int)> &chartWanted);
    void requestKpi(int row);
    void applyReading(int row, quint64 generation, const QDateTime &at, const MeasureReading &reading);
    void requestSparkline(int row, Source &source, RangeSource &ranged, bool withValue);
    /// The first instant at or after @p notBefore on the grid of @p step that runs through @p end.
    static double gridStart(double end, double step, double notBefore);
    void keepSparkline(int row, QueryReply::Result line, const std::vector<std::shared_ptr<const Series>> &held,
                       const TimeWindow &window, double step);
    void requestChart(int index);
    void requestPart(int index, int part, RangeSource &ranged, std::vector<std::shared_ptr<const Series>> held);
    bool canExtend(const ChartState &chart, double step) const;
    QueryReply *track(QueryReply *reply);
    void settle();
    void partAnswered(int index);
    void updateStaleness();
    void scheduleNext();

    Dashboard m_dashboard;
    SourceRegistry *m_sources;
    KpiModel *m_kpis;
    QList<ChartState> m_charts;
    QList<KpiState> m_kpiStates;
    TimeWindow m_window; ///< of the current generation
    QDateTime m_at;      ///< the instant cards are read at
    bool m_withCharts = false;
    TimeRange m_range;
    qint64 m_refreshSeconds;
    bool m_paused = false;
    QDateTime m_pinned;
    std::optional<qint64> m_compare; ///< chosen in the toolbar, over the YAML
    int m_sparklineWidth = 160;
    QTimer m_refreshTimer;
    QTimer m_staleTimer;
    quint64 m_generation = 0;
    int m_pending = 0;
    QList<QPointer<QueryReply>> m_inFlight;
};

} // namespace lotse
