#include "charts/timeserieschart.h"

#include "axes/timeaxis.h"
#include "charts/chartcursor.h"
#include "charts/chartlegend.h"
#include "charts/legendtable.h"
#include "charts/plotlayer.h"
#include "axes/valueaxis.h"
#include "style/statepalette.h"
#include "common/timetext.h"
#include "common/paletteicon.h"

#include <QAction>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// Line colours for the series. Green, amber and red are left out on purpose:
/// they mean states, and a line must not look like a threshold.
const QList<QColor> &lineColors()
{
    static const QList<QColor> colors{
        QColor(0x1f, 0x77, 0xb4), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xa2, 0xb8), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x4e, 0x5d, 0x94), QColor(0x7f, 0x7f, 0x7f), QColor(0x00, 0x6d, 0x77),
    };
    return colors;
}

/// From this many lines on, the legend is a table: a hundred entries would bury the plot.
constexpr int kLegendTableFrom = 9;
/// The legend table's height in rows, its header included.
constexpr int kLegendTableRows = 6;

/// Replaces @p axis' labels with @p ticks over [@p start, @p end]. A category
/// axis takes each label once; neither axis class writes one twice anyway.
/// Axes the same as before are left alone: Qt Charts lays an axis out anew
/// for every label changed, and the axes are set again whenever the lines are.
template<typename Ticks, typename Position>
void setCategories(QCategoryAxis *axis, double start, double end, const Ticks &ticks, Position at)
{
    QList<std::pair<QString, double>> categories;
    for (const auto &tick : ticks) {
        if (std::none_of(categories.cbegin(), categories.cend(),
                         [&tick](const auto &category) { return category.first == tick.label; }))
            categories.append({tick.label, at(tick)});
    }
    const QStringList labels = axis->categoriesLabels();
    const bool same = axis->min() == start && axis->max() == end && axis->startValue() == start
        && labels.size() == categories.size()
        && std::equal(categories.cbegin(), categories.cend(), labels.cbegin(), [axis](const auto &category, const QString &label) {
               return category.first == label && axis->endValue(label) == category.second;
           });
    if (same)
        return;
    for (const QString &label : labels)
        axis->remove(label);
    axis->setStartValue(start);
    for (const auto &[label, value] : categories)
        axis->append(label, value);
    axis->setRange(start, end);
}

/// More lines than this are drawn 1 px wide, as Grafana draws them: they would
/// cover each other at 2 px, and a line wider than a pixel is stroked into an
/// outline and filled, several times the cost (most of an idle dashboard's
/// painting, bench_dashboard).
constexpr qsizetype kThinLinesAbove = 4;

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_chart(chart())
    , m_xAxis(new QCategoryAxis)
    , m_yAxis(new QCategoryAxis)
    , m_warningLine(new QLineSeries)
    , m_criticalLine(new QLineSeries)
    , m_overlay(new QLabel(viewport()))
    , m_busy(new QLabel(viewport()))
    , m_notice(new QToolButton(viewport()))
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, viewport()))
    , m_resetZoom(new QAction(this))
    , m_legend(new ChartLegend(m_chart, this))
    , m_cursor(new ChartCursor(this))
    , m_table(new LegendTable(this))
    , m_plot(new PlotLayer(m_chart))
{
    // No antialiasing for the scene: its grid and threshold lines are level
    // or upright and land on whole pixels, and antialiased they were an idle
    // dashboard's most costly item. The lines themselves are painted by the
    // PlotLayer, antialiased.
    setRenderHint(QPainter::Antialiasing, false);
    // Partial updates leave old axis labels behind when no series covers the
    // plot; a chart is small enough to repaint whole.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setContextMenuPolicy(Qt::DefaultContextMenu);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_chart->setDropShadowEnabled(false);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QCategoryAxis *axis : {m_xAxis, m_yAxis})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QLineSeries *threshold : {m_warningLine, m_criticalLine}) {
        m_chart->addSeries(threshold);
        threshold->attachAxis(m_xAxis);
        threshold->attachAxis(m_yAxis);
        threshold->setVisible(false);
    }

    for (QLabel *label : {m_overlay, m_busy}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->hide();
    }
    m_busy->setWordWrap(false);
    m_overlay->setTextFormat(Qt::RichText);
    m_notice->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    m_notice->setAutoRaise(true);
    m_notice->setFocusPolicy(Qt::NoFocus);
    m_notice->hide();
    m_rubberBand->hide();
    m_table->hide();
    connect(m_table, &LegendTable::lineClicked, this, &TimeSeriesChart::toggleFromTable);

    m_resetZoom->setIcon(PaletteIcon::named(QStringLiteral("zoom-reset")));
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QAction::triggered, this, &TimeSeriesChart::zoomResetRequested);

    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(400);
    connect(&m_loadingDelay, &QTimer::timeout, this, &TimeSeriesChart::updateOverlay);
    connect(m_chart, &QChart::plotAreaChanged, this, &TimeSeriesChart::onPlotAreaChanged);
    connect(m_plot, &PlotLayer::rendered, this, [this] {
        if (isPlotCurrent())
            Q_EMIT plotRendered();
    });

    applyLook();
    retranslate();
    updateXAxis();
    updateYAxis();
    updateOverlay();
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString TimeSeriesChart::title() const
{
    return m_chart->title();
}

void TimeSeriesChart::setUnit(Unit unit)
{
    m_unit = unit;
    m_cursor->setUnit(unit);
    updateYAxis();
}

void TimeSeriesChart::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    updateThresholdLines();
    updateYAxis();
}

void TimeSeriesChart::setData(const ChartData &data)
{
    m_data = data;
    m_window = data.window;
    m_error = data.error;
    m_warnings = data.warnings;
    const bool thin = data.lines.size() > kThinLinesAbove;
    QList<int> bases;
    for (const ChartLine &line : data.lines)
        bases.append(line.shift == 0 ? -1 : line.base >= 0 ? line.base : -2);
    const bool restyle = data.keptFrom.isValid() != m_keptFrom.isValid() || thin != m_thinLines || bases != m_bases;
    m_bases = std::move(bases);
    m_keptFrom = data.keptFrom;
    m_thinLines = thin;
    m_loaded = m_loaded || !data.loading;
    m_loading = data.loading;
    if (!m_loading)
        m_loadingDelay.stop();

    syncLineCount(data.lines.size());
    if (restyle) {
        for (int i = 0; i < m_lines.size(); ++i)
            styleLine(i);
    }
    m_extent = {};
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        // The series only name the legend's entries: the lines are painted by the PlotLayer.
        m_lines.at(i)->setName(data.lines.at(i).name);
        widenExtent(data.lines.at(i).shown);
    }
    m_legend->sync(m_lines);
    updateLegendTable(data);
    updateXAxis();
    updateYAxis();
    updateThresholdLines();
    updateOverlay();
    m_cursor->setData(data);
    syncPlot(true);
}

void TimeSeriesChart::setTimeCursor(TimeCursor *cursor)
{
    m_cursor->setTimeCursor(cursor);
}

void TimeSeriesChart::updateLegendTable(const ChartData &data)
{
    const bool table = m_lines.size() >= kLegendTableFrom;
    m_chart->legend()->setVisible(!table);
    if (table)
        m_table->setLines(data, m_lines, m_unit);
    if (table == m_table->isHidden()) {
        m_table->setVisible(table);
        placeLegendTable();
    }
}

void TimeSeriesChart::placeLegendTable()
{
    const int height = !m_table->isHidden() ? m_table->verticalHeader()->defaultSectionSize() * kLegendTableRows : 0;
    // The plot ends above the table: the chart's bottom margin is the table's room.
    QMargins margins = m_chart->margins();
    margins.setBottom(2 + height);
    m_chart->setMargins(margins);
    if (height > 0) {
        const int side = fontMetrics().averageCharWidth();
        m_table->setGeometry(side, this->height() - height - 2, width() - 2 * side, height);
    }
}

void TimeSeriesChart::toggleFromTable(int line, bool isolate)
{
    if (line < 0 || line >= m_lines.size())
        return;
    m_legend->toggle(m_lines.at(line), isolate);
    m_table->syncHidden(m_lines);
    m_cursor->place();
}

void TimeSeriesChart::widenExtent(const Series &shown)
{
    for (const double value : shown.values) {
        if (!std::isfinite(value))
            continue;
        m_extent.low = m_extent.any ? std::min(m_extent.low, value) : value;
        m_extent.high = m_extent.any ? std::max(m_extent.high, value) : value;
        m_extent.any = true;
    }
}

qsizetype TimeSeriesChart::plottedPoints(int line) const
{
    if (line < 0 || line >= m_data.lines.size())
        return 0;
    const std::vector<double> &values = m_data.lines.at(line).shown.values;
    return std::count_if(values.cbegin(), values.cend(), [](double value) { return std::isfinite(value); });
}

bool TimeSeriesChart::isPlotCurrent() const
{
    return !m_renderQueued && m_plot->isCurrent();
}

bool TimeSeriesChart::placePlot()
{
    const QRectF area = m_chart->plotArea();
    m_plot->setArea(area);
    const qreal ratio = devicePixelRatioF();
    const PlotFrame frame{{m_xAxis->min() / 1000.0, m_xAxis->max() / 1000.0},
                          m_yAxis->min(),
                          m_yAxis->max(),
                          (area.size() * ratio).toSize(),
                          ratio};
    const bool moved = !(frame == m_plot->frame());
    m_plot->setFrame(frame);
    return moved;
}

void TimeSeriesChart::syncPlot(bool linesChanged)
{
    if (placePlot() || linesChanged) {
        if (std::exchange(m_renderQueued, true))
            return;
        // Once a turn of the event loop: a refresh moves the axes and the lines together.
        QMetaObject::invokeMethod(this, &TimeSeriesChart::renderLines, Qt::QueuedConnection);
    }
}

void TimeSeriesChart::renderLines()
{
    // New data may have moved the plot area (a legend table came, the value
    // labels widened), and the value axis' ticks follow the plot's height:
    // settle both now, or the lines would be painted twice.
    m_chart->layout()->activate();
    updateYAxis();
    m_renderQueued = false;
    placePlot();
    QList<std::optional<QPen>> pens;
    pens.reserve(m_lines.size());
    for (const QLineSeries *line : std::as_const(m_lines))
        pens.append(line->isVisible() ? std::optional(line->pen()) : std::nullopt);
    m_plot->render(m_data, pens);
}

void TimeSeriesChart::setWindow(const TimeWindow &window)
{
    m_window = window;
    updateXAxis();
    updateThresholdLines();
    syncPlot(false);
}

void TimeSeriesChart::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_loadingDelay.start();
    else
        m_loadingDelay.stop();
    updateOverlay();
}

void TimeSeriesChart::setZoomed(bool zoomed)
{
    m_zoomed = zoomed;
    m_resetZoom->setEnabled(zoomed);
}

QString TimeSeriesChart::overlayText() const
{
    return m_overlayKind == Overlay::None ? QString() : m_overlayLines.join(QLatin1Char('\n'));
}

QSize TimeSeriesChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 70, metrics.lineSpacing() * 19};
}

QSize TimeSeriesChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 36, metrics.lineSpacing() * 14};
}

void TimeSeriesChart::syncLineCount(qsizetype count)
{
    while (m_lines.size() > count) {
        QLineSeries *line = m_lines.takeLast();
        m_chart->removeSeries(line);
        delete line;
    }
    while (m_lines.size() < count) {
        m_lines.append(createLine());
        styleLine(int(m_lines.size()) - 1);
    }
    hideThresholdMarkers();
}

void TimeSeriesChart::hideThresholdMarkers()
{
    // The legend makes markers anew when series or the theme change; threshold
    // lines explain themselves by colour and stay out of it.
    for (QLineSeries *threshold : {m_warningLine, m_criticalLine}) {
        for (QLegendMarker *marker : m_chart->legend()->markers(threshold))
            marker->setVisible(false);
    }
}

QLineSeries *TimeSeriesChart::createLine()
{
    auto *line = new QLineSeries;
    m_chart->addSeries(line);
    // A legend click hides or shows a series: the lines are painted again without or with it.
    connect(line, &QAbstractSeries::visibleChanged, this, [this] { syncPlot(true); });
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    return line;
}

void TimeSeriesChart::styleLine(int index)
{
    // A compare line takes the colour of the line it is compared with, dashed.
    const int base = m_bases.value(index, -1);
    const QColor color = lineColors().at((base >= 0 ? base : index) % lineColors().size());
    // Lines kept from the last read are dimmed: they are history, not the
    // present. Many lines are drawn 1 px wide (kThinLinesAbove); a few keep
    // their 2 px, with square caps and bevel joins, cheaper than round ones.
    QPen pen(m_keptFrom.isValid() ? StatePalette::dimmed(color, palette()) : color, m_thinLines ? 1 : 2);
    if (base != -1)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::SquareCap);
    pen.setJoinStyle(Qt::BevelJoin);
    if (pen == m_lines.at(index)->pen())
        return;
    m_lines.at(index)->setPen(pen);
    syncPlot(true);
}

void TimeSeriesChart::styleThresholdLine(QLineSeries *line, const QColor &color)
{
    QPen pen(color, 1.5, Qt::DashLine);
    line->setPen(pen);
}

void TimeSeriesChart::updateXAxis()
{
    TimeWindow window = m_window;
    if (window.length() <= 0) {
        window.to = double(QDateTime::currentSecsSinceEpoch());
        window.from = window.to - 3600;
    }
    const QFontMetrics metrics(m_xAxis->labelsFont());
    const int plot = std::max(1, int(m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width()));
    const int labelWidth = metrics.horizontalAdvance(TimeAxis::widestLabel(window));
    const int ticks = std::clamp(plot / std::max(1, labelWidth * 2), 2, 12);
    const TimeAxis axis(window, ticks);
    setCategories(m_xAxis, window.from * 1000, window.to * 1000, axis.ticks(),
                  [](const TimeAxis::Tick &tick) { return tick.seconds * 1000; });
}

std::pair<double, double> TimeSeriesChart::valueRange(double step) const
{
    double low = m_extent.low;
    double high = m_extent.high;
    // A threshold near the values is drawn, so the reader sees the distance to
    // it; one far above would squash the lines against the floor.
    for (const std::optional<double> &band : {m_thresholds.warning, m_thresholds.critical}) {
        if (band && *band >= std::min(0.0, low) && *band <= std::max(high * 2, high + step)) {
            low = std::min(low, *band);
            high = std::max(high, *band);
        }
    }
    // Most metrics are sizes or rates: anchored at zero, heights compare honestly.
    if (low >= 0)
        low = 0;
    return {low, high};
}

void TimeSeriesChart::updateYAxis()
{
    const auto value = [](const ValueAxis::Tick &tick) {
        return tick.value;
    };
    if (!m_extent.any) {
        setCategories(m_yAxis, 0, 1, QList<ValueAxis::Tick>{}, value);
        return;
    }
    const int lineHeight = QFontMetrics(m_yAxis->labelsFont()).lineSpacing();
    const double plotHeight = m_chart->plotArea().height() > 0 ? m_chart->plotArea().height() : height() * 0.6;
    const int ticks = std::clamp(int(plotHeight / (lineHeight * 2.6)), 2, 8);
    auto [low, high] = valueRange(0);
    const double step = ValueAxis(low, high, ticks, m_unit).step();
    std::tie(low, high) = valueRange(step);
    const ValueAxis axis(low, high, ticks, m_unit);
    setCategories(m_yAxis, axis.low(), axis.high(), axis.ticks(), value);
}

void TimeSeriesChart::updateThresholdLines()
{
    // Without values a threshold has nothing to be compared with: it stays hidden.
    const bool shown = m_window.length() > 0 && m_extent.any;
    const auto place = [this, shown](QLineSeries *line, std::optional<double> value) {
        line->setVisible(shown && value.has_value());
        if (shown && value)
            line->replace(QList<QPointF>{{m_window.from * 1000.0, *value}, {m_window.to * 1000.0, *value}});
    };
    place(m_warningLine, m_thresholds.warning);
    place(m_criticalLine, m_thresholds.critical);
    // A series turning visible shows its legend marker again.
    hideThresholdMarkers();
}

void TimeSeriesChart::updateOverlay()
{
    const bool hasPoints = m_extent.any;
    const bool slow = m_loading && !m_loadingDelay.isActive();
    m_overlayLines.clear();
    if (m_error) {
        m_overlayKind = Overlay::Error;
        const QString headline = m_keptFrom.isValid()
            ? tr("Last read %1: this chart could not be read now").arg(TimeText::clock(m_keptFrom))
            : hasPoints ? tr("Part of this chart could not be read")
                        : tr("This chart could not be read");
        m_overlayLines = {headline, m_error->message};
    } else if (!hasPoints && (!m_loaded || m_loading)) {
        m_overlayKind = Overlay::Loading;
        m_overlayLines = {tr("Loading…")};
    } else if (!hasPoints) {
        m_overlayKind = Overlay::NoData;
        m_overlayLines = {tr("No data"), tr("The queries returned no series in this time range.")};
    } else {
        m_overlayKind = Overlay::None;
    }
    // A headline in bold over the detail, both escaped: messages come from servers.
    QString text = m_overlayLines.value(0).toHtmlEscaped();
    if (m_overlayLines.size() > 1)
        text = QStringLiteral("<b>%1</b><br>%2").arg(text, m_overlayLines.at(1).toHtmlEscaped());
    m_overlay->setText(text);
    m_overlay->setVisible(m_overlayKind != Overlay::None);
    m_busy->setVisible(slow && hasPoints);
    m_notice->setVisible(!m_warnings.isEmpty());
    m_notice->setToolTip(m_warnings.join(QLatin1Char('\n')));
    placeOverlay();
}

QRectF TimeSeriesChart::plotRect() const
{
    return mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
}

void TimeSeriesChart::placeOverlay()
{
    const QRect plot = plotRect().toAlignedRect();
    const QFontMetrics metrics = fontMetrics();
    const int margin = metrics.averageCharWidth() * 2;
    if (m_overlay->isVisible()) {
        // As wide as the longest line needs (bold runs wider), within the plot.
        const QFontMetrics overlayMetrics(m_overlay->font());
        int natural = 0;
        for (const QString &line : std::as_const(m_overlayLines))
            natural = std::max(natural, overlayMetrics.horizontalAdvance(line) * 11 / 10);
        natural += overlayMetrics.height() * 2;
        const int widest = std::min(plot.width() - 2 * margin, metrics.averageCharWidth() * 64);
        const int width = std::max(metrics.averageCharWidth() * 10, std::min(widest, natural));
        const int height = m_overlay->heightForWidth(width);
        const int top = m_extent.any ? plot.top() + margin / 2 : plot.center().y() - height / 2;
        m_overlay->setGeometry(plot.center().x() - width / 2, top, width, height);
        m_overlay->raise();
    }
    if (m_busy->isVisible()) {
        const QSize size = m_busy->sizeHint();
        m_busy->setGeometry(plot.right() - size.width() - margin / 2, plot.top() + margin / 4, size.width(),
                            size.height());
    }
    if (m_notice->isVisible()) {
        const QSize size = m_notice->sizeHint();
        m_notice->setGeometry(plot.left() + margin / 4, plot.top() + margin / 4, size.width(), size.height());
    }
}

void TimeSeriesChart::applyLook()
{
    const QPalette colors = palette();
    const bool dark = StatePalette::isDark(colors);
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets fonts and pens: everything below is set after it.
    m_chart->setBackgroundBrush(colors.base());
    QColor border = colors.color(QPalette::Mid);
    border.setAlphaF(0.45f);
    m_chart->setBackgroundPen(QPen(border, 1));
    m_chart->setBackgroundRoundness(fontMetrics().height() * 0.35);
    m_chart->setMargins(QMargins(4, 2, 8, 2));
    placeLegendTable();
    setBackgroundBrush(colors.window());

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.05);
    m_chart->setTitleFont(titleFont);
    m_chart->setTitleBrush(colors.text());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_chart->legend()->setFont(small);
    m_chart->legend()->setLabelColor(colors.color(QPalette::Text));
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlphaF(0.3f);
    const QColor axisText = StatePalette::dimmed(colors.color(QPalette::Text), colors).darker(dark ? 100 : 130);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis), static_cast<QAbstractAxis *>(m_yAxis)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(axisText);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setTitleVisible(false);
        axis->setTruncateLabels(false);
    }
    m_yAxis->setLineVisible(false);

    for (int i = 0; i < m_lines.size(); ++i)
        styleLine(i);
    styleThresholdLine(m_warningLine, StatePalette::warning(colors));
    styleThresholdLine(m_criticalLine, StatePalette::critical(colors));
    hideThresholdMarkers();
    m_legend->sync(m_lines);

    QFont overlayFont = font();
    overlayFont.setPointSizeF(font().pointSizeF() * 1.05);
    m_overlay->setFont(overlayFont);
    const QColor text = colors.color(QPalette::Text);
    QColor back = colors.color(QPalette::Base);
    back.setAlphaF(0.88f);
    m_overlay->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3;"
                                            " border-radius: 0.4em; padding: 0.6em; }")
                                 .arg(text.name(), back.name(QColor::HexArgb), border.name(QColor::HexArgb)));
    m_busy->setFont(small);
    m_busy->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(axisText.name()));
}

void TimeSeriesChart::retranslate()
{
    m_resetZoom->setText(tr("Reset zoom"));
    m_busy->setText(tr("Loading…"));
    setToolTip(QString());
    setStatusTip(tr("Drag across the chart to zoom into a time range"));
    updateXAxis();
    updateYAxis();
    updateOverlay();
}

void TimeSeriesChart::onPlotAreaChanged(const QRectF &area)
{
    const int pixels = qRound(area.width() * devicePixelRatioF());
    placeOverlay();
    m_cursor->place();
    syncPlot(false);
    // Lines thinned for a plot a few pixels wider or narrower look the same:
    // the value labels widening with the first data must not thin and paint
    // them all again.
    if (pixels <= 0 || (m_plotWidth > 0 && std::abs(pixels - m_plotWidth) * 50 < m_plotWidth))
        return;
    m_plotWidth = pixels;
    Q_EMIT plotWidthChanged(pixels);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLegendTable();
    updateXAxis();
    updateYAxis();
    placeOverlay();
    syncPlot(false);
}

QList<std::pair<QString, double>> TimeSeriesChart::timeLabels() const
{
    QList<std::pair<QString, double>> labels;
    for (const QString &label : m_xAxis->categoriesLabels())
        labels.append({label, m_xAxis->endValue(label) / 1000.0});
    return labels;
}

QStringList TimeSeriesChart::valueLabels() const
{
    return m_yAxis->categoriesLabels();
}

double TimeSeriesChart::secondsAt(double x) const
{
    const QRectF plot = plotRect();
    const double from = m_xAxis->min() / 1000.0;
    const double to = m_xAxis->max() / 1000.0;
    const double fraction = std::clamp((x - plot.left()) / std::max(1.0, plot.width()), 0.0, 1.0);
    return from + fraction * (to - from);
}

double TimeSeriesChart::xAt(double seconds) const
{
    const QRectF plot = plotRect();
    const double from = m_xAxis->min() / 1000.0;
    const double to = m_xAxis->max() / 1000.0;
    return plot.left() + (seconds - from) / std::max(1e-9, to - from) * plot.width();
}

double TimeSeriesChart::yAt(double value) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - (value - m_yAxis->min()) / std::max(1e-300, m_yAxis->max() - m_yAxis->min()) * plot.height();
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = plotRect();
    if (event->button() != Qt::LeftButton || !plot.contains(event->position()) || m_window.length() <= 0) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragFrom = qRound(event->position().x());
    m_rubberBand->setGeometry(QRect(*m_dragFrom, qRound(plot.top()), 0, qRound(plot.height())));
    m_rubberBand->show();
    event->accept();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragFrom) {
        m_cursor->hoverAt(event->position());
        QChartView::mouseMoveEvent(event);
        return;
    }
    const QRectF plot = plotRect();
    const int x = qRound(std::clamp(event->position().x(), plot.left(), plot.right()));
    m_rubberBand->setGeometry(
        QRect(std::min(x, *m_dragFrom), qRound(plot.top()), std::abs(x - *m_dragFrom), qRound(plot.height())));
    event->accept();
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragFrom || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QRect band = m_rubberBand->geometry();
    m_rubberBand->hide();
    m_dragFrom.reset();
    event->accept();
    // A short twitch of the mouse is a click, not a zoom: it pins the time cursor.
    if (band.width() < std::max(4, fontMetrics().averageCharWidth())) {
        m_cursor->clickAt(event->position());
        return;
    }
    const double from = secondsAt(band.left());
    const double to = secondsAt(band.right());
    if (to - from >= 1)
        Q_EMIT zoomRequested(from, to);
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_zoomed) {
        Q_EMIT zoomResetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    if (m_cursor->handleKey(event))
        event->accept();
    else
        QChartView::keyPressEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    m_cursor->leave();
    QChartView::leaveEvent(event);
}

void TimeSeriesChart::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_resetZoom);
    menu->popup(event->globalPos());
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange: retranslate(); break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        applyLook(); // repaints the lines when their pens change
        updateXAxis();
        updateYAxis();
        syncPlot(false);
        break;
    default: break;
    }
    QChartView::changeEvent(event);
}

} // namespace lotse
