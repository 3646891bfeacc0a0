#include "dashboard/dashboardsession.h"

#include "core/decimator.h"
#include "dashboard/compareperiod.h"
#include "core/localization.h"
#include "dashboard/linemerger.h"
#include "dashboard/measurereader.h"
#include "dashboard/reduce.h"
#include "sources/rangesource.h"
#include "sources/sourceregistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

namespace {

/// The lines of one query's answer, thinned to @p width; with @p held (a read
/// of only what is new), the lines held extended by it. An answer read
/// @p shift seconds earlier (ComparePeriod) is moved onto the window first.
/// Points held and read: the work of merging and thinning them.
qsizetype pointsIn(const QueryResult &result, const std::vector<std::shared_ptr<const Series>> &held)
{
    qsizetype points = 0;
    for (const Series &one : result.series)
        points += one.size();
    for (const std::shared_ptr<const Series> &one : held)
        points += one ? one->size() : 0;
    return points;
}

/// Up to this many points, a chart's answer is merged and thinned on the GUI thread.
constexpr qsizetype kThinnedInPlace = 50000;

QList<ChartLine> linesFrom(std::shared_ptr<QueryResult> result, const QString &legend, const TimeWindow &window,
                           int width, const std::vector<std::shared_ptr<const Series>> &held, qint64 shift)
{
    for (Series &one : result->series)
        ComparePeriod::restamp(one, shift);
    std::vector<Series> series = held.empty() ? std::move(result->series)
                                              : LineMerger::mergedAll(held, std::move(result->series), window.from);
    QList<ChartLine> lines;
    lines.reserve(qsizetype(series.size()));
    for (Series &one : series) {
        ChartLine line;
        line.name = LegendTemplate::render(legend, one.labels);
        line.shift = shift;
        line.shown = Decimator::decimate(one, window.from, window.to, width);
        line.fetched = std::make_shared<const Series>(std::move(one));
        lines.append(std::move(line));
    }
    return lines;
}

/// Where a read of what follows @p held starts, or NaN for a read of the whole @p window.
double resumePoint(const std::vector<std::shared_ptr<const Series>> &held, const TimeWindow &window, double step)
{
    const double from = LineMerger::resumeFrom(held, step);
    return from >= window.from && from < window.to ? from : std::nan("");
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
    m_kpiStates.resize(m_kpis->rowCount());
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
    // The lines held were read for another period: the next read is whole.
    for (ChartState &chart : m_charts)
        chart.partSizes.clear();
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
    const bool release = std::exchange(chart.deferred, false);
    chart.widthKnown = true;
    chart.widthTold = true;
    if (release) {
        chart.width = pixels;
        requestChart(index);
        settle(); // the wait for the width is over
        return;
    }
    if (chart.width == pixels)
        return;
    chart.width = pixels;
    // Re-thin what is already there; the next refresh fetches at the new step.
    for (ChartLine &line : chart.data.lines)
        line.shown = Decimator::decimate(*line.fetched, chart.data.window.from, chart.data.window.to, pixels);
    if (!chart.data.lines.isEmpty())
        Q_EMIT chartChanged(index);
}

void DashboardSession::awaitChartWidths()
{
    for (ChartState &chart : m_charts)
        chart.widthKnown = chart.widthTold;
}

void DashboardSession::setChartShown(int index, bool shown)
{
    ChartState &chart = m_charts[index];
    if (chart.shown == shown)
        return;
    chart.shown = shown;
    if (shown && m_withCharts && chart.readFor != m_generation)
        requestChart(index);
}

void DashboardSession::setKpiShown(int row, bool shown)
{
    KpiState &state = m_kpiStates[row];
    if (state.shown == shown)
        return;
    state.shown = shown;
    if (shown && m_generation > 0 && state.readFor != m_generation)
        requestKpi(row);
}

bool DashboardSession::readPassedBy(const QList<int> &folded)
{
    if (m_generation == 0)
        return false;
    const int pending = m_pending;
    requestPanels(
        [this, &folded](int row) {
            return m_kpiStates.at(row).readFor != m_generation && !folded.contains(m_kpis->spec(row).section);
        },
        [this, &folded](int index) {
            return m_charts.at(index).readFor != m_generation && !folded.contains(m_dashboard.charts.at(index).section);
        });
    return m_pending > pending;
}

void DashboardSession::requestPanels(const std::function<bool(int)> &kpiWanted,
                                     const std::function<bool(int)> &chartWanted)
{
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        if (kpiWanted(row))
            requestKpi(row);
    }
    for (int index = 0; m_withCharts && index < m_charts.size(); ++index) {
        if (chartWanted(index))
            requestChart(index);
    }
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
    for (ChartState &chart : m_charts)
        chart.deferred = false; // counted in m_pending no more
    m_refreshTimer.stop();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QueryReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }

    // Cards show the value at the end of what the charts show: now for a live
    // range, the range's end for a fixed one (an incident under review).
    m_window = m_range.resolve(now());
    m_at = m_range.isRelative() ? now() : m_range.to();
    m_withCharts = withCharts;
    Q_EMIT refreshStarted();
    requestPanels([this](int row) { return m_kpiStates.at(row).shown; },
                  [this](int index) { return m_charts.at(index).shown; });
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

void DashboardSession::requestKpi(int row)
{
    const KpiSpec &spec = m_kpis->spec(row);
    m_kpiStates[row].readFor = m_generation;
    Source *source = m_sources->find(spec.source);
    if (!source) {
        m_kpis->setFailure(row, Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec.source)});
        return;
    }
    RangeSource *ranged = source->ranges();
    const bool sparkline = ranged && m_withCharts && m_window.length() > 0 && m_sparklineWidth > 0;
    // One read serves both: the value is the sparkline's last point, evaluated at the card's instant.
    const bool valueFromSparkline = sparkline && ranged->lastPointIsInstant() && spec.parameters.isEmpty()
        && MeasureReader::queryFor(spec) == spec.query;
    if (!valueFromSparkline) {
        const quint64 generation = m_generation;
        const QDateTime at = m_at;
        ++m_pending;
        MeasureReader::read(
            *source, spec, at, this,
            [this, row, generation, at](MeasureReading reading) { applyReading(row, generation, at, reading); },
            [this](QueryReply *reply) { m_inFlight.append(reply); });
    }
    if (sparkline)
        requestSparkline(row, *source, *ranged, valueFromSparkline);
}

void DashboardSession::applyReading(int row, quint64 generation, const QDateTime &at, const MeasureReading &reading)
{
    if (generation != m_generation)
        return;
    if (reading.state == State::NotApplicable)
        m_kpis->setNotApplicable(row, reading.reason, reading.warnings, at);
    else if (reading.error && std::isnan(reading.value))
        m_kpis->setFailure(row, *reading.error);
    else
        m_kpis->setReading(row, reading.value, reading.warnings, at);
    settle();
}

void DashboardSession::requestSparkline(int row, Source &source, RangeSource &ranged, bool withValue)
{
    const TimeWindow window = m_window;
    const QDateTime at = m_at;
    const double step = TimeRange::stepFor(window, m_sparklineWidth);
    const KpiState &state = m_kpiStates.at(row);
    std::vector<std::shared_ptr<const Series>> held;
    // A live range read again at the same step: only what is new is asked for.
    if (state.sparkline && state.step == step && state.span == window.length() && m_range.isRelative())
        held.push_back(state.sparkline);
    // On a grid through the card's instant, so that the read's last point is the card's value.
    const double end = double(at.toMSecsSinceEpoch()) / 1000.0;
    const double resume = LineMerger::resumeFrom(held, step);
    if (!(resume >= window.from && resume < end)) // NaN when nothing is held
        held.clear();
    const double start = gridStart(end, step, held.empty() ? window.from : resume);
    const quint64 generation = m_generation;
    QPointer<Source> from(&source);
    track(ranged.range(m_kpis->spec(row).query, TimeWindow{start, end}, step))
        ->onFinished(this, [=, this](QueryReply::Result line) {
            if (generation != m_generation)
                return;
            if (withValue && from) {
                ++m_pending;
                const QueryReply::Result values = line ? QueryReply::Result(MeasureReader::valuesAt(*line, at))
                                                       : QueryReply::Result(std::unexpected(line.error()));
                MeasureReader::conclude(
                    *from, m_kpis->spec(row), at, this, values,
                    [this, row, generation, at](MeasureReading reading) { applyReading(row, generation, at, reading); },
                    [this](QueryReply *reply) { m_inFlight.append(reply); });
            }
            keepSparkline(row, std::move(line), held, window, step);
            settle();
        });
}

double DashboardSession::gridStart(double end, double step, double notBefore)
{
    // In whole milliseconds, as the API reads times, so that the last step lands on @p end exactly.
    const qint64 endMs = std::llround(end * 1000.0);
    const qint64 stepMs = std::max<qint64>(1, std::llround(step * 1000.0));
    const qint64 steps = (endMs - qint64(std::ceil(notBefore * 1000.0))) / stepMs;
    return double(endMs - std::max<qint64>(0, steps) * stepMs) / 1000.0;
}

void DashboardSession::keepSparkline(int row, QueryReply::Result line,
                                     const std::vector<std::shared_ptr<const Series>> &held, const TimeWindow &window,
                                     double step)
{
    KpiState &kept = m_kpiStates[row];
    // A failed read keeps the last line, as the card keeps its last value: greyed, not gone.
    if (line)
        kept.sparkline.reset();
    if (line && held.empty() && !line->series.empty()) {
        kept.sparkline = std::make_shared<const Series>(std::move(line->series.front()));
    } else if (line && !held.empty()) {
        std::vector<Series> merged = LineMerger::mergedAll(held, std::move(line->series), window.from);
        if (!merged.empty())
            kept.sparkline = std::make_shared<const Series>(std::move(merged.front()));
    }
    kept.step = step;
    kept.span = window.length();
    m_kpis->setSparkline(row,
                         kept.sparkline ? Decimator::decimate(*kept.sparkline, window.from, window.to, m_sparklineWidth)
                                        : Series{});
}

bool DashboardSession::canExtend(const ChartState &chart, double step) const
{
    // Only a live range moves on by what is new; anything else is read whole.
    return m_range.isRelative() && chart.heldStep == step && chart.data.window.length() == m_window.length()
        && !chart.data.error && !chart.data.keptFrom.isValid() && !chart.data.lines.isEmpty()
        && chart.data.window.to <= m_window.to;
}

void DashboardSession::requestChart(int index)
{
    ChartState &chart = m_charts[index];
    chart.readFor = m_generation;
    if (!chart.widthKnown) {
        // Counted as under way, so the dashboard is busy until the layout tells the width.
        if (!std::exchange(chart.deferred, true))
            ++m_pending;
        return;
    }
    const ChartSpec &spec = m_dashboard.charts.at(index);
    // With a compare period every query is read twice: parts past the queries are the earlier ones.
    const qsizetype parts = spec.queries.size() * (comparePeriod(index) > 0 ? 2 : 1);
    chart.parts = QList<QList<ChartLine>>(parts);
    chart.partErrors = QList<std::optional<Error>>(parts);
    chart.partWarnings.clear();
    chart.partsPending = int(parts);
    // Nothing is shown before an answer: the lines held stay as they are.
    chart.pendingWindow = m_window;
    Source *source = m_sources->find(spec.source);
    RangeSource *ranged = source ? source->ranges() : nullptr;
    if (!ranged) {
        chart.partErrors.fill(source ? RangeSource::unsupported(*source)
                                     : Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec.source)});
        chart.partsPending = 1;
        partAnswered(index);
        return;
    }
    chart.pendingStep = TimeRange::stepFor(m_window, chart.width);
    const bool extend = canExtend(chart, chart.pendingStep) && chart.partSizes.size() == parts;
    qsizetype offset = 0;
    for (int part = 0; part < parts; ++part) {
        std::vector<std::shared_ptr<const Series>> held;
        for (qsizetype line = 0; extend && line < chart.partSizes.at(part); ++line)
            held.push_back(chart.data.lines.at(offset + line).fetched);
        offset += extend ? chart.partSizes.at(part) : 0;
        requestPart(index, part, *ranged, std::move(held));
    }
}

void DashboardSession::requestPart(int index, int part, RangeSource &ranged,
                                   std::vector<std::shared_ptr<const Series>> held)
{
    const ChartSpec &spec = m_dashboard.charts.at(index);
    const ChartQuery &query = spec.queries.at(part % spec.queries.size());
    const qint64 shift = part < spec.queries.size() ? 0 : comparePeriod(index);
    const TimeWindow window = m_window;
    const double step = m_charts.at(index).pendingStep;
    const double resume = resumePoint(held, window, step);
    if (std::isnan(resume))
        held.clear();
    const quint64 generation = m_generation;
    const TimeWindow read = ComparePeriod::shifted(held.empty() ? window : TimeWindow{resume, window.to}, shift);
    track(ranged.range(query.query, read, step))->onFinished(this, [=, this](QueryReply::Result answer) {
        if (generation != m_generation)
            return;
        if (!answer) {
            m_charts[index].partErrors[part] = answer.error();
            partAnswered(index);
            settle();
            return;
        }
        m_charts[index].partWarnings.append(answer->warnings);
        const auto take = [this, index, part, generation](QList<ChartLine> lines) {
            if (generation != m_generation)
                return;
            m_charts[index].parts[part] = std::move(lines);
            partAnswered(index);
            settle();
        };
        const QString legend = query.legend.text(Localization::current());
        const int width = m_charts[index].width;
        auto result = std::make_shared<QueryResult>(std::move(*answer));
        // A refresh that adds a few points to a few lines is thinned here, in
        // well under a millisecond: a worker's round trip cost more in thread
        // wake-ups than the work (an idle dashboard's CPU, bench_dashboard).
        if (pointsIn(*result, held) <= kThinnedInPlace) {
            take(linesFrom(std::move(result), legend, window, width, held, shift));
            return;
        }
        // Thinning thousands of points per series is done off the GUI thread;
        // the columns travel there by pointer, never copied on this one.
        QtConcurrent::run(linesFrom, std::move(result), legend, window, width, held, shift)
            .then(this, [take](QFuture<QList<ChartLine>> lines) {
                // Taken, not copied: a list still shared with the future would
                // be copied element by element when the chart takes it over.
                take(lines.takeResult());
            });
    });
}

void DashboardSession::partAnswered(int index)
{
    ChartState &chart = m_charts[index];
    if (--chart.partsPending > 0)
        return;
    // All queries have answered: hand the lines over whole, by move, so the
    // chart redraws once and nothing is copied.
    QList<ChartLine> lines;
    QList<qsizetype> sizes;
    chart.data.error.reset();
    for (int part = 0; part < chart.parts.size(); ++part) {
        sizes.append(chart.parts.at(part).size());
        lines.append(std::move(chart.parts[part]));
        if (!chart.data.error && chart.partErrors.at(part))
            chart.data.error = chart.partErrors.at(part);
    }
    chart.parts.clear();
    ComparePeriod::link(lines);
    // A source that is down keeps the last lines it gave, dated; a partial answer is shown as it is.
    const bool failedWhole = chart.data.error && lines.isEmpty();
    chart.data.window = chart.pendingWindow;
    if (failedWhole && !chart.data.lines.isEmpty() && chart.lastRead.isValid()) {
        chart.data.keptFrom = chart.lastRead;
    } else {
        chart.data.lines = std::move(lines);
        chart.partSizes = std::move(sizes);
        chart.heldStep = chart.pendingStep;
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
