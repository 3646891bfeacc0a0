#include "painters/reportchartpainter.h"

#include "axes/timeaxis.h"
#include "axes/valueaxis.h"
#include "core/decimator.h"
#include "layout/wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <optional>

namespace lotse {

namespace {

/// A legend lists this many lines; more are summed up as "+N more".
constexpr int kLegendItems = 16;
/// About this many labels on the value axis.
constexpr int kValueTicks = 4;
/// Time labels keep this many label widths apart.
constexpr qreal kTimeLabelSpacing = 2.2;

struct Extent
{
    double low = 0;
    double high = 0;
    bool any = false;

    void include(double value)
    {
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
    }
};

const Series *pointsOf(const ChartLine &line)
{
    return line.fetched ? line.fetched.get() : &line.shown;
}

/// The values the lines take inside the window, and the bands near them:
/// a threshold far from every value would squash the lines flat.
Extent extentOf(const ReportChart &chart)
{
    Extent extent;
    const TimeWindow &window = chart.data.window;
    for (const ChartLine &line : chart.data.lines) {
        const Series &series = *pointsOf(line);
        for (size_t i = 0; i < series.times.size(); ++i) {
            const double value = series.values[i];
            if (std::isfinite(value) && series.times[i] >= window.from && series.times[i] <= window.to)
                extent.include(value);
        }
    }
    if (!extent.any)
        return extent;
    const double span = std::max(extent.high - extent.low, std::abs(extent.high) * 0.1);
    for (const auto band : {chart.thresholds.warning, chart.thresholds.critical}) {
        if (band && *band >= extent.low - span && *band <= extent.high + span)
            extent.include(*band);
    }
    // Most measures start at zero; a chart that does too does not exaggerate.
    if (extent.low >= 0)
        extent.low = 0;
    if (extent.high <= extent.low)
        extent.high = extent.low + std::max(std::abs(extent.low) * 0.1, 1.0);
    return extent;
}

} // namespace

struct ReportChartPainter::Legend
{
    struct Item
    {
        QString name;
        QColor color;
        QPointF at; ///< top-left, relative to the legend
    };
    QList<Item> items;
    qreal height = 0;
};

struct ReportChartPainter::Frame
{
    WrappedText title;
    WrappedText bands;
    std::optional<WrappedText> note; ///< why (part of) the chart is missing
    QRectF plot;
    double low = 0;
    double high = 1;
    QList<ValueAxis::Tick> valueTicks;
    bool any = false;
    Legend legend;
    qreal legendTop = 0;
    qreal height = 0;
};

ReportChartPainter::ReportChartPainter(const ReportStyle &style, const ReportText &text)
    : m_style(&style)
    , m_text(text)
{
}

ReportChartPainter::Legend ReportChartPainter::legend(const ReportChart &chart, qreal width) const
{
    Legend legend;
    const QFontMetricsF metrics(m_style->font(ReportStyle::Font::Small), m_style->device());
    const qreal swatch = m_style->pt(12);
    const qreal gap = m_style->pt(4);
    const qreal spacing = m_style->pt(10);
    const qreal row = metrics.lineSpacing() + m_style->pt(1.5);
    QPointF at(0, 0);
    const qsizetype count = chart.data.lines.size();
    for (qsizetype i = 0; i < count; ++i) {
        const bool summary = i == kLegendItems && count > kLegendItems + 1;
        const QString label
            = summary ? text(QT_TR_N_NOOP("+%n more"), int(count - kLegendItems)) : chart.data.lines.at(i).name;
        if (label.isEmpty())
            continue;
        const QString name = metrics.elidedText(label, Qt::ElideMiddle, width * 0.6);
        const qreal itemWidth = swatch + gap + metrics.horizontalAdvance(name);
        if (at.x() > 0 && at.x() + itemWidth > width)
            at = QPointF(0, at.y() + row);
        legend.items.append({name, summary ? QColor() : ReportStyle::lineColor(int(i)), at});
        at.rx() += itemWidth + spacing;
        if (summary)
            break;
    }
    legend.height = legend.items.isEmpty() ? 0 : at.y() + row;
    return legend;
}

ReportBlock ReportChartPainter::block(ReportChart chart, qreal width, qreal plotHeight) const
{
    const ReportStyle &style = *m_style;
    const Extent extent = extentOf(chart);
    const ReportStyle::Font titleFont = chart.compact ? ReportStyle::Font::Strong : ReportStyle::Font::Subheading;
    Frame frame{WrappedText(chart.title, style.font(titleFont), width, style.device()),
                WrappedText(m_text.thresholds(chart.thresholds, chart.unit), style.font(ReportStyle::Font::Small),
                            width, style.device()),
                std::nullopt,
                QRectF(),
                extent.low,
                extent.high,
                {},
                extent.any,
                legend(chart, width),
                0,
                0};
    if (chart.data.error)
        frame.note
            = WrappedText(chart.data.error->message, style.font(ReportStyle::Font::Small), width, style.device());
    const ValueAxis axis(frame.low, frame.high, kValueTicks, chart.unit, m_text.locale());
    frame.low = axis.low();
    frame.high = axis.high();
    frame.valueTicks = axis.ticks();

    const QFontMetricsF small(style.font(ReportStyle::Font::Small), style.device());
    qreal labelWidth = 0;
    for (const ValueAxis::Tick &tick : frame.valueTicks)
        labelWidth = std::max(labelWidth, frame.any ? small.horizontalAdvance(tick.label) : 0);
    // Room for half the top value label, which sits centred on the plot's top line.
    qreal top = frame.title.height() + (frame.bands.lineCount() > 0 ? frame.bands.height() : 0) + style.pt(7);
    if (frame.note)
        top += frame.note->height() + style.pt(2);
    const qreal left = labelWidth + style.pt(6);
    frame.plot = QRectF(left, top, width - left - style.pt(4), plotHeight);
    frame.legendTop = frame.plot.bottom() + small.lineSpacing() + style.pt(5);
    frame.height = frame.legendTop + frame.legend.height;

    ReportBlock block;
    block.height = frame.height;
    block.gapAfter = style.pt(10);
    block.paint = [this_ = *this, chart = std::move(chart),
                   frame = std::move(frame)](QPainter &painter, const QPointF &origin, qreal, qreal) {
        painter.save();
        painter.translate(origin);
        this_.paint(painter, chart, frame);
        painter.restore();
    };
    return block;
}

void ReportChartPainter::paint(QPainter &painter, const ReportChart &chart, const Frame &frame) const
{
    frame.title.draw(painter, QPointF(0, 0), ReportStyle::ink());
    qreal y = frame.title.height();
    frame.bands.draw(painter, QPointF(0, y), ReportStyle::muted());
    y += frame.bands.lineCount() > 0 ? frame.bands.height() : 0;
    if (frame.note)
        frame.note->draw(painter, QPointF(0, y + m_style->pt(2)), ReportStyle::stateText(State::Critical));
    paintAxes(painter, chart, frame);
    if (!frame.any) {
        paintEmpty(painter, chart, frame);
        return;
    }
    paintThresholds(painter, chart, frame);
    paintLines(painter, chart, frame);
    paintLegend(painter, frame.legend, QPointF(0, frame.legendTop));
}

void ReportChartPainter::paintAxes(QPainter &painter, const ReportChart &chart, const Frame &frame) const
{
    const QRectF &plot = frame.plot;
    const QFont small = m_style->font(ReportStyle::Font::Small);
    const QFontMetricsF metrics(small, m_style->device());
    painter.setFont(small);
    painter.setPen(Qt::NoPen);
    const qreal hairline = m_style->pt(0.4);
    if (frame.any) {
        for (const ValueAxis::Tick &tick : frame.valueTicks) {
            const qreal y = plot.bottom() - (tick.value - frame.low) / (frame.high - frame.low) * plot.height();
            painter.fillRect(QRectF(plot.left(), y - hairline / 2, plot.width(), hairline), ReportStyle::grid());
            const QString &label = tick.label;
            painter.setPen(ReportStyle::muted());
            painter.drawText(QPointF(plot.left() - m_style->pt(4) - metrics.horizontalAdvance(label),
                                     y + metrics.ascent() / 2 - metrics.descent() / 2),
                             label);
            painter.setPen(Qt::NoPen);
        }
    }
    const TimeWindow &window = chart.data.window;
    const double span = window.length();
    // As many labels as fit: a small chart gets fewer, so they never touch.
    const qreal widest = metrics.horizontalAdvance(TimeAxis::widestLabel(window, m_text.locale())) * kTimeLabelSpacing;
    const TimeAxis axis(window, std::max(2, int(plot.width() / widest)), m_text.locale());
    for (const TimeAxis::Tick &tick : axis.ticks()) {
        const qreal x = plot.left() + (tick.seconds - window.from) / span * plot.width();
        painter.fillRect(QRectF(x - hairline / 2, plot.top(), hairline, plot.height()), ReportStyle::grid());
        const qreal labelWidth = metrics.horizontalAdvance(tick.label);
        const qreal left = std::clamp(x - labelWidth / 2, plot.left(), plot.right() - labelWidth);
        painter.setPen(ReportStyle::muted());
        painter.drawText(QPointF(left, plot.bottom() + m_style->pt(2) + metrics.ascent()), tick.label);
        painter.setPen(Qt::NoPen);
    }
    painter.fillRect(QRectF(plot.left(), plot.bottom() - hairline, plot.width(), 2 * hairline), ReportStyle::rule());
}

void ReportChartPainter::paintThresholds(QPainter &painter, const ReportChart &chart, const Frame &frame) const
{
    const QRectF &plot = frame.plot;
    const std::pair<std::optional<double>, State> bands[]
        = {{chart.thresholds.warning, State::Warning}, {chart.thresholds.critical, State::Critical}};
    for (const auto &[value, state] : bands) {
        if (!value || *value < frame.low || *value > frame.high)
            continue;
        const qreal y = plot.bottom() - (*value - frame.low) / (frame.high - frame.low) * plot.height();
        QPen pen(ReportStyle::stateColor(state), m_style->pt(0.9), Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
}

void ReportChartPainter::paintLines(QPainter &painter, const ReportChart &chart, const Frame &frame) const
{
    const QRectF &plot = frame.plot;
    const TimeWindow &window = chart.data.window;
    // One column per point (0.35 mm) of first/min/max: finer than a printed line is wide, and
    // a page of 100 × 11,000 points still paints in well under a fifth of a second.
    const int columns = std::max(16, int(plot.width() / m_style->pt(1.0)));
    painter.save();
    painter.setClipRect(plot.adjusted(0, -m_style->pt(1), 0, m_style->pt(1)));
    for (qsizetype i = 0; i < chart.data.lines.size(); ++i) {
        const Series thinned = Decimator::decimate(*pointsOf(chart.data.lines.at(i)), window.from, window.to, columns);
        QPolygonF points;
        points.reserve(thinned.size());
        for (size_t p = 0; p < thinned.times.size(); ++p) {
            points.append({plot.left() + (thinned.times[p] - window.from) / window.length() * plot.width(),
                           plot.bottom() - (thinned.values[p] - frame.low) / (frame.high - frame.low) * plot.height()});
        }
        // A compare line (ComparePeriod) is dashed, in the colour of the line it is compared with.
        const ChartLine &line = chart.data.lines.at(i);
        QPen pen(ReportStyle::lineColor(line.base >= 0 ? line.base : int(i)), m_style->pt(1));
        if (line.shift > 0)
            pen.setStyle(Qt::DashLine);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        if (points.size() == 1)
            painter.drawPoint(points.first());
        else
            painter.drawPolyline(points);
    }
    painter.restore();
}

void ReportChartPainter::paintEmpty(QPainter &painter, const ReportChart &chart, const Frame &frame) const
{
    const QString message = chart.data.error ? text(QT_TR_NOOP("No data: the query failed (see above)."))
                                             : text(QT_TR_NOOP("No data in this window."));
    const WrappedText lines(message, m_style->font(ReportStyle::Font::Body), frame.plot.width() * 0.8,
                            m_style->device(), Qt::AlignHCenter);
    lines.draw(painter,
               QPointF(frame.plot.left() + frame.plot.width() * 0.1, frame.plot.center().y() - lines.height() / 2),
               ReportStyle::muted());
}

void ReportChartPainter::paintLegend(QPainter &painter, const Legend &legend, const QPointF &origin) const
{
    const QFont small = m_style->font(ReportStyle::Font::Small);
    const QFontMetricsF metrics(small, m_style->device());
    painter.setFont(small);
    const qreal swatch = m_style->pt(12);
    for (const Legend::Item &item : legend.items) {
        const QPointF at = origin + item.at;
        const qreal middle = at.y() + metrics.ascent() / 2 + m_style->pt(1);
        if (item.color.isValid())
            painter.fillRect(QRectF(at.x(), middle - m_style->pt(0.9), swatch, m_style->pt(1.8)), item.color);
        painter.setPen(ReportStyle::ink());
        painter.drawText(QPointF(at.x() + swatch + m_style->pt(4), at.y() + metrics.ascent()), item.name);
    }
}

} // namespace lotse
