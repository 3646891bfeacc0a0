#include "dashboard/dashboardsession.h"

#include "core/decimator.h"
#include "dashboard/compareperiod.h"
#include "core/localization.h"
#include "dashboard/measurereader.h"
#include "dashboard/reduce.h"
#include "sources/rangesource.h"
#include "sources/sourceregistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

namespace {

QList<ChartLine> linesFrom(std::shared_ptr<QueryResult> result, const QString &legend, const TimeWindow &window,
                           int width, qint64 shift)
{
    QList<ChartLine> lines;
    lines.reserve(qsizetype(result->series.size()));
    for (Series &series : result->series) {
        ChartLine line;
        line.name = LegendTemplate::render(legend, series.labels);
        line.shift = shift;
        ComparePeriod::restamp(series, shift);
        line.shown = Decimator::decimate(series, window.from, window.to, width);
        line.fetched = std::make_shared<const Series>(std::move(series));
        lines.append(std::move(line));
    }
    return lines;
}

} // namespace

DashboardSession::DashboardSession(Dashboard dashboard, SourceRegistry *sources, QObject *parent)
    : QObject(parent)
    , m_dashboard(std::move(dashboard))
    , m_sources(sources)
    , m_kpis(new KpiModel(m_dashboard.kpis, this))
    , m_range(m_dashboard.range)
    , m_refreshSeconds(m_dashboard.refreshSeconds)
{
    m_charts.resize(m_dashboard.charts.size());
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardSession::refresh);
    m_staleTimer.setInterval(1000);
    connect(&m_staleTimer, &QTimer::timeout, this, &DashboardSession::updateStaleness);
}

void DashboardSession::setTimeRange(const TimeRange &range)
{
    if (m_range == range)
        return;
    m_range = range;
    Q_EMIT timeRangeChanged();
    refresh();
}

void DashboardSession::setRefreshInterval(qint64 seconds)
{
    if (m_refreshSeconds == seconds)
        return;
    m_refreshSeconds = seconds;
    Q_EMIT refreshIntervalChanged();
    m_refreshTimer.stop();
    if (!isBusy())
        scheduleNext();
    updateStaleness();
}

void DashboardSession::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged();
    if (paused)
        m_refreshTimer.stop();
    else if (!isBusy())
        refresh();
}

void DashboardSession::pinTime(const QDateTime &at)
{
    m_pinned = at;
}

QDateTime DashboardSession::now() const
{
    return m_pinned.isValid() ? m_pinned : QDateTime::currentDateTimeUtc();
}

TimeWindow DashboardSession::currentWindow() const
{
    return m_range.resolve(now());
}

void DashboardSession::setComparePeriod(qint64 seconds)
{
    if (m_compare == seconds)
        return;
    m_compare = seconds;
    Q_EMIT comparePeriodChanged();
    refresh();
}

qint64 DashboardSession::comparePeriod(int index) const
{
    if (m_compare)
        return *m_compare;
    return m_dashboard.charts.at(index).compareSeconds.value_or(m_dashboard.compareSeconds);
}

void DashboardSession::setChartWidth(int index, int pixels)
{
    ChartState &chart = m_charts[index];
    pixels = std::max(16, pixels);
    if (chart.width == pixels)
        return;
    chart.width = pixels;
    // Re-thin what is already there; the next refresh fetches at the new step.
    for (ChartLine &line : chart.data.lines)
        line.shown = Decimator::decimate(*line.fetched, chart.data.window.from, chart.data.window.to, pixels);
    if (!chart.data.lines.isEmpty())
        Q_EMIT chartChanged(index);
}

void DashboardSession::refresh()
{
    start(true);
}

void DashboardSession::refreshKpis()
{
    start(false);
}

void DashboardSession::start(bool withCharts)
{
    // Newer requests win: answers of an older generation are dropped.
    ++m_generation;
    m_pending = 0;
    m_refreshTimer.stop();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QueryReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }

    // Cards show the value at the end of what the charts show: now for a live
    // range, the range's end for a fixed one (an incident under review).
    const TimeWindow window = m_range.resolve(now());
    const QDateTime at = m_range.isRelative() ? now() : m_range.to();
    Q_EMIT refreshStarted();
    for (int row = 0; row < m_kpis->rowCount(); ++row)
        requestKpi(row, at, withCharts ? window : TimeWindow{});
    if (withCharts) {
        for (int index = 0; index < m_charts.size(); ++index)
            requestChart(index, window);
    }
    if (m_pending == 0) {
        Q_EMIT refreshFinished();
        scheduleNext();
    }
    if (!m_staleTimer.isActive())
        m_staleTimer.start();
}

QueryReply *DashboardSession::track(QueryReply *reply)
{
    ++m_pending;
    m_inFlight.append(reply);
    return reply;
}

void DashboardSession::settle()
{
    if (m_pending > 0 && --m_pending == 0) {
        m_inFlight.clear();
        Q_EMIT refreshFinished();
        scheduleNext();
    }
}

void DashboardSession::scheduleNext()
{
    if (m_refreshSeconds > 0 && !m_paused && m_range.isRelative() && !m_pinned.isValid())
        m_refreshTimer.start(int(m_refreshSeconds * 1000));
}

void DashboardSession::requestKpi(int row, const QDateTime &at, const TimeWindow &window)
{
    const KpiSpec &spec = m_kpis->spec(row);
    Source *source = m_sources->find(spec.source);
    if (!source) {
        m_kpis->setFailure(row, Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec.source)});
        return;
    }
    const quint64 generation = m_generation;
    ++m_pending;
    MeasureReader::read(
        *source, spec, at, this,
        [this, row, generation, at](MeasureReading reading) {
            if (generation != m_generation)
                return;
            if (reading.state == State::NotApplicable)
                m_kpis->setNotApplicable(row, reading.reason, reading.warnings, at);
            else if (reading.error && std::isnan(reading.value))
                m_kpis->setFailure(row, *reading.error);
            else
                m_kpis->setReading(row, reading.value, reading.warnings, at);
            settle();
        },
        [this](QueryReply *reply) { m_inFlight.append(reply); });

    RangeSource *ranged = source->ranges();
    if (window.length() <= 0 || m_sparklineWidth <= 0 || !ranged)
        return;
    const double step = TimeRange::stepFor(window, m_sparklineWidth);
    track(ranged->range(spec.query, window, step))
        ->onFinished(this, [this, row, generation, window](QueryReply::Result line) {
            if (generation != m_generation)
                return;
            Series sparkline;
            if (line && !line->series.empty())
                sparkline = Decimator::decimate(line->series.front(), window.from, window.to, m_sparklineWidth);
            m_kpis->setSparkline(row, std::move(sparkline));
            settle();
        });
}

void DashboardSession::requestChart(int index, const TimeWindow &window)
{
    ChartState &chart = m_charts[index];
    const ChartSpec &spec = m_dashboard.charts.at(index);
    // With a compare period every query is read twice: parts past the queries are the earlier ones.
    const qint64 period = comparePeriod(index);
    const qsizetype parts = spec.queries.size() * (period > 0 ? 2 : 1);
    chart.parts = QList<QList<ChartLine>>(parts);
    chart.partErrors = QList<std::optional<Error>>(parts);
    chart.partWarnings.clear();
    chart.partsPending = int(parts);
    chart.data.loading = true;
    chart.data.window = window;
    Q_EMIT chartChanged(index);
    Source *source = m_sources->find(spec.source);
    RangeSource *ranged = source ? source->ranges() : nullptr;
    if (!ranged) {
        chart.partErrors.fill(source ? RangeSource::unsupported(*source)
                                     : Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec.source)});
        chart.partsPending = 1;
        partAnswered(index);
        return;
    }
    const double step = TimeRange::stepFor(window, chart.width);
    const quint64 generation = m_generation;
    for (int part = 0; part < parts; ++part) {
        const ChartQuery &query = spec.queries.at(part % spec.queries.size());
        const qint64 shift = part < spec.queries.size() ? 0 : period;
        const TimeWindow read = ComparePeriod::shifted(window, shift);
        track(ranged->range(query.query, read, step))->onFinished(this, [=, this](QueryReply::Result answer) {
            if (generation != m_generation)
                return;
            if (!answer) {
                m_charts[index].partErrors[part] = answer.error();
                partAnswered(index);
                settle();
                return;
            }
            m_charts[index].partWarnings.append(answer->warnings);
            // Thinning thousands of points per series is done off the GUI thread;
            // the columns travel there by pointer, never copied on this one.
            auto result = std::make_shared<QueryResult>(std::move(*answer));
            QtConcurrent::run(linesFrom, std::move(result), query.legend.text(Localization::current()), window,
                              m_charts[index].width, shift)
                .then(this, [this, index, part, generation](QFuture<QList<ChartLine>> lines) {
                    if (generation != m_generation)
                        return;
                    // Taken, not copied: a list still shared with the future would
                    // be copied element by element when the chart takes it over.
                    m_charts[index].parts[part] = lines.takeResult();
                    partAnswered(index);
                    settle();
                });
        });
    }
}

void DashboardSession::partAnswered(int index)
{
    ChartState &chart = m_charts[index];
    if (--chart.partsPending > 0)
        return;
    // All queries have answered: hand the lines over whole, by move, so the
    // chart redraws once and nothing is copied.
    QList<ChartLine> lines;
    chart.data.error.reset();
    for (int part = 0; part < chart.parts.size(); ++part) {
        lines.append(std::move(chart.parts[part]));
        if (!chart.data.error && chart.partErrors.at(part))
            chart.data.error = chart.partErrors.at(part);
    }
    chart.parts.clear();
    ComparePeriod::link(lines);
    // A source that is down keeps the last lines it gave, dated; a partial answer is shown as it is.
    const bool failedWhole = chart.data.error && lines.isEmpty();
    if (failedWhole && !chart.data.lines.isEmpty() && chart.lastRead.isValid()) {
        chart.data.keptFrom = chart.lastRead;
    } else {
        chart.data.lines = std::move(lines);
        chart.data.keptFrom = {};
        if (!failedWhole)
            chart.lastRead = QDateTime::currentDateTime();
    }
    chart.data.warnings = chart.partWarnings;
    chart.data.loading = false;
    Q_EMIT chartChanged(index);
}

void DashboardSession::updateStaleness()
{
    const bool live = m_refreshSeconds > 0 && !m_paused && m_range.isRelative() && !m_pinned.isValid();
    const QDateTime current = now();
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        const QDateTime readAt = m_kpis->value(row).readAt;
        m_kpis->setStale(row, live && readAt.isValid() && readAt.secsTo(current) > 2 * m_refreshSeconds);
    }
}

} // namespace lotse
